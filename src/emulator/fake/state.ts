import { readFileSync } from 'node:fs';
import type { Scenario } from '../scenario.js';

/** The fake tools learn their scenario from the file the emulator names in this variable. */
export const STATE_VARIABLE = 'WID_EMULATOR_STATE';

export function readScenario(): Scenario {
  const path = process.env[STATE_VARIABLE];
  if (!path) {
    process.stderr.write(`${STATE_VARIABLE} is not set: this fake tool runs only under the wid-check emulator\n`);
    process.exit(2);
  }
  return JSON.parse(readFileSync(path, 'utf8')) as Scenario;
}

/** `--flag=value` or `--flag value`. */
export function flagValue(args: string[], flag: string): string | undefined {
  const index = args.findIndex((arg) => arg === flag || arg.startsWith(`${flag}=`));
  if (index < 0) return undefined;
  const arg = args[index]!;
  return arg.includes('=') ? arg.slice(flag.length + 1) : args[index + 1];
}
