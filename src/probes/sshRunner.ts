import { parseEvidence, type Evidence } from '../evidence/evidenceFormat.js';
import { parseGcloudError } from '../parsers/gcloudError.js';
import { commandFailure } from '../parsers/commandFailure.js';
import { remoteCollector } from '../shell/collectorScript.js';
import { shellQuote } from '../shell/quote.js';
import type { Probe } from './probe.js';
import { replayRunner } from './replayRunner.js';
import type { Runner } from './runner.js';

export interface SshTarget {
  vm: string;
  zone: string;
  project?: string;
  tunnelThroughIap: boolean;
}

/** Every VM-side probe of the run in ONE `gcloud compute ssh --command=…` call. */
export function sshProbe(target: SshTarget, playbook: string, credsDir: string, timeoutMs: number): Probe {
  const scope = [`--zone=${target.zone}`, ...(target.project ? [`--project=${target.project}`] : []), ...(target.tunnelThroughIap ? ['--tunnel-through-iap'] : [])];
  return {
    id: 'ssh',
    where: 'project',
    argv: ['gcloud', 'compute', 'ssh', target.vm, ...scope, '--quiet', `--command=bash -c ${shellQuote(remoteCollector(playbook, { credsDir, timeoutMs }))}`],
    display: `gcloud compute ssh ${target.vm} ${scope.join(' ')} --command=…`,
    // Each remote probe has its own timeout; the connection itself may take a while (IAP).
    timeoutMs: timeoutMs * 4 + 20_000,
  };
}

/**
 * Starts the ssh call at once, so that project-side probes run locally meanwhile; VM-side
 * probes wait for its evidence. A failed ssh leaves every VM-side probe with gcloud's message.
 */
export function sshRunner(target: SshTarget, playbook: string, credsDir: string, timeoutMs: number, local: Runner): Runner {
  const evidence: Promise<Evidence | { error: string }> = local(sshProbe(target, playbook, credsDir, timeoutMs)).then((result) => {
    const failure = commandFailure(result, 'gcloud');
    if (failure) return { error: `gcloud compute ssh: ${failure.kind}${'message' in failure ? ` (${failure.message})` : ''}` };
    const parsed = parseEvidence(result.stdout);
    if (result.exitCode !== 0 || !parsed.ok) return { error: parseGcloudError(result.stderr).message };
    return parsed.evidence;
  });
  return replayRunner(evidence, local);
}
