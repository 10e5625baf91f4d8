import type { Evidence } from '../evidence/evidenceFormat.js';
import type { Probe, ProbeResult } from './probe.js';
import type { Runner } from './runner.js';

/**
 * VM-side probes answered from collected evidence; project-side ones from the evidence when
 * it holds them, else run here (gcloud in Cloud Shell, say).
 */
export function replayRunner(evidence: Promise<Evidence | { error: string }>, local: Runner): Runner {
  return async (probe: Probe): Promise<ProbeResult> => {
    const collected = await evidence;
    if ('error' in collected) {
      return probe.where === 'vm' ? { probeId: probe.id, stdout: '', stderr: collected.error, exitCode: null, ms: 0, interrupted: 'not-collected' } : local(probe);
    }
    const result = collected.results.get(probe.id);
    if (result) return result;
    if (probe.where === 'project') return local(probe);
    return { probeId: probe.id, stdout: '', stderr: `not in the evidence: ${probe.display}`, exitCode: null, ms: 0, interrupted: 'not-collected' };
  };
}
