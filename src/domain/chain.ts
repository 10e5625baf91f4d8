import type { X509Certificate } from 'node:crypto';

export type ChainVerdict = { trusted: true; path: string[] } | { trusted: false; reason: 'no-anchor' | 'bad-signature' | 'expired-issuer'; at: string };

const name = (certificate: X509Certificate) => (certificate.subject ?? '').replace(/\n/g, ', ') || '(empty subject)';

/**
 * Walks from the leaf through the intermediates to a trust anchor, checking each signature.
 * A certificate that is itself an anchor ends the walk (the pool's CA may be the anchor).
 */
export function verifyChain(leaf: X509Certificate, intermediates: X509Certificate[], anchors: X509Certificate[], now: Date): ChainVerdict {
  const path = [name(leaf)];
  let current = leaf;
  for (let depth = 0; depth <= intermediates.length; depth++) {
    const anchor = anchors.find((candidate) => current.checkIssued(candidate));
    if (anchor) {
      if (!current.verify(anchor.publicKey)) return { trusted: false, reason: 'bad-signature', at: name(current) };
      if (new Date(anchor.validTo) < now) return { trusted: false, reason: 'expired-issuer', at: name(anchor) };
      return { trusted: true, path: [...path, name(anchor)] };
    }
    const issuer = intermediates.find((candidate) => candidate !== current && current.checkIssued(candidate));
    if (!issuer) return { trusted: false, reason: 'no-anchor', at: name(current) };
    if (!current.verify(issuer.publicKey)) return { trusted: false, reason: 'bad-signature', at: name(current) };
    if (new Date(issuer.validTo) < now) return { trusted: false, reason: 'expired-issuer', at: name(issuer) };
    path.push(name(issuer));
    current = issuer;
  }
  return { trusted: false, reason: 'no-anchor', at: name(current) };
}
