import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startEmulator, type Emulator } from '../../dist/emulator/emulator.js';
import { notFoundPage } from '../../dist/emulator/googlePages.js';
import { variant } from '../../dist/emulator/scenarios/base.js';
import { credentialsScenarios } from '../../dist/emulator/scenarios/credentials.js';
import { findScenario } from '../../dist/emulator/scenarios/index.js';
import type { Scenario } from '../../dist/emulator/scenario.js';
import { checkStatuses, findingCodes, runCli, type JsonReport } from '../support/cli.js';

const running: Emulator[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((emulator) => emulator.stop()));
});

async function start(scenario: Scenario) {
  const emulator = await startEmulator(scenario);
  running.push(emulator);
  return emulator;
}

/** `wid-check` with no command at all, as most users will type it. */
async function diagnose(emulator: Emulator, extra: string[] = []) {
  const run = await runCli(['--format', 'json', '--creds-dir', emulator.credsDir, ...extra], emulator.env);
  return { ...run, report: JSON.parse(run.stdout) as JsonReport & { symptom: { id: string; playbook: string; evidence: string } } };
}

const CREDENTIAL_CHECKS = { 'leaf-identity': 'pass', 'chain-of-trust': 'pass', 'key-pair': 'pass', freshness: 'pass' };

const EXPECTED: Array<[string, string, string[], number, Record<string, string>]> = [
  ['healthy', 'complete', [], 0, CREDENTIAL_CHECKS],
  ['healthy-pool-level', 'complete', [], 0, CREDENTIAL_CHECKS],
  ['healthy-trust-bundles', 'complete', [], 0, CREDENTIAL_CHECKS],
  ['credentials-expired', 'complete', ['credentials-expired'], 1, { freshness: 'fail', 'chain-of-trust': 'pass' }],
  ['credentials-stale', 'complete', ['credentials-stale'], 1, { freshness: 'fail' }],
  ['key-mismatch', 'complete', ['key-mismatch'], 1, { 'key-pair': 'fail', 'leaf-identity': 'pass' }],
  ['spiffe-id-mismatch', 'complete', ['spiffe-id-mismatch'], 1, { 'leaf-identity': 'fail', 'chain-of-trust': 'pass' }],
  ['chain-untrusted', 'complete', ['chain-untrusted'], 1, { 'chain-of-trust': 'fail', 'key-pair': 'pass' }],
  ['agent-outdated', 'missing-dir', ['guest-agent-outdated'], 1, { symptom: 'fail', 'guest-agent-version': 'fail' }],
  ['refresh-failing', 'missing-dir', ['refresh-failing'], 1, { refresher: 'fail' }],
  ['ca-pool-permission-missing', 'config-status-only', ['ca-pool-permission-missing'], 1, { 'config-status-file': 'pass', 'ca-pool-iam': 'fail' }],
  ['config-error', 'config-status-only', ['config-error'], 1, { 'config-status-file': 'fail' }],
];

describe('diagnose finds the symptom unaided', () => {
  it('covers every credentials scenario', () => {
    const covered = new Set(EXPECTED.map(([id]) => id));
    expect(credentialsScenarios.map((scenario) => scenario.id).filter((id) => !covered.has(id))).toEqual([]);
  });

  it.each(EXPECTED)('%s → symptom %s, %j, exit %i', async (id, symptom, codes, exit, statuses) => {
    const { report, code, stderr } = await diagnose(await start(findScenario(id)!));
    expect(stderr).not.toMatch(/\n\s+at /);
    expect(report.playbook).toBe('diagnose');
    expect(report.symptom.id).toBe(symptom);
    expect(findingCodes(report)).toEqual(codes);
    expect(checkStatuses(report)).toMatchObject(statuses);
    expect(code).toBe(exit);
  });

  it('routes an incomplete directory whose endpoints answer 404 to the 404 playbook', async () => {
    const path = '/computeMetadata/v1/instance/gce-workload-certificates/workload-identities';
    const emulator = await start(variant('incomplete-404', 'x', { metadata: { endpoints: { status: 404, body: notFoundPage(path) } } }));
    rmSync(join(emulator.credsDir, 'private_key.pem'));
    const { report } = await diagnose(emulator);
    expect(report.symptom).toMatchObject({ id: 'metadata-404', playbook: '404' });
    expect(report.symptom.evidence).toContain('ca_certificates.pem, certificates.pem, config_status');
    expect(report.checks.map((check) => check.id)).toContain('workload-endpoints');
  });

  it('says how long ago a stale certificate should have been renewed, and when it last rotated', async () => {
    const { report } = await diagnose(await start(findScenario('credentials-stale')!));
    expect(report.findings[0]!.summary).toMatch(/should have been renewed at .*, 8h 0\dm ago: the refresh is not happening/);
    expect(report.findings[0]!.evidence.rotatedAgo).toMatch(/^20h 0\dm$/);
  });

  it('runs diagnose by default and as a named command', async () => {
    const named = await runCli(['diagnose', '--simulate', 'healthy', '--format', 'json']);
    const bare = await runCli(['--simulate', 'healthy', '--format', 'json']);
    expect(JSON.parse(named.stdout).playbook).toBe('diagnose');
    expect(JSON.parse(bare.stdout).playbook).toBe('diagnose');
    expect(bare.code).toBe(0);
  });
});

describe('secrets stay secret', () => {
  it.each(['healthy', 'key-mismatch', 'healthy-trust-bundles'])('no output of %s carries the private key', async (id) => {
    const emulator = await start(findScenario(id)!);
    const canary = readFileSync(join(emulator.credsDir, 'private_key.pem'), 'utf8')
      .split('\n')
      .filter((line) => line && !line.startsWith('-----'));
    expect(canary.length).toBeGreaterThan(0);
    for (const command of [[], ['404'], ['missing-dir']]) {
      for (const format of ['text', 'json', 'yaml', 'markdown']) {
        const run = await runCli([...command, '--format', format, '--verbosity', 'debug', '--creds-dir', emulator.credsDir], emulator.env);
        for (const line of canary) expect(run.stdout + run.stderr).not.toContain(line);
        expect(run.stdout + run.stderr).not.toContain('PRIVATE KEY');
      }
    }
  });
});

describe('--explain', () => {
  it('prints the decision tree from the playbook data and runs nothing', async () => {
    const run = await runCli(['--explain'], { ...process.env, PATH: '/nonexistent' });
    expect(run.code).toBe(0);
    for (const playbook of ['missing-dir', 'config-status-only', 'credentials', '404']) expect(run.stdout).toContain(`→ ${playbook}`);
    expect(run.stdout).toContain('$ gcloud compute instances get-serial-port-output VM_NAME | grep "GCE Agent Started"');
    expect(run.stdout).toContain('runs after config-status; skipped when it ends fail');
  });

  it('gives the same tree as JSON for one playbook', async () => {
    const run = await runCli(['config-status-only', '--explain', '--format', 'json']);
    const tree = JSON.parse(run.stdout) as { playbook: string; steps: Array<{ check: string; gate?: { after: string; skipWhen: { codes: string[] } } }> };
    expect(tree.playbook).toBe('config-status-only');
    expect(tree.steps.map((step) => step.check)).toEqual(['config-status-file', 'ca-pool-iam', 'workload-identity', 'trust-domain']);
    expect(tree.steps[1]!.gate).toEqual({ after: 'config-status-file', skipWhen: { statuses: ['fail'], codes: ['feature-not-enabled'] } });
  });
});
