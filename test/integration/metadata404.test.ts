import { describe, expect, it } from 'vitest';
import { findScenario } from '../../dist/emulator/scenarios/index.js';
import { runCli } from '../support/cli.js';
import { emulatorRunner } from '../support/emulatorRun.js';
import { expectScenario, type ScenarioExpectation } from '../support/expectScenario.js';

const diagnose = emulatorRunner('404');
const GATED = { 'ca-pool-iam': 'skip', 'workload-identity': 'skip', 'trust-domain': 'skip' };

const EXPECTED: ScenarioExpectation[] = [
  ['healthy', [], 0, { 'workload-endpoints': 'pass', 'config-status': 'pass', 'ca-pool-iam': 'pass', 'workload-identity': 'pass', 'trust-domain': 'pass' }],
  ['healthy-pool-level', [], 0, { 'workload-endpoints': 'pass', 'trust-domain': 'pass' }],
  ['vm-unsupported', ['vm-unsupported'], 1, { 'workload-endpoints': 'warn', 'config-status': 'fail', ...GATED }],
  ['feature-not-enabled', ['feature-not-enabled'], 1, { 'workload-endpoints': 'warn', ...GATED }],
  ['config-not-applied', ['config-not-applied'], 1, { 'workload-endpoints': 'fail', 'config-status': 'fail', 'ca-pool-iam': 'pass' }],
  ['not-on-gce', ['metadata-unreachable'], 1, { 'workload-endpoints': 'fail', ...GATED }],
  ['ca-pool-permission-missing', ['ca-pool-permission-missing'], 1, { 'workload-endpoints': 'warn', 'config-status': 'pass', 'ca-pool-iam': 'fail' }],
  ['ca-pool-permission-missing-pool-level', ['ca-pool-permission-missing'], 1, { 'ca-pool-iam': 'fail' }],
  ['ca-pool-permission-conditional', ['ca-pool-permission-conditional'], 0, { 'ca-pool-iam': 'warn' }],
  ['workload-identity-invalid', ['workload-identity-invalid'], 1, { 'workload-identity': 'fail' }],
  ['workload-identity-invalid-pool-level', ['workload-identity-invalid'], 1, { 'workload-identity': 'fail' }],
  ['trust-domain-missing', ['trust-domain-missing'], 1, { 'trust-domain': 'fail' }],
];

describe('404 against the emulator', () => {
  it.each(EXPECTED)('%s → %j, exit %i', (...expectation) => expectScenario(diagnose, expectation));

  it('reports a cause seen by two checks once', async () => {
    const { report } = await diagnose(findScenario('config-not-applied')!);
    expect(report.findings.filter((finding) => finding.code === 'config-not-applied')).toHaveLength(1);
  });

  it('runs a command that several checks need only once', async () => {
    const { stderr } = await runCli(['404', '--simulate', 'healthy-pool-level', '--verbosity', 'debug', '--format', 'json']);
    expect(stderr.match(/run pool-describe:/g)).toHaveLength(1);
    expect(stderr.match(/run instance-describe:/g)).toHaveLength(1);
  });

  it('never shows the credentials that workload-identities returns', async () => {
    for (const format of ['json', 'text', 'yaml', 'markdown']) {
      const run = await runCli(['404', '--simulate', 'healthy', '--format', format, '--verbosity', 'debug']);
      expect(run.stdout + run.stderr).not.toMatch(/PRIVATE KEY|privateKeyPem/);
    }
  });

  it('is also called metadata-404', async () => {
    const run = await runCli(['metadata-404', '--simulate', 'trust-domain-missing', '--format', 'json']);
    expect(JSON.parse(run.stdout).playbook).toBe('404');
    expect(run.code).toBe(1);
  });
});
