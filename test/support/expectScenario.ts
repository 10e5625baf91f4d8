import { expect } from 'vitest';
import { findScenario } from '../../dist/emulator/scenarios/index.js';
import type { Scenario } from '../../dist/emulator/scenario.js';
import { checkStatuses, findingCodes, type JsonReport } from './cli.js';

export type ScenarioExpectation = [id: string, codes: string[], exit: number, statuses: Record<string, string>];

/** A scenario's run names exactly these causes (so no other fires), with these statuses and exit code. */
export async function expectScenario(
  run: (scenario: Scenario) => Promise<{ code: number; stderr: string; report: JsonReport }>,
  [id, codes, exit, statuses]: ScenarioExpectation,
): Promise<void> {
  const { code, report, stderr } = await run(findScenario(id)!);
  expect(stderr).not.toMatch(/\n\s+at /);
  expect(findingCodes(report)).toEqual(codes);
  expect(checkStatuses(report)).toMatchObject(statuses);
  expect(code).toBe(exit);
}
