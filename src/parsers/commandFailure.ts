import type { ProbeResult } from '../probes/probe.js';

/** Why a command gave no usable answer, before any format-specific parsing. */
export type CommandFailure =
  | { kind: 'tool-missing'; program: string }
  | { kind: 'timeout' }
  | { kind: 'output-too-large' }
  | { kind: 'spawn-failed'; message: string }
  | { kind: 'not-collected'; message: string };

export function commandFailure(result: ProbeResult, program: string): CommandFailure | undefined {
  if (result.interrupted === 'timeout') return { kind: 'timeout' };
  if (result.interrupted === 'output-too-large') return { kind: 'output-too-large' };
  if (result.interrupted === 'spawn-failed') return { kind: 'spawn-failed', message: result.stderr.trim() };
  if (result.interrupted === 'not-collected') return { kind: 'not-collected', message: result.stderr.trim() };
  if (result.exitCode === 127 && /command not found|not found|No such file/i.test(result.stderr)) {
    return { kind: 'tool-missing', program };
  }
  return undefined;
}
