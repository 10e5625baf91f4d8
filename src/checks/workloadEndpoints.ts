import type { Params } from '../domain/target.js';
import { parseCurlResponse } from '../parsers/curlResponse.js';
import { classifyEndpointReply } from '../parsers/metadataReply.js';
import { workloadEndpointProbe } from '../probes/catalog.js';
import type { ProbeResult } from '../probes/probe.js';
import { finding } from '../report/finding.js';
import { message } from '../report/message.js';
import { simplePlan, type Check, type CheckOutcome } from './check.js';
import { failedCommandOutcome } from './failedCommand.js';
import { enableOnExistingVm } from './remedyCommands.js';
import { unusableReplyOutcome } from './unusableReply.js';

const ID = 'workload-endpoints';
const probes = (params: Params) => [workloadEndpointProbe('workload-identities', params), workloadEndpointProbe('trust-anchors', params)];

/**
 * Symptom C itself: how `workload-identities` and `trust-anchors` answer. A 404 confirms the
 * symptom (its cause is for the following steps); a 412 is a cause of its own. The
 * credentials in a 200 are never shown, only counted.
 */
export const workloadEndpointsCheck: Check = {
  id: ID,
  title: 'check.workload-endpoints.title',
  where: 'vm',
  documented: probes,
  plan: async ({ params }) => simplePlan(probes(params)),
  evaluate: (results, _facts, target, params) => {
    const answers: string[] = [];
    for (const [index, result] of results.entries()) {
      const outcome = endpointOutcome(result, params);
      if (outcome) return outcome;
      const reply = parseCurlResponse(result);
      if (reply.kind !== 'http') continue;
      const name = index === 0 ? 'workload-identities' : 'trust-anchors';
      const verdict = classifyEndpointReply(reply.status, reply.body);
      if (verdict === 'precondition-failed') {
        const summary = message('finding.config-not-applied');
        return {
          status: 'fail',
          detail: message('detail.config-not-applied', { status: 412 }),
          findings: [finding('config-not-applied', ID, { summary, evidence: { endpoint: name, httpStatus: '412' }, remedy: message('remedy.apply-config'), commands: enableOnExistingVm(target) })],
        };
      }
      if (verdict === 'header-rejected') return { status: 'error', detail: message('detail.header-rejected'), findings: [] };
      answers.push(`${name}: HTTP ${reply.status}${verdict === 'ok' ? '' : ` (${verdict})`}`);
    }
    const allOk = results.every((result) => {
      const reply = parseCurlResponse(result);
      return reply.kind === 'http' && reply.status === 200;
    });
    return { status: allOk ? 'pass' : 'warn', detail: message(allOk ? 'detail.endpoints-ok' : 'detail.endpoints-404', { answers: answers.join('; ') }), findings: [] };
  },
};

function endpointOutcome(result: ProbeResult, params: Params): CheckOutcome | undefined {
  const failed = failedCommandOutcome(ID, result, 'curl');
  if (failed) return failed;
  const reply = parseCurlResponse(result);
  return reply.kind === 'http' ? undefined : unusableReplyOutcome(ID, reply, params);
}
