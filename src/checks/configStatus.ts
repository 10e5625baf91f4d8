import type { Params, Target } from '../domain/target.js';
import { parseConfigStatus, type ConfigStatus } from '../parsers/configStatusBody.js';
import { parseCurlResponse } from '../parsers/curlResponse.js';
import { classifyEndpointReply, plainText } from '../parsers/metadataReply.js';
import { configStatusProbe } from '../probes/catalog.js';
import type { ProbeResult } from '../probes/probe.js';
import { finding } from '../report/finding.js';
import { message } from '../report/message.js';
import { simplePlan, type Check, type CheckOutcome } from './check.js';
import { failedCommandOutcome } from './failedCommand.js';
import { unusableReplyOutcome } from './unusableReply.js';
import { createSupportingVm, enableOnExistingVm, updatePartnerMetadata } from './remedyCommands.js';

const ID = 'config-status';
const excerpt = (body: string) => plainText(body).slice(0, 300);

/** Step A.1 of the document: does the VM support the feature, and is it enabled and configured? */
export const configStatusCheck: Check = {
  id: ID,
  title: 'check.config-status.title',
  where: 'vm',
  documented: (params) => [configStatusProbe(params)],
  plan: async ({ params }) => simplePlan([configStatusProbe(params)]),
  evaluate: ([result], _facts, target, params) => judgeConfigStatus(result!, target, params),
};

function judgeConfigStatus(result: ProbeResult, target: Target, params: Params): CheckOutcome {
  const failed = failedCommandOutcome(ID, result, 'curl');
  if (failed) return failed;
  const reply = parseCurlResponse(result);
  if (reply.kind !== 'http') return unusableReplyOutcome(ID, reply, params);
  const evidence = { httpStatus: String(reply.status), body: excerpt(reply.body) };
  switch (classifyEndpointReply(reply.status, reply.body)) {
    case 'ok':
      return judgeStatusBody(parseConfigStatus(reply.body), target);
    case 'not-supported':
      return failure('vm-unsupported', evidence, 'remedy.create-supporting-vm', createSupportingVm(target));
    case 'feature-not-enabled':
      return failure('feature-not-enabled', evidence, 'remedy.enable-on-existing-vm', enableOnExistingVm(target));
    case 'precondition-failed':
      return failure('config-not-applied', evidence, 'remedy.apply-config', enableOnExistingVm(target));
    case 'header-rejected':
      return { status: 'error', detail: message('detail.header-rejected'), findings: [] };
    case 'unexpected':
      return { status: 'error', detail: message('detail.unexpected-reply', { status: reply.status, body: evidence.body }), findings: [] };
  }
}

function failure(
  code: 'vm-unsupported' | 'feature-not-enabled' | 'config-not-applied',
  evidence: Record<string, string>,
  remedy: 'remedy.create-supporting-vm' | 'remedy.enable-on-existing-vm' | 'remedy.apply-config',
  commands: string[],
  checkId = ID,
): CheckOutcome {
  return {
    status: 'fail',
    detail: message(`detail.${code}`, { status: evidence.httpStatus ?? '200' }),
    findings: [finding(code, checkId, { summary: message(`finding.${code}`), evidence, remedy: message(remedy), commands })],
  };
}

/**
 * A 200 can still carry configuration errors (FACTS §2): name each entry with its message.
 * The document's remedy for a disabled feature differs by step: enable it (A.1) or create a
 * new VM (B.1).
 */
export function judgeStatusBody(status: ConfigStatus, target: Target, checkId = ID, featureOff: 'enable' | 'recreate' = 'enable'): CheckOutcome {
  switch (status.kind) {
    case 'ok':
      return { status: 'pass', detail: message('detail.config-status-ok'), findings: [] };
    case 'text':
      return { status: 'pass', detail: message('detail.config-status-text', { text: status.text.slice(0, 200) }), findings: [] };
    case 'feature-not-enabled':
      return featureOff === 'enable'
        ? failure('feature-not-enabled', { body: 'workload certificate feature not enabled' }, 'remedy.enable-on-existing-vm', enableOnExistingVm(target), checkId)
        : failure('feature-not-enabled', { body: 'workload certificate feature not enabled' }, 'remedy.create-supporting-vm', createSupportingVm(target), checkId);
    case 'invalid-json':
      return { status: 'error', detail: message('detail.config-status-invalid-json', { message: status.message }), findings: [] };
    case 'errors': {
      const internal = status.errors.filter((error) => error.code === 'INTERNAL_ERROR');
      const configuration = status.errors.filter((error) => error.code !== 'INTERNAL_ERROR');
      const findings = [
        ...configuration.map((error) =>
          finding('config-error', checkId, {
            summary: message('finding.config-error', { entry: error.entry, message: error.message }),
            evidence: { entry: error.entry, message: error.message, ...(error.code ? { code: error.code } : {}) },
            remedy: message('remedy.update-config'),
            commands: updatePartnerMetadata(target),
          }),
        ),
        ...internal.map((error) =>
          finding('internal-error', checkId, {
            summary: message('finding.internal-error', { message: error.message }),
            evidence: { entry: error.entry, message: error.message, code: 'INTERNAL_ERROR' },
            remedy: message('remedy.contact-support', { message: error.message }),
          }),
        ),
      ];
      return { status: 'fail', detail: message('detail.config-status-errors', { count: status.errors.length }), findings };
    }
  }
}
