import { describe, expect, it } from 'vitest';
import { findScenario } from '../../dist/emulator/scenarios/index.js';
import { workloadConfigScenarios } from '../../dist/emulator/scenarios/workloadConfig.js';
import { checkStatuses, findingCodes } from '../support/cli.js';
import { emulatorRunner } from '../support/emulatorRun.js';
import { expectScenario, type ScenarioExpectation } from '../support/expectScenario.js';

const diagnose = emulatorRunner('config-status-only');
const ALL_PASS = { 'config-status-file': 'pass', 'ca-pool-iam': 'pass', 'workload-identity': 'pass', 'trust-domain': 'pass' };

/** Each scenario with exactly the causes it must name: every other cause code must not fire. */
const EXPECTED: ScenarioExpectation[] = [
  ['healthy', [], 0, ALL_PASS],
  ['healthy-pool-level', [], 0, ALL_PASS],
  ['config-status-feature-off', ['feature-not-enabled'], 1, { 'config-status-file': 'fail', 'ca-pool-iam': 'skip', 'workload-identity': 'skip', 'trust-domain': 'skip' }],
  ['config-error', ['config-error'], 1, { 'config-status-file': 'fail', 'ca-pool-iam': 'pass' }],
  ['internal-error', ['internal-error'], 1, { 'config-status-file': 'fail' }],
  ['ca-pool-permission-missing', ['ca-pool-permission-missing'], 1, { 'ca-pool-iam': 'fail', 'workload-identity': 'pass' }],
  ['ca-pool-permission-missing-pool-level', ['ca-pool-permission-missing'], 1, { 'ca-pool-iam': 'fail', 'trust-domain': 'pass' }],
  ['ca-pool-permission-conditional', ['ca-pool-permission-conditional'], 0, { 'ca-pool-iam': 'warn' }],
  ['ca-pool-other-principal', ['ca-pool-permission-missing'], 1, { 'ca-pool-iam': 'fail' }],
  ['workload-identity-invalid', ['workload-identity-invalid'], 1, { 'workload-identity': 'fail', 'ca-pool-iam': 'skip' }],
  ['workload-identity-invalid-pool-level', ['workload-identity-invalid'], 1, { 'workload-identity': 'fail' }],
  ['trust-domain-missing', ['trust-domain-missing'], 1, { 'trust-domain': 'fail', 'ca-pool-iam': 'pass' }],
  ['gcloud-logged-out', ['gcloud-auth'], 3, { 'ca-pool-iam': 'error', 'workload-identity': 'pass' }],
];

describe('config-status-only against the emulator', () => {
  it('covers every scenario of symptoms B and C', () => {
    const covered = new Set(EXPECTED.map(([id]) => id));
    expect(workloadConfigScenarios.map((scenario) => scenario.id).filter((id) => !covered.has(id))).toEqual([]);
  });

  it.each(EXPECTED)('%s → %j, exit %i', (...expectation) => expectScenario(diagnose, expectation));

  it('names both missing roles with the exact fix for an empty policy', async () => {
    const { report } = await diagnose(findScenario('ca-pool-permission-missing-pool-level')!);
    const principal = 'principalSet://iam.googleapis.com/projects/123456789012/locations/global/workloadIdentityPools/my-pool/*';
    expect(report.findings.flatMap((finding) => finding.remedy.commands)).toEqual([
      `gcloud privateca pools add-iam-policy-binding workload-ca --location=us-central1 --project=my-project --role=roles/privateca.poolReader --member=${principal}`,
      `gcloud privateca pools add-iam-policy-binding workload-ca --location=us-central1 --project=my-project --role=roles/privateca.workloadCertificateRequester --member=${principal}`,
    ]);
    const iam = report.checks.find((check) => check.id === 'ca-pool-iam')!;
    expect(iam.commands).toContain('gcloud iam workload-identity-pools describe my-pool --location=global --project=123456789012');
    expect(iam.commands).toContain('gcloud privateca pools get-iam-policy workload-ca --location=us-central1 --project=my-project');
  });

  it('discovers the CA pool from the partner issuance config, with no flags', async () => {
    const { report } = await diagnose(findScenario('ca-pool-permission-missing')!);
    expect(report.findings[0]!.evidence.caPool).toBe('projects/my-project/locations/us-central1/caPools/workload-ca');
    expect(report.findings[0]!.summary).toContain('roles/privateca.workloadCertificateRequester');
    expect(report.findings[0]!.summary).not.toContain('poolReader');
  });

  it('compares the identity with --workload-identity and the ID flags', async () => {
    const other = 'spiffe://my-pool.global.123456789012.workload.id.goog/ns/default/sa/backend';
    const full = await diagnose(findScenario('healthy')!, ['--workload-identity', other]);
    expect(findingCodes(full.report)).toEqual(['workload-identity-invalid']);
    expect(full.report.findings[0]!.evidence.differences).toContain('frontend ≠ ' + other);
    const namespace = await diagnose(findScenario('healthy-pool-level')!, ['--namespace', 'prod']);
    expect(namespace.report.findings[0]!.evidence.differences).toBe('namespace: default ≠ prod');
    expect(namespace.report.findings[0]!.remedy.commands[0]).toContain('--identity-certificate');
    const same = await diagnose(findScenario('healthy')!, ['--workload-identity', '//my-pool.global.123456789012.workload.id.goog/ns/default/sa/frontend']);
    expect(findingCodes(same.report)).toEqual([]);
  });

  it('takes the CA pool from flags over discovery', async () => {
    const { report } = await diagnose(findScenario('healthy')!, ['--ca-pool', 'other-ca', '--ca-pool-region', 'europe-west1']);
    const iam = report.checks.find((check) => check.id === 'ca-pool-iam')!;
    expect(iam.status).toBe('error');
    expect(iam.detail).toContain("NOT_FOUND: Resource 'projects/my-project/locations/europe-west1/caPools/other-ca' was not found");
  });

  it('off the VM, says which flag supplies the identity instead of failing', async () => {
    const { report, code } = await diagnose(findScenario('not-on-gce')!, ['--vm', 'vm-1', '--zone', 'us-central1-a']);
    const identity = report.checks.find((check) => check.id === 'workload-identity')!;
    expect(identity.status).toBe('skip');
    expect(identity.detail).toContain('--workload-identity');
    expect(code).toBe(0);
    const flagged = await diagnose(findScenario('not-on-gce')!, ['--vm', 'vm-1', '--zone', 'us-central1-a', '--workload-identity', 'spiffe://my-pool.global.123456789012.workload.id.goog/ns/default/sa/frontend', '--ca-pool', 'workload-ca', '--ca-pool-region', 'us-central1']);
    expect(checkStatuses(flagged.report)['ca-pool-iam']).toBe('pass');
  });
});
