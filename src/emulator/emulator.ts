import { access, chmod, mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { trustDomainOf } from '../domain/spiffeId.js';
import { issueCredentials, trustBundlesJson, writeCredentialsDirectory } from './credentials.js';
import { STATE_VARIABLE } from './fake/state.js';
import { startMetadataServer } from './metadataServer.js';
import { metadataTree } from './metadataTree.js';
import type { CredentialsFault, Scenario } from './scenario.js';

/** A simulated VM that the real tool runs against: the environment to run it in, and a way to stop. */
export interface Emulator {
  scenario: Scenario;
  /** PATH with the fake tools first, GCE_METADATA_HOST on the loopback server. */
  env: NodeJS.ProcessEnv;
  metadataHost: string;
  credsDir: string;
  stop: () => Promise<void>;
}

const FAKE_TOOLS = ['gcloud', 'journalctl'] as const;
const HOUR = 3600_000;
/** 24-hour leaves renew at 12 h: at 20 h one is stale, at 26 h expired. */
const CERTIFICATE_AGE_HOURS: Partial<Record<CredentialsFault, number>> = { expired: 26, stale: 20 };

async function writeShim(binDir: string, tool: string): Promise<void> {
  const script = fileURLToPath(new URL(`./fake/${tool}.js`, import.meta.url));
  await writeFile(join(binDir, tool), `#!/bin/sh\nexec "${process.execPath}" "${script}" "$@"\n`);
  await chmod(join(binDir, tool), 0o755);
}

/** A port nothing listens on: connecting is refused at once, as off Compute Engine. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/**
 * A scenario without gcloud gets a PATH of only the emulator's own directory (a real gcloud
 * elsewhere on PATH must not be found), so the programs the tool needs besides are linked in.
 */
const REAL_TOOLS = ['bash', 'sh', 'curl', 'openssl', 'timeout', 'mktemp', 'rm', 'cp', 'cat', 'ls', 'readlink', 'sed', 'grep', 'awk', 'tr', 'head', 'tail', 'sort', 'cut', 'wc', 'date', 'base64', 'printf', 'env'];

async function linkRealTools(binDir: string, path: string): Promise<void> {
  for (const tool of REAL_TOOLS) {
    for (const dir of path.split(delimiter).filter(Boolean)) {
      try {
        await access(join(dir, tool));
        await symlink(join(dir, tool), join(binDir, tool));
        break;
      } catch {
        continue;
      }
    }
  }
}

export async function startEmulator(scenario: Scenario, baseEnv: NodeJS.ProcessEnv = process.env): Promise<Emulator> {
  const root = await mkdtemp(join(tmpdir(), 'wid-check-emulator-'));
  const binDir = join(root, 'bin');
  const statePath = join(root, 'scenario.json');
  await writeFile(statePath, JSON.stringify(scenario));
  await mkdir(binDir);
  for (const tool of FAKE_TOOLS) {
    if (tool !== 'gcloud' || scenario.gcloud.installed) await writeShim(binDir, tool);
  }
  const basePath = baseEnv.PATH ?? '';
  if (!scenario.gcloud.installed) await linkRealTools(binDir, basePath);
  const fault = scenario.credentialsFault;
  const issuedAt = new Date(Date.now() - (fault ? (CERTIFICATE_AGE_HOURS[fault] ?? 1) : 1) * HOUR);
  const credentials =
    scenario.credentials === 'complete'
      ? await issueCredentials(scenario.workloadIdentity, {
          issuedAt,
          foreignKey: fault === 'key-mismatch',
          foreignAnchor: fault === 'chain-untrusted',
          ...(fault === 'spiffe-id-mismatch' ? { leafId: scenario.workloadIdentity.replace(/\/sa\/[^/]+$/, '/sa/backend') } : {}),
        })
      : undefined;
  const server = scenario.metadata ? await startMetadataServer(metadataTree(scenario, credentials)) : undefined;
  const metadataHost = server?.host ?? `127.0.0.1:${await closedPort()}`;
  const secretsDir = join(root, 'run', 'secrets');
  await mkdir(secretsDir, { recursive: true });
  const credsDir =
    scenario.credentials === 'missing'
      ? join(secretsDir, 'workload-spiffe-credentials')
      : await writeCredentialsDirectory(
          secretsDir,
          scenario.trustAnchorsFile === 'trust_bundles.json' && credentials
            ? { credentials, trustBundles: trustBundlesJson(trustDomainOf(scenario.workloadIdentity), credentials.trustAnchorsPem) }
            : { configStatus: scenario.metadata?.configStatus.body ?? '', ...(credentials ? { credentials } : {}) },
          issuedAt,
        );
  const { CLOUDSDK_CORE_PROJECT: _project, CLOUDSDK_COMPUTE_ZONE: _zone, ...env } = baseEnv;
  return {
    scenario,
    env: {
      ...env,
      PATH: scenario.gcloud.installed ? `${binDir}${delimiter}${basePath}` : binDir,
      GCE_METADATA_HOST: metadataHost,
      [STATE_VARIABLE]: statePath,
    },
    metadataHost,
    credsDir,
    stop: async () => {
      await server?.close();
      await rm(root, { recursive: true, force: true });
    },
  };
}
