import { X509Certificate } from 'node:crypto';
import { parseSpiffeId } from '../domain/spiffeId.js';
import type { Target } from '../domain/target.js';
import { uriSans } from '../parsers/certificates.js';
import { finding } from '../report/finding.js';
import { message } from '../report/message.js';
import { overallStatus, type CheckRecord, type Report } from '../report/report.js';
import type { HandshakeResult } from './handshake.js';

export interface MtlsFacts {
  peer: string;
  expectPeer?: string;
  withCertificate: HandshakeResult;
  /** The same handshake without a client certificate: succeeding means the peer does not insist on one. */
  withoutCertificate: HandshakeResult;
  ms: number;
}

const record = (id: string, outcome: Omit<CheckRecord, 'id' | 'title' | 'commands' | 'ms'>, ms: number): CheckRecord => ({
  id,
  title: message(`check.${id}.title` as 'check.tls-handshake.title'),
  commands: [],
  ms,
  ...outcome,
});

/** Pure: two handshakes' results to the report of `wid-check mtls`. */
export function mtlsReport(facts: MtlsFacts, target: Target): Report {
  const { withCertificate: first, ms } = facts;
  const checks: CheckRecord[] = [];
  if (!first.ok) {
    checks.push(record('tls-handshake', { status: 'fail', detail: message('detail.handshake-failed', { peer: facts.peer, code: first.code, message: first.message }), findings: [] }, ms));
  } else {
    checks.push(record('tls-handshake', { status: 'pass', detail: message('detail.handshake-ok', { protocol: first.protocol, cipher: first.cipher }), findings: [] }, ms));
    checks.push(peerChain(first, ms), peerIdentity(first, facts.expectPeer, ms), clientAuth(facts.withoutCertificate, ms));
  }
  return { playbook: 'mtls', target, status: overallStatus(checks), checks, findings: checks.flatMap((check) => check.findings) };
}

function peerChain(result: Extract<HandshakeResult, { ok: true }>, ms: number): CheckRecord {
  if (result.authorized) return record('peer-chain', { status: 'pass', detail: message('detail.peer-chain-ok'), findings: [] }, ms);
  const summary = message('finding.peer-chain-untrusted', { reason: result.authorizationError ?? 'unknown' });
  return record(
    'peer-chain',
    { status: 'fail', detail: summary, findings: [finding('chain-untrusted', 'peer-chain', { summary, evidence: { authorizationError: result.authorizationError ?? '' }, remedy: message('remedy.peer-trust') })] },
    ms,
  );
}

function peerIdentity(result: Extract<HandshakeResult, { ok: true }>, expectPeer: string | undefined, ms: number): CheckRecord {
  const sans = result.peerCertificate ? uriSans(new X509Certificate(result.peerCertificate)) : [];
  const parsed = sans.length === 1 ? parseSpiffeId(sans[0]!) : undefined;
  const actual = parsed?.ok ? parsed.id.uri : undefined;
  const expected = expectPeer ? parseSpiffeId(expectPeer) : undefined;
  const wanted = expected?.ok ? expected.id.uri : undefined;
  if (actual && (!wanted || actual === wanted)) {
    return record('peer-identity', { status: 'pass', detail: message(wanted ? 'detail.peer-identity-ok' : 'detail.peer-identity-seen', { id: actual }), findings: [] }, ms);
  }
  const summary = actual ? message('finding.peer-identity-differs', { id: actual, expected: wanted ?? '' }) : message('finding.peer-no-spiffe-id', { sans: sans.join(', ') || '(none)' });
  return record(
    'peer-identity',
    {
      status: 'fail',
      detail: summary,
      findings: [finding('spiffe-id-mismatch', 'peer-identity', { summary, evidence: { peerUriSans: sans.join(', ') || '(none)', ...(wanted ? { expected: wanted } : {}) }, remedy: message('remedy.peer-identity') })],
    },
    ms,
  );
}

function clientAuth(withoutCertificate: HandshakeResult, ms: number): CheckRecord {
  return withoutCertificate.ok
    ? record('client-auth', { status: 'warn', detail: message('detail.client-auth-optional'), findings: [] }, ms)
    : record('client-auth', { status: 'pass', detail: message('detail.client-auth-required', { code: withoutCertificate.code }), findings: [] }, ms);
}
