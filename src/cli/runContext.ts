import { isValidIdentifier } from '../domain/identifiers.js';
import { DEFAULT_CREDS_DIR, DEFAULT_METADATA_HOST, type Params } from '../domain/target.js';
import { resolveTarget, type ResolvedTarget } from '../engine/resolveTarget.js';
import { findScenario } from '../emulator/scenarios/index.js';
import type { Evidence } from '../evidence/evidenceFormat.js';
import { runLocally } from '../probes/localRunner.js';
import { replayRunner } from '../probes/replayRunner.js';
import { sshRunner } from '../probes/sshRunner.js';
import type { Runner } from '../probes/runner.js';
import { t, type Language } from '../report/message.js';
import type { GlobalArgs } from './globalOptions.js';
import { createLog, type Log } from './log.js';
import { UsageError } from './usageError.js';

/** Everything a command needs to run probes: where, how, and how to tidy up. */
export interface RunContext {
  params: Params;
  runner: Runner;
  target: () => Promise<ResolvedTarget>;
  language: Language;
  log: Log;
  close: () => Promise<void>;
}

/** METADATA_TIMEOUT: the document's metadata requests answer in milliseconds on a VM. */
const METADATA_TIMEOUT_MS = 2000;

export function languageOf(args: Pick<GlobalArgs, 'lang'>, env: NodeJS.ProcessEnv): Language {
  const wanted = args.lang ?? (/^ko/i.test(env.LC_ALL || env.LC_MESSAGES || env.LANG || '') ? 'ko' : 'en');
  return wanted === 'ko' ? 'en' : wanted;
}

/** Where the VM-side output comes from instead of this machine: collected evidence (`analyze`). */
export interface RunSource {
  evidence?: Evidence;
}

export async function openRunContext(args: GlobalArgs, source: RunSource = {}): Promise<RunContext> {
  const log = createLog(args);
  if (args.lang === 'ko') log.warning(t('warning.korean-pending'));
  let env = process.env;
  let credsDir = args['creds-dir'];
  let stopEmulator = async (): Promise<void> => undefined;
  if (args.simulate) {
    const { startEmulator } = await import('../emulator/emulator.js');
    const emulator = await startEmulator(findScenario(args.simulate)!);
    env = emulator.env;
    if (credsDir === DEFAULT_CREDS_DIR) credsDir = emulator.credsDir;
    stopEmulator = emulator.stop;
    log.info(t('info.simulating', { scenario: args.simulate, host: emulator.metadataHost }));
  }
  const remote = args.ssh || source.evidence !== undefined;
  // Remote VM-side probes ask the VM's own metadata server.
  const metadataHost = args['metadata-host'] ?? (remote ? undefined : env.GCE_METADATA_HOST) ?? DEFAULT_METADATA_HOST;
  if (!isValidIdentifier('metadataHost', metadataHost)) {
    await stopEmulator();
    throw new UsageError(t('error.invalid-metadata-host-env', { value: JSON.stringify(metadataHost) }));
  }
  const timeoutMs = Math.round(args.timeout * 1000);
  const params: Params = {
    credsDir,
    metadataHost,
    timeoutMs,
    metadataTimeoutMs: Math.min(METADATA_TIMEOUT_MS, timeoutMs),
    workload: {
      workloadIdentity: args['workload-identity'],
      poolId: args['pool-id'],
      projectNumber: args['project-number'],
      namespace: args.namespace,
      managedIdentity: args['managed-identity'],
      caPool: args['ca-pool'],
      caPoolRegion: args['ca-pool-region'],
    },
  };
  const local: Runner = async (probe) => {
    log.debug(t('debug.probe-start', { id: probe.id, argv: JSON.stringify(probe.argv) }));
    const result = await runLocally(probe, env);
    log.debug(
      t('debug.probe-end', {
        id: probe.id,
        exit: String(result.exitCode),
        ms: result.ms,
        interrupted: result.interrupted ?? '-',
        stderr: result.stderr.trim().split('\n')[0] ?? '',
      }),
    );
    return result;
  };
  const via = source.evidence ? 'evidence' : args.ssh ? 'ssh' : 'local';
  const runner: Runner = source.evidence
    ? replayRunner(Promise.resolve(source.evidence), local)
    : args.ssh
      ? sshRunner({ vm: args.vm!, zone: args.zone!, ...(args.project ? { project: args.project } : {}), tunnelThroughIap: args['tunnel-through-iap'] }, 'ssh', credsDir, timeoutMs, local)
      : local;
  let target: Promise<ResolvedTarget> | undefined;
  return {
    params,
    runner,
    target: () => (target ??= resolveTarget({ vm: args.vm, zone: args.zone, project: args.project }, env, params, runner, via)),
    language: languageOf(args, process.env),
    log,
    close: stopEmulator,
  };
}
