import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { healthy, variant } from '../../dist/emulator/scenarios/base.js';
import { findScenario } from '../../dist/emulator/scenarios/index.js';
import { missingDirScenarios } from '../../dist/emulator/scenarios/missingDir.js';
import { checkStatuses, findingCodes } from '../support/cli.js';
import { emulatorRunner } from '../support/emulatorRun.js';

const diagnose = emulatorRunner('missing-dir');

/** Each scenario with the causes it must name — and so, by exact equality, every cause it must not. */
const EXPECTED: Array<[string, string[], number, Record<string, string>]> = [
  ['healthy', [], 0, { 'config-status': 'pass', 'guest-agent-version': 'pass', refresher: 'pass' }],
  ['healthy-new-agent', [], 0, { 'config-status': 'pass', 'guest-agent-version': 'pass', refresher: 'pass' }],
  ['vm-unsupported', ['vm-unsupported'], 1, { 'config-status': 'fail', 'guest-agent-version': 'pass', refresher: 'skip' }],
  ['feature-not-enabled', ['feature-not-enabled'], 1, { 'config-status': 'fail', refresher: 'skip' }],
  ['config-not-applied', ['config-not-applied'], 1, { 'config-status': 'fail', refresher: 'skip' }],
  ['config-error', ['config-error'], 1, { 'config-status': 'fail', refresher: 'skip' }],
  ['internal-error', ['internal-error'], 1, { 'config-status': 'fail', refresher: 'skip' }],
  ['not-on-gce', ['metadata-unreachable'], 1, { 'config-status': 'fail', 'guest-agent-version': 'skip', refresher: 'skip' }],
  ['agent-outdated', ['guest-agent-outdated'], 1, { 'guest-agent-version': 'fail' }],
  ['agent-version-unknown', ['guest-agent-version-unknown'], 0, { 'guest-agent-version': 'warn' }],
  ['refresh-not-running', ['refresh-not-running'], 1, { refresher: 'fail' }],
  ['refresh-disabled', ['refresh-not-running'], 1, { refresher: 'fail' }],
  ['refresh-failing', ['refresh-failing'], 1, { refresher: 'fail' }],
  ['gcloud-logged-out', ['gcloud-auth'], 3, { 'guest-agent-version': 'error', 'config-status': 'pass' }],
  ['gcloud-permission-denied', ['gcloud-auth'], 3, { 'guest-agent-version': 'error' }],
  ['gcloud-missing', ['tool-missing'], 3, { 'guest-agent-version': 'error' }],
  ['gcloud-hangs', [], 3, { 'guest-agent-version': 'error', refresher: 'pass' }],
];

describe('missing-dir against the emulator', () => {
  it('covers every scenario of the playbook', () => {
    expect(EXPECTED.map(([id]) => id).sort()).toEqual(missingDirScenarios.map((scenario) => scenario.id).sort());
  });

  it.each(EXPECTED)('%s → %j, exit %i', async (id, codes, exit, statuses) => {
    const { code, report, stderr } = await diagnose(findScenario(id)!, ['--timeout', '1']);
    expect(stderr).not.toMatch(/\n\s+at /);
    expect(findingCodes(report)).toEqual(codes);
    expect(code).toBe(exit);
    expect(report.status).toBe({ 0: 'ok', 1: 'problem', 3: 'inconclusive' }[exit]);
    expect(checkStatuses(report)).toMatchObject(statuses);
  });

  it('fills the user\'s values into the shown command and the remedy', async () => {
    const { report } = await diagnose(findScenario('feature-not-enabled')!);
    const agent = report.checks.find((check) => check.id === 'guest-agent-version')!;
    expect(agent.command).toBe('gcloud compute instances get-serial-port-output vm-1 --zone=us-central1-a --project=my-project | grep "GCE Agent Started"');
    const [finding] = report.findings;
    expect(finding!.remedy.commands.join('\n')).toContain('gcloud compute instances add-metadata vm-1 --zone=us-central1-a --project=my-project --metadata=enable-workload-certificate=true');
    expect(finding!.remedy.url).toBe('https://cloud.google.com/compute/docs/access/authenticate-workloads-over-mtls');
  });

  it('names the failing configuration entry with its message', async () => {
    const { report } = await diagnose(findScenario('config-error')!);
    expect(report.findings[0]!.summary).toBe(
      'Configuration error in wc.compute.googleapis.com/certificate-issuance-config: ca_pool "projects/my-project/locations/us-central1/caPools/" is not a valid CA pool name',
    );
    expect(report.findings[0]!.remedy.text).toBe('Update certificate issuance and trust configuration');
    const internal = await diagnose(findScenario('internal-error')!);
    expect(internal.report.findings[0]!.remedy.text).toContain('Contact Cloud Customer Care');
    expect(internal.report.findings[0]!.remedy.text).toContain('failed to process workload identity configuration');
  });

  it('quotes the failing refresher line as evidence', async () => {
    const { report } = await diagnose(findScenario('refresh-failing')!);
    expect(report.findings[0]!.evidence.line).toMatch(/Error refreshCreds: error getting workload-identities: request failed with status code: \[500\]$/);
  });

  it('reads the VM from flags when there is no metadata server', async () => {
    const { report, code } = await diagnose(findScenario('not-on-gce')!, ['--vm', 'vm-1', '--zone', 'us-central1-a']);
    expect(checkStatuses(report)['guest-agent-version']).toBe('pass');
    expect(report.target).toMatchObject({ vm: 'vm-1', zone: 'us-central1-a' });
    expect(code).toBe(1);
  });

  it('says which VM gcloud could not find', async () => {
    const { report, code } = await diagnose(healthy, ['--vm', 'vm-2']);
    const agent = report.checks.find((check) => check.id === 'guest-agent-version')!;
    expect(agent.status).toBe('error');
    expect(agent.detail).toContain("'projects/my-project/zones/us-central1-a/instances/vm-2' was not found");
    expect(code).toBe(3);
  });
});

describe('real serial consoles', () => {
  const console = (name: string) => readFileSync(new URL(`../fixtures/serial/${name}`, import.meta.url), 'utf8');

  it.each([
    ['serial-debian-agent-20231115.txt', 'pass', []],
    ['serial-notebooks-agent-20240528.txt', 'pass', []],
    ['serial-windows-agent-20231004.txt', 'fail', ['guest-agent-outdated']],
  ])('%s → %s', async (file, status, codes) => {
    const scenario = variant('real-console', 'a real console', { gcloud: { serialPortOutput: { stdout: console(file) } } });
    const { report } = await diagnose(scenario);
    expect(checkStatuses(report)['guest-agent-version']).toBe(status);
    expect(findingCodes(report)).toEqual(codes);
  });

  it('gives the Windows update command for a Windows agent', async () => {
    const scenario = variant('windows', 'windows', { gcloud: { serialPortOutput: { stdout: console('serial-windows-agent-20231004.txt') } } });
    const { report } = await diagnose(scenario);
    expect(report.findings[0]!.evidence.version).toBe('20231004.02');
    expect(report.findings[0]!.remedy.commands.join('\n')).toContain('googet');
  });
});

describe('malformed and hostile output', () => {
  it('reports a journal hidden from an unprivileged user as inconclusive, not as a stopped refresher', async () => {
    const hint = 'Hint: You are currently not seeing messages from other users and the system.\n      Users in groups \'adm\', \'systemd-journal\' can see all messages.\n-- No entries --\n';
    const scenario = variant('restricted', 'restricted', {
      journal: { 'gce-workload-cert-refresh.timer': hint, 'gce-workload-cert-refresh.service': hint },
    });
    const { report, code } = await diagnose(scenario);
    expect(checkStatuses(report).refresher).toBe('error');
    expect(findingCodes(report)).toEqual([]);
    expect(code).toBe(3);
  });

  it('survives binary garbage from gcloud and the metadata server', async () => {
    const garbage = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)).toString('latin1');
    const scenario = variant('garbage', 'garbage', {
      metadata: { configStatus: { status: 200, body: `{${garbage}` } },
      gcloud: { serialPortOutput: { stdout: garbage } },
    });
    const { report, code, stderr } = await diagnose(scenario);
    expect(stderr).not.toMatch(/\n\s+at /);
    expect(checkStatuses(report)).toMatchObject({ 'config-status': 'error', 'guest-agent-version': 'warn' });
    expect(code).toBe(3);
  });

  it('stops reading output that is too large', async () => {
    const scenario = variant('huge', 'huge', { gcloud: { serialPortOutput: { stdout: 'x'.repeat(9 * 1024 * 1024) } } });
    const { report } = await diagnose(scenario);
    const agent = report.checks.find((check) => check.id === 'guest-agent-version')!;
    expect(agent.status).toBe('error');
    expect(agent.detail).toContain('more than 8 MiB');
  });
});
