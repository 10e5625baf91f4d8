/**
 * A probe is data: the command the document shows (what the user can copy) and the argv
 * actually executed (which may add flags such as `-sS` or `--max-time`).
 */
export interface Probe {
  id: string;
  where: 'vm' | 'project';
  argv: readonly string[];
  display: string;
  timeoutMs: number;
}

export interface ProbeResult {
  probeId: string;
  stdout: string;
  stderr: string;
  /** `null` when the process did not exit by itself (timeout, output cap). */
  exitCode: number | null;
  ms: number;
  /** Why the process was stopped or never started, if it was. */
  interrupted?: 'timeout' | 'output-too-large' | 'spawn-failed' | 'not-collected';
}
