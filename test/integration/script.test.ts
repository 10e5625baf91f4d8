import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type Emulator } from '../../dist/emulator/emulator.js';
import { missingDirScenarios } from '../../dist/emulator/scenarios/missingDir.js';
import { workloadConfigScenarios } from '../../dist/emulator/scenarios/workloadConfig.js';
import { findScenario } from '../../dist/emulator/scenarios/index.js';
import { findingCodes, runCli, type JsonReport } from '../support/cli.js';
import { runProcess } from '../support/run.js';

const running: Emulator[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((emulator) => emulator.stop()));
});

const scripts: Record<string, string> = {};
beforeAll(async () => {
  for (const playbook of ['missing-dir', 'config-status-only', '404']) scripts[playbook] = (await runCli(['script', playbook])).stdout;
});

const scriptCodes = (stdout: string) => [...new Set([...stdout.matchAll(/^finding: (\S+)/gm)].map((match) => match[1]!))].sort();

/** Runs the generated script and the CLI in the same environment: same cause codes, same exit status. */
describe.each(['missing-dir', 'config-status-only', '404'])('the %s script equals the CLI', (playbook) => {
  const ids = [...missingDirScenarios, ...workloadConfigScenarios].map((scenario) => scenario.id);
  it.each(ids)('%s', async (id) => {
    const emulator = await startEmulator(findScenario(id)!);
    running.push(emulator);
    const flags = ['--creds-dir', emulator.credsDir, '--timeout', '1'];
    const [cli, script] = await Promise.all([
      runCli([playbook, '--format', 'json', ...flags], emulator.env),
      runProcess('bash', ['-c', scripts[playbook]!, 'wid-check', ...flags], emulator.env),
    ]);
    expect(script.stderr).toBe('');
    expect(scriptCodes(script.stdout)).toEqual(findingCodes(JSON.parse(cli.stdout) as JsonReport));
    expect(script.code).toBe(cli.code);
  });
});

describe('generated scripts', () => {
  const shellcheck = (() => {
    try {
      execFileSync('shellcheck', ['--version']);
      return true;
    } catch {
      return false;
    }
  })();

  // CI installs shellcheck (.ci/run); on a machine without it the check is skipped, not passed.
  it.runIf(shellcheck || process.env.CI)('pass shellcheck', async () => {
    for (const playbook of Object.keys(scripts)) {
      const result = await runProcess('shellcheck', ['-s', 'bash', '-'], process.env, scripts[playbook]);
      expect(result.stdout, playbook).toBe('');
      expect(result.code, playbook).toBe(0);
    }
  });

  it('quote hostile values safely, through real bash', async () => {
    const hostile = `a b'"$(touch PWNED)\`touch PWNED2\`;$HOME\nx`;
    const root = mkdtempSync(join(tmpdir(), 'wid-check-hostile-'));
    const dir = join(root, hostile);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'config_status'), '{"partnerMetadataConfigsErrors": {"x": {"errorCode": "INTERNAL_ERROR", "errorMessage": "boom"}}}');
    const emulator = await startEmulator(findScenario('internal-error')!);
    running.push(emulator);
    const run = await runProcess('bash', ['-c', scripts['config-status-only']!, 'wid-check', '--creds-dir', dir], { ...emulator.env, HOME: root }, undefined);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('invalid --creds-dir');
    const withoutNewline = join(root, hostile.replace('\n', ''));
    mkdirSync(withoutNewline, { recursive: true });
    writeFileSync(join(withoutNewline, 'config_status'), '{"partnerMetadataConfigsErrors": {"x": {"errorCode": "INTERNAL_ERROR", "errorMessage": "boom"}}}');
    const safe = await runProcess('bash', ['-c', scripts['config-status-only']!, 'wid-check', '--creds-dir', withoutNewline], { ...emulator.env, HOME: root }, undefined);
    expect(safe.stdout).toMatch(/^finding: internal-error/m);
    expect(existsSync(join(process.cwd(), 'PWNED')) || existsSync(join(root, 'PWNED')) || existsSync(join(root, 'PWNED2'))).toBe(false);
    for (const [flag, value] of [['--vm', 'vm-1; touch PWNED'], ['--zone', '$(id)'], ['--project', '`id`'], ['--ca-pool', "a'b"], ['--timeout', '1; id']]) {
      const rejected = await runProcess('bash', ['-c', scripts['missing-dir']!, 'wid-check', flag!, value!]);
      expect(rejected.code, flag).toBe(2);
      expect(rejected.stderr, flag).toContain(`invalid ${flag}`);
    }
  });

  it('refuses a playbook without a shell version, and an unknown one', async () => {
    expect((await runCli(['script', 'nope'])).code).toBe(2);
    expect((await runCli(['script', 'only-config-status'])).stdout).toContain('#!/usr/bin/env bash');
  });
});

describe('evidence: collect with the script, analyze with the CLI', () => {
  it.each(['agent-outdated', 'ca-pool-permission-missing', 'key-mismatch', 'refresh-failing'])('%s', async (id) => {
    const emulator = await startEmulator(findScenario(id)!);
    running.push(emulator);
    const collected = await runProcess('bash', ['-c', scripts['missing-dir']!, 'wid-check', '--evidence', '--creds-dir', emulator.credsDir], emulator.env);
    expect(collected.code).toBe(0);
    const decoded = collected.stdout
      .split('\n')
      .flatMap((line) => line.split(' ').slice(3, 5))
      .map((field) => Buffer.from(field, 'base64').toString());
    expect(decoded.join('\n')).not.toMatch(/PRIVATE KEY-----\\n[A-Za-z0-9+/]/);
    expect(collected.stdout).toMatch(/^WIDCHECK-EVIDENCE 1 playbook=missing-dir$/m);
    const file = join(mkdtempSync(join(tmpdir(), 'wid-check-evidence-')), 'evidence.txt');
    writeFileSync(file, collected.stdout);
    const [analyzed, direct] = await Promise.all([
      runCli(['analyze', file, '--format', 'json'], emulator.env),
      runCli(['missing-dir', '--format', 'json', '--creds-dir', emulator.credsDir], emulator.env),
    ]);
    const report = JSON.parse(analyzed.stdout) as JsonReport;
    expect(report.target.via).toBe('evidence');
    expect(findingCodes(report)).toEqual(findingCodes(JSON.parse(direct.stdout) as JsonReport));
    expect(analyzed.code).toBe(direct.code);
    const fromStdin = await runCli(['analyze', '-', '--format', 'json'], emulator.env, collected.stdout);
    expect(findingCodes(JSON.parse(fromStdin.stdout) as JsonReport)).toEqual(findingCodes(report));
  });

  it('says clearly when a file is not evidence', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'wid-check-evidence-')), 'garbage.txt');
    writeFileSync(file, '\u0000\u0001 not evidence');
    for (const args of [['analyze', file], ['analyze', '/no/such/file']]) {
      const run = await runCli(args);
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(/cannot read evidence/);
      expect(run.stderr).not.toMatch(/\n\s+at /);
    }
  });
});

describe('--ssh: one connection for every VM-side step', () => {
  it.each(['agent-outdated', 'ca-pool-permission-missing', 'key-mismatch'])('%s reports what a run on the VM reports', async (id) => {
    const emulator = await startEmulator(findScenario(id)!);
    running.push(emulator);
    const log = join(emulator.env.WID_EMULATOR_STATE!, '..', 'gcloud-calls.log');
    const remote = await runCli(['--vm', 'vm-1', '--zone', 'us-central1-a', '--ssh', '--format', 'json', '--creds-dir', emulator.credsDir], emulator.env);
    const ssh = execFileSync('cat', [log]).toString().split('\n').filter((line) => line.includes('"ssh"'));
    expect(ssh).toHaveLength(1);
    const local = await runCli(['--format', 'json', '--creds-dir', emulator.credsDir], emulator.env);
    const report = JSON.parse(remote.stdout) as JsonReport;
    expect(report.target.via).toBe('ssh');
    expect(findingCodes(report)).toEqual(findingCodes(JSON.parse(local.stdout) as JsonReport));
    expect(remote.code).toBe(local.code);
  });

  it('reports a failed ssh with gcloud\'s own message, and the project-side checks still report', async () => {
    const base = findScenario('agent-outdated')!;
    const emulator = await startEmulator({ ...base, gcloud: { ...base.gcloud, sshError: 'Failed to connect to backend: 4033: not authorized' } });
    running.push(emulator);
    const run = await runCli(['missing-dir', '--vm', 'vm-1', '--zone', 'us-central1-a', '--ssh', '--tunnel-through-iap', '--format', 'json'], emulator.env);
    const report = JSON.parse(run.stdout) as JsonReport;
    const configStatus = report.checks.find((check) => check.id === 'config-status')!;
    expect(configStatus.status).toBe('error');
    expect(configStatus.detail).toContain('Failed to connect to backend: 4033: not authorized');
    expect(report.checks.find((check) => check.id === 'guest-agent-version')!.status).toBe('fail');
    expect(findingCodes(report)).toEqual(['guest-agent-outdated']);
    expect(run.code).toBe(1);
  });

  it.each([[['--ssh']], [['--ssh', '--vm', 'vm-1']], [['--tunnel-through-iap', '--vm', 'vm-1', '--zone', 'us-central1-a']]])('%j is a usage error', async (flags) => {
    const run = await runCli(['missing-dir', ...flags]);
    expect(run.code).toBe(2);
  });
});
