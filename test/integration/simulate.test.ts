import { describe, expect, it } from 'vitest';
import { SCENARIOS } from '../../dist/emulator/scenarios/index.js';
import { runCli } from '../support/cli.js';

/** `--simulate` starts and stops the emulator itself: the demo a newcomer runs first. */
describe('--simulate', () => {
  it.each([
    ['healthy', 0, 'No problem found.'],
    ['agent-outdated', 1, 'guest-agent-outdated'],
    ['feature-not-enabled', 1, 'feature-not-enabled'],
    ['refresh-failing', 1, 'refresh-failing'],
    ['gcloud-logged-out', 3, 'gcloud-auth'],
  ])('missing-dir --simulate %s exits %i and names %s', async (scenario, exit, text) => {
    const run = await runCli(['missing-dir', '--simulate', scenario]);
    expect(run.stdout).toContain(text);
    expect(run.code).toBe(exit);
    expect(run.stdout).not.toMatch(/\x1b\[/);
  });

  it('lists every scenario with a summary', async () => {
    const run = await runCli(['scenarios']);
    expect(run.code).toBe(0);
    for (const scenario of SCENARIOS) expect(run.stdout).toMatch(new RegExp(`^${scenario.id} +\\S`, 'm'));
  });

  it('leaves no emulator behind', async () => {
    const { readdirSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const before = readdirSync(tmpdir()).filter((name) => name.startsWith('wid-check-emulator-')).length;
    await runCli(['missing-dir', '--simulate', 'healthy']);
    const after = readdirSync(tmpdir()).filter((name) => name.startsWith('wid-check-emulator-')).length;
    expect(after).toBeLessThanOrEqual(before);
  });

  it('writes YAML and Markdown reports too', async () => {
    const yaml = await runCli(['missing-dir', '--simulate', 'agent-outdated', '--format', 'yaml']);
    expect(yaml.stdout).toMatch(/^schemaVersion: 1$/m);
    expect(yaml.stdout).toMatch(/code: guest-agent-outdated/);
    const markdown = await runCli(['missing-dir', '--simulate', 'agent-outdated', '--format', 'markdown']);
    expect(markdown.stdout).toContain('## `guest-agent-outdated` (error)');
    expect(markdown.stdout).toContain('| `guest-agent-version` | fail |');
  });
});
