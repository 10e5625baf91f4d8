import { parseCredentialsListing, type DirectoryState } from '../parsers/credentialsListing.js';
import { parseCurlResponse } from '../parsers/curlResponse.js';
import { DIAGNOSE_ROUTES, needsEndpoints, symptomOf } from '../playbooks/diagnose.js';
import { credentialsListingProbe, workloadEndpointProbe } from '../probes/catalog.js';
import { message, type Message } from '../report/message.js';
import { overallStatus, type CheckRecord, type Report } from '../report/report.js';
import { onceRunner } from './onceRunner.js';
import { runPlaybook, type RunOptions } from './runPlaybook.js';

/** `wid-check diagnose`: find the symptom from what the VM shows, then run its playbook. */
export async function runDiagnose(options: RunOptions): Promise<Report> {
  const run = onceRunner(options.runner);
  const started = performance.now();
  const listingProbe = credentialsListingProbe(options.params);
  const listing = await run(listingProbe);
  const state = parseCredentialsListing(listing.stdout, listing.stderr, listing.exitCode);
  const probes = [listingProbe];
  let endpoints404 = false;
  if (needsEndpoints(state)) {
    const endpoint = workloadEndpointProbe('workload-identities', options.params);
    probes.push(endpoint);
    const reply = parseCurlResponse(await run(endpoint));
    endpoints404 = reply.kind === 'http' && reply.status === 404;
  }
  const symptom = symptomOf(state, endpoints404);
  const route = DIAGNOSE_ROUTES.find((candidate) => candidate.symptom === symptom)!;
  const detail = symptomDetail(state, symptom, options.params.credsDir);
  const symptomRecord: CheckRecord = {
    id: 'symptom',
    title: message('check.symptom.title'),
    status: symptom === 'complete' ? 'pass' : 'fail',
    detail,
    findings: [],
    commands: probes.map((probe) => probe.display),
    ms: Math.round(performance.now() - started),
  };
  options.onCheckDone?.(symptomRecord);
  const report = await runPlaybook(route.playbook, { ...options, runner: run });
  const checks = [symptomRecord, ...report.checks];
  return { ...report, playbook: 'diagnose', symptom: { id: symptom, playbook: route.playbook.id, detail }, status: overallStatus(checks), checks };
}

function symptomDetail(state: DirectoryState, symptom: ReturnType<typeof symptomOf>, dir: string): Message {
  if (state.kind === 'unreadable') return message('symptom.unreadable', { dir, message: state.message });
  const files = 'files' in state ? state.files.join(', ') || '(empty)' : '';
  return message(`symptom.${symptom}`, { dir, files });
}
