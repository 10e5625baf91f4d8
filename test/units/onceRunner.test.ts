import { describe, expect, it, vi } from 'vitest';
import { onceRunner } from '../../src/engine/onceRunner.js';
import type { Probe, ProbeResult } from '../../src/probes/probe.js';

const probe = (argv: string[], id = argv.join('-')): Probe => ({ id, where: 'vm', argv, display: argv.join(' '), timeoutMs: 1000 });
const resultFor = (asked: Probe): ProbeResult => ({ probeId: asked.id, stdout: asked.argv.join(' '), stderr: '', exitCode: 0, ms: 3 });

/** A runner whose results the test releases by hand. */
function deferredRunner() {
  const pending: Array<{ probe: Probe; resolve: (result: ProbeResult) => void; reject: (error: Error) => void }> = [];
  const runner = vi.fn(
    (asked: Probe) =>
      new Promise<ProbeResult>((resolve, reject) => {
        pending.push({ probe: asked, resolve, reject });
      }),
  );
  return { runner, pending };
}

describe('onceRunner', () => {
  it('the same argv runs once, and both askers get the same result', async () => {
    const runner = vi.fn(async (asked: Probe) => resultFor(asked));
    const once = onceRunner(runner);
    const first = await once(probe(['ls', '-A', '/run/secrets']));
    const second = await once(probe(['ls', '-A', '/run/secrets']));
    expect(runner).toHaveBeenCalledTimes(1);
    expect(second).toBe(first);
    expect(first.stdout).toBe('ls -A /run/secrets');
  });

  it('many askers of the same argv: still one call', async () => {
    const runner = vi.fn(async (asked: Probe) => resultFor(asked));
    const once = onceRunner(runner);
    const results = await Promise.all(Array.from({ length: 5 }, () => once(probe(['curl', '-sS', 'http://metadata']))));
    expect(runner).toHaveBeenCalledTimes(1);
    expect(new Set(results).size).toBe(1);
  });

  it('keys by argv: another id or display with the same argv shares the run', async () => {
    const runner = vi.fn(async (asked: Probe) => resultFor(asked));
    const once = onceRunner(runner);
    const first = await once({ ...probe(['gcloud', 'compute', 'instances', 'describe']), id: 'a', display: 'first' });
    const second = await once({ ...probe(['gcloud', 'compute', 'instances', 'describe']), id: 'b', display: 'second' });
    expect(runner).toHaveBeenCalledTimes(1);
    expect(second).toBe(first);
  });

  it.each([
    ['other arguments', ['ls', '-A', '/a'], ['ls', '-A', '/b']],
    ['another command', ['ls', '/a'], ['cat', '/a']],
    ['the same words split differently', ['ls -A', '/a'], ['ls', '-A /a']],
    ['the same words joined', ['ls', '-A'], ['ls -A']],
    ['the same arguments in another order', ['ls', '-A', '-l'], ['ls', '-l', '-A']],
    ['an extra empty argument', ['ls'], ['ls', '']],
  ])('different argv (%s) runs separately', async (_, a, b) => {
    const runner = vi.fn(async (asked: Probe) => resultFor(asked));
    const once = onceRunner(runner);
    const [first, second] = await Promise.all([once(probe(a, 'same-id')), once(probe(b, 'same-id'))]);
    expect(runner).toHaveBeenCalledTimes(2);
    expect(runner.mock.calls.map(([asked]) => asked.argv)).toEqual([a, b]);
    expect(first).not.toBe(second);
    expect(first!.stdout).toBe(a.join(' '));
    expect(second!.stdout).toBe(b.join(' '));
  });

  it('concurrent askers share the pending promise', async () => {
    const { runner, pending } = deferredRunner();
    const once = onceRunner(runner);
    const first = once(probe(['journalctl', '-u', 'x']));
    const second = once(probe(['journalctl', '-u', 'x']));
    expect(second).toBe(first);
    expect(runner).toHaveBeenCalledTimes(1);
    let settled = false;
    void first.then(() => (settled = true));
    await Promise.resolve();
    expect(settled).toBe(false);
    pending[0]!.resolve(resultFor(pending[0]!.probe));
    const [a, b] = await Promise.all([first, second]);
    expect(a).toBe(b);
    expect(a.stdout).toBe('journalctl -u x');
    // Asked again after it settled: still no second run.
    expect(await once(probe(['journalctl', '-u', 'x']))).toBe(a);
    expect(runner).toHaveBeenCalledTimes(1);
  });

  it('concurrent askers of different argv each get their own result', async () => {
    const { runner, pending } = deferredRunner();
    const once = onceRunner(runner);
    const first = once(probe(['a']));
    const second = once(probe(['b']));
    expect(runner).toHaveBeenCalledTimes(2);
    // Released in the other order.
    pending[1]!.resolve(resultFor(pending[1]!.probe));
    pending[0]!.resolve(resultFor(pending[0]!.probe));
    expect((await first).stdout).toBe('a');
    expect((await second).stdout).toBe('b');
  });

  it('a failed run is handed to every asker, not retried', async () => {
    const { runner, pending } = deferredRunner();
    const once = onceRunner(runner);
    const first = once(probe(['x']));
    const second = once(probe(['x']));
    pending[0]!.reject(new Error('spawn failed'));
    await expect(first).rejects.toThrow('spawn failed');
    await expect(second).rejects.toThrow('spawn failed');
    await expect(once(probe(['x']))).rejects.toThrow('spawn failed');
    expect(runner).toHaveBeenCalledTimes(1);
  });

  it('each onceRunner has its own memory (one per run)', async () => {
    const runner = vi.fn(async (asked: Probe) => resultFor(asked));
    const a = onceRunner(runner);
    const b = onceRunner(runner);
    await a(probe(['ls']));
    await b(probe(['ls']));
    await a(probe(['ls']));
    expect(runner).toHaveBeenCalledTimes(2);
  });

  it('passes the probe through to the runner untouched', async () => {
    const runner = vi.fn(async (asked: Probe) => resultFor(asked));
    const asked = probe(['ls', '-A']);
    await onceRunner(runner)(asked);
    expect(runner).toHaveBeenCalledWith(asked);
  });
});
