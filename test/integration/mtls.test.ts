import { mkdtempSync, rmSync } from 'node:fs';
import { createServer as createNetServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer, type Server } from 'node:tls';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCa, issueCredentials, writeCredentialsDirectory, type WorkloadCredentials } from '../../dist/emulator/credentials.js';
import { checkStatuses, findingCodes, runCli, type JsonReport } from '../support/cli.js';

const DOMAIN = 'my-pool.global.123456789012.workload.id.goog';
const FRONTEND = `spiffe://${DOMAIN}/ns/default/sa/frontend`;
const BACKEND = `spiffe://${DOMAIN}/ns/default/sa/backend`;
const STRANGER = 'spiffe://other-pool.global.999999999999.workload.id.goog/ns/default/sa/backend';

let root: string;
let credsDir: string;
const servers: Server[] = [];

/** A peer workload: a real TLS server with emulator-issued certificates. */
async function peer(credentials: WorkloadCredentials, options: { requestCert: boolean; trust?: string }): Promise<number> {
  const server = createServer({
    cert: credentials.certificatesPem,
    key: credentials.privateKeyPem,
    ca: options.trust ?? credentials.trustAnchorsPem,
    requestCert: options.requestCert,
    rejectUnauthorized: options.requestCert,
    minVersion: 'TLSv1.2',
  });
  server.on('secureConnection', (socket) => socket.end('hello\n'));
  server.on('tlsClientError', () => undefined);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  servers.push(server);
  return (server.address() as { port: number }).port;
}

let mutualPort: number;
let optionalPort: number;
let strangerPort: number;
let closedPort: number;

beforeAll(async () => {
  const ca = await createCa();
  const client = await issueCredentials(FRONTEND, { ca });
  root = mkdtempSync(join(tmpdir(), 'wid-check-mtls-'));
  credsDir = await writeCredentialsDirectory(root, { configStatus: '{}', credentials: client });
  mutualPort = await peer(await issueCredentials(BACKEND, { ca }), { requestCert: true });
  optionalPort = await peer(await issueCredentials(BACKEND, { ca }), { requestCert: false });
  strangerPort = await peer(await issueCredentials(STRANGER), { requestCert: true, trust: client.trustAnchorsPem });
  const probe = createNetServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  closedPort = (probe.address() as { port: number }).port;
  await new Promise((resolve) => probe.close(resolve));
});

afterAll(() => {
  for (const server of servers) server.close();
  rmSync(root, { recursive: true, force: true });
});

const mtls = async (port: number, extra: string[] = []) => {
  const run = await runCli(['mtls', '--peer', `127.0.0.1:${port}`, '--creds-dir', credsDir, '--format', 'json', ...extra]);
  return { ...run, report: JSON.parse(run.stdout) as JsonReport };
};

describe('wid-check mtls: a real handshake', () => {
  it('authenticates a peer of the same trust domain that requires client certificates', async () => {
    const { report, code } = await mtls(mutualPort, ['--expect-peer', BACKEND]);
    expect(checkStatuses(report)).toEqual({ 'tls-handshake': 'pass', 'peer-chain': 'pass', 'peer-identity': 'pass', 'client-auth': 'pass' });
    expect(report.checks[0]!.detail).toMatch(/^TLSv1\.3, /);
    expect(report.checks[2]!.detail).toContain(BACKEND);
    expect(code).toBe(0);
  });

  it('names the peer that answered when it is not the expected one', async () => {
    const { report, code } = await mtls(mutualPort, ['--expect-peer', FRONTEND]);
    expect(findingCodes(report)).toEqual(['spiffe-id-mismatch']);
    expect(report.findings[0]!.summary).toBe(`The peer is ${BACKEND}, not ${FRONTEND}`);
    expect(code).toBe(1);
  });

  it('does not trust a peer from another trust domain', async () => {
    const { report, code } = await mtls(strangerPort);
    expect(findingCodes(report)).toEqual(['chain-untrusted']);
    expect(report.checks.find((check) => check.id === 'peer-identity')!.detail).toContain(STRANGER);
    expect(code).toBe(1);
  });

  it('warns when the peer does not insist on a client certificate', async () => {
    const { report, code } = await mtls(optionalPort);
    expect(checkStatuses(report)['client-auth']).toBe('warn');
    expect(report.checks.find((check) => check.id === 'client-auth')!.detail).toContain('does not enforce mutual TLS');
    expect(code).toBe(0);
  });

  it('says exactly why no handshake happened', async () => {
    const { report, code } = await mtls(closedPort);
    expect(report.checks[0]!.detail).toContain('ECONNREFUSED');
    expect(code).toBe(1);
  });

  it.each([['no-port'], ['host:99999'], ['a b:1']])('refuses --peer %s', async (value) => {
    const run = await runCli(['mtls', '--peer', value]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('invalid --peer');
  });
});
