import type { Probe, ProbeResult } from '../probes/probe.js';
import type { Runner } from '../probes/runner.js';

/** A runner that runs each distinct command once per run and hands every asker the same result. */
export function onceRunner(runner: Runner): Runner {
  const results = new Map<string, Promise<ProbeResult>>();
  return (probe: Probe) => {
    const key = JSON.stringify(probe.argv);
    let result = results.get(key);
    if (!result) {
      result = runner(probe);
      results.set(key, result);
    }
    return result;
  };
}
