import type { X509Certificate } from 'node:crypto';
import { verifyChain } from '../domain/chain.js';
import { trustDomainOf } from '../domain/spiffeId.js';
import type { CredentialFiles } from '../discovery/credentials.js';
import { uriSans } from '../parsers/certificates.js';
import { credentialFileProbe } from '../probes/catalog.js';
import { finding } from '../report/finding.js';
import { message } from '../report/message.js';
import type { Check, CheckOutcome } from './check.js';
import { credentialsPlan } from './credentialsPlan.js';

const ID = 'chain-of-trust';

interface Facts {
  files: CredentialFiles;
  now: Date;
}

/** Leaf and intermediates verify against the trust anchors of the leaf's own trust domain. */
export const chainOfTrustCheck: Check<Facts> = {
  id: ID,
  title: 'check.chain-of-trust.title',
  where: 'vm',
  documented: (params) => [credentialFileProbe('certificates.pem', params), credentialFileProbe('ca_certificates.pem', params)],
  plan: (context) => credentialsPlan(context, ID, async (files) => ({ probes: [], facts: { files, now: new Date() } })),
  evaluate: (_results, { files, now }) => judgeChain(files, now),
};

function judgeChain(files: CredentialFiles, now: Date): CheckOutcome {
  const domain = trustDomainOf(uriSans(files.leaf)[0] ?? '');
  const anchors: X509Certificate[] = files.anchors.get(domain) ?? [];
  const untrusted = (summary: ReturnType<typeof message>, evidence: Record<string, string>): CheckOutcome => ({
    status: 'fail',
    detail: summary,
    findings: [finding('chain-untrusted', ID, { summary, evidence, remedy: message('remedy.chain-untrusted'), commands: ['sudo systemctl start gce-workload-cert-refresh.service'] })],
  });
  if (anchors.length === 0) {
    return untrusted(message('finding.no-anchors', { domain, file: files.anchorsFile }), { trustDomain: domain, domainsWithAnchors: [...files.anchors.keys()].join(', ') || '(none)' });
  }
  const verdict = verifyChain(files.leaf, files.intermediates, anchors, now);
  if (!verdict.trusted) {
    return untrusted(message(`finding.chain-${verdict.reason}`, { at: verdict.at, domain }), { trustDomain: domain, failedAt: verdict.at, anchors: String(anchors.length) });
  }
  return { status: 'pass', detail: message('detail.chain-ok', { path: verdict.path.join(' → '), file: files.anchorsFile }), findings: [] };
}
