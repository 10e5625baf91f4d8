import type { Probe, ProbeResult } from './probe.js';

/** More than any real metadata body or 1 MB serial-port page; a bigger output is not one we know. */
export const MAX_OUTPUT_BYTES = 8 * 1024 * 1024;

/** zx is loaded on the first command, not at start-up: `--help` and usage errors never need it. */
let zx: Promise<typeof import('zx/core')> | undefined;

/** Runs a probe on this machine. Never throws: every failure is described in the result. */
export async function runLocally(probe: Probe, env: NodeJS.ProcessEnv = process.env): Promise<ProbeResult> {
  const { $ } = await (zx ??= import('zx/core'));
  const started = performance.now();
  const [program, ...args] = probe.argv;
  let interrupted: ProbeResult['interrupted'];
  try {
    const child = $({ nothrow: true, quiet: true, env, timeout: probe.timeoutMs, stdio: ['ignore', 'pipe', 'pipe'] })`${program} ${args}`;
    let bytes = 0;
    const countOrStop = (chunk: Buffer) => {
      bytes += chunk.length;
      if (bytes > MAX_OUTPUT_BYTES && !interrupted) {
        interrupted = 'output-too-large';
        void child.kill('SIGKILL').catch(() => undefined);
      }
    };
    child.stdout?.on('data', countOrStop);
    child.stderr?.on('data', countOrStop);
    const output = await child;
    if (!interrupted && output.exitCode === null) interrupted = output.signal === 'SIGTERM' ? 'timeout' : 'spawn-failed';
    return {
      probeId: probe.id,
      stdout: interrupted === 'output-too-large' ? output.stdout.slice(0, MAX_OUTPUT_BYTES) : output.stdout,
      stderr: output.stderr.slice(0, 64 * 1024),
      exitCode: interrupted ? null : output.exitCode,
      ms: Math.round(performance.now() - started),
      ...(interrupted ? { interrupted } : {}),
    };
  } catch (error) {
    return {
      probeId: probe.id,
      stdout: '',
      stderr: error instanceof Error ? error.message : String(error),
      exitCode: null,
      ms: Math.round(performance.now() - started),
      interrupted: 'spawn-failed',
    };
  }
}
