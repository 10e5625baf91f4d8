import { mkdtempSync, existsSync, writeFileSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';

/** Fake curl, gcloud and journalctl that only leave a trace: no command may start on a usage error. */
function tripwire() {
  const dir = mkdtempSync(join(tmpdir(), 'wid-check-tripwire-'));
  const trace = join(dir, 'ran');
  for (const tool of ['curl', 'gcloud', 'journalctl']) {
    writeFileSync(join(dir, tool), `#!/bin/sh\necho "$0" >> "${trace}"\nexit 1\n`);
    chmodSync(join(dir, tool), 0o755);
  }
  return { env: { ...process.env, PATH: `${dir}:${process.env.PATH}` }, ran: () => existsSync(trace) };
}

describe('usage errors exit 2 with one line and a hint, and run nothing', () => {
  it.each([
    [['missing-dir', '--vm', 'Bad_Name'], /invalid --vm "Bad_Name": expected a VM name/],
    [['missing-dir', '--vm', 'vm-1; rm -rf /'], /invalid --vm/],
    [['missing-dir', '--zone', 'us-central1'], /invalid --zone/],
    [['missing-dir', '--project', '$(id)'], /invalid --project/],
    [['missing-dir', '--pool-id', 'gcp-pool'], /invalid --pool-id/],
    [['missing-dir', '--ca-pool', 'pool with spaces'], /invalid --ca-pool/],
    [['missing-dir', '--workload-identity', 'spiffe://x/ns/a/sa/b'], /invalid --workload-identity/],
    [['missing-dir', '--metadata-host', 'http://evil/'], /invalid --metadata-host/],
    [['missing-dir', '--timeout', '-1'], /invalid --timeout/],
    [['missing-dir', '--format', 'xml'], /Invalid values/],
    [['missing-dir', '--simulate', 'no-such-scenario'], /unknown scenario "no-such-scenario"/],
    [['missing-dir', '--no-such-flag'], /Unknown argument/],
    [['no-such-command'], /Unknown argument: no-such-command/],
  ])('%j', async (args, error) => {
    const wire = tripwire();
    const run = await runCli(args, wire.env);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(error);
    expect(run.stderr).toContain("Run 'wid-check --help' for usage.");
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(run.stdout).toBe('');
    expect(wire.ran()).toBe(false);
  });

  it('refuses a GCE_METADATA_HOST that is not HOST:PORT', async () => {
    const wire = tripwire();
    const run = await runCli(['missing-dir'], { ...wire.env, GCE_METADATA_HOST: 'evil host/$(id)' });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('GCE_METADATA_HOST');
    expect(wire.ran()).toBe(false);
  });
});

describe('help and version', () => {
  it('shows every global flag and examples for missing-dir', async () => {
    const run = await runCli(['missing-dir', '--help']);
    expect(run.code).toBe(0);
    for (const flag of ['--project', '--zone', '--vm', '--format', '--verbosity', '--quiet', '--timeout', '--creds-dir', '--metadata-host', '--simulate', '--lang']) {
      expect(run.stdout).toContain(flag);
    }
    expect(run.stdout).toContain('wid-check missing-dir --simulate agent-outdated');
  });

  it('prints the version', async () => {
    const run = await runCli(['--version']);
    expect(run.code).toBe(0);
    expect(run.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('lists the checks with the document\'s commands', async () => {
    const run = await runCli(['checks', '--format', 'json']);
    const checks = JSON.parse(run.stdout) as Array<{ id: string; commands: string[] }>;
    expect(checks.map((check) => check.id)).toEqual([
      'config-status',
      'guest-agent-version',
      'refresher',
      'config-status-file',
      'ca-pool-iam',
      'workload-identity',
      'trust-domain',
      'workload-endpoints',
      'leaf-identity',
      'chain-of-trust',
      'key-pair',
      'freshness',
    ]);
    expect(checks[1]!.commands).toEqual(['gcloud compute instances get-serial-port-output VM_NAME | grep "GCE Agent Started"']);
    expect(checks[4]!.commands).toEqual(['gcloud privateca pools get-iam-policy SUBORDINATE_CA_POOL_ID --location=SUBORDINATE_CA_POOL_REGION']);
  });
});

describe('--verbosity debug', () => {
  it('logs every command on stderr and keeps stdout for the report', async () => {
    const run = await runCli(['missing-dir', '--simulate', 'healthy', '--verbosity', 'debug', '--format', 'json']);
    expect(run.stderr).toMatch(/run config-status: \["curl"/);
    expect(run.stderr).toMatch(/done guest-agent|done serial-port-output: exit 0/);
    expect(JSON.parse(run.stdout).status).toBe('ok');
  });
});
