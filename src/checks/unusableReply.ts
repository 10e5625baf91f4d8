import type { Params } from '../domain/target.js';
import type { HttpReply } from '../parsers/curlResponse.js';
import { finding } from '../report/finding.js';
import { message } from '../report/message.js';
import type { CheckOutcome } from './check.js';

/** curl got no HTTP answer: no metadata server there (a finding), or curl itself failed. */
export function unusableReplyOutcome(checkId: string, reply: Exclude<HttpReply, { kind: 'http' }>, params: Params): CheckOutcome {
  if (reply.kind === 'curl-failed') return { status: 'error', detail: message('detail.curl-failed', { message: reply.message }), findings: [] };
  return {
    status: 'fail',
    detail: message('detail.metadata-unreachable', { host: params.metadataHost, message: reply.message }),
    findings: [
      finding('metadata-unreachable', checkId, {
        summary: message('finding.metadata-unreachable', { host: params.metadataHost }),
        evidence: { host: params.metadataHost, curl: reply.message, curlExit: String(reply.curlExit) },
        remedy: message('remedy.metadata-unreachable'),
      }),
    ],
  };
}
