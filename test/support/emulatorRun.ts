import { afterEach } from 'vitest';
import { startEmulator, type Emulator } from '../../dist/emulator/emulator.js';
import type { Scenario } from '../../dist/emulator/scenario.js';
import { runCli, type JsonReport } from './cli.js';

/** Runs a playbook as a real process against a freshly started emulator; stops it after each test. */
export function emulatorRunner(playbook: string) {
  const running: Emulator[] = [];
  afterEach(async () => {
    await Promise.all(running.splice(0).map((emulator) => emulator.stop()));
  });
  return async (scenario: Scenario, extra: string[] = []) => {
    const emulator = await startEmulator(scenario);
    running.push(emulator);
    const run = await runCli([playbook, '--format', 'json', '--creds-dir', emulator.credsDir, ...extra], emulator.env);
    return { ...run, report: JSON.parse(run.stdout) as JsonReport };
  };
}
