import { X509Certificate } from 'node:crypto';
import { isRecord, parseStructured } from './structuredText.js';

export type TrustBundles = { ok: true; domains: Map<string, X509Certificate[]> } | { ok: false; message: string };

/**
 * `trust_bundles.json` of the new agent (FACTS §8): JWK sets keyed by trust domain; each
 * `x509-svid` key carries its certificate in `x5c` (base64 DER).
 */
export function parseTrustBundles(text: string): TrustBundles {
  const parsed = parseStructured(text);
  if (!parsed.ok) return parsed;
  if (!isRecord(parsed.value)) return { ok: false, message: 'not a map of trust domains' };
  const domains = new Map<string, X509Certificate[]>();
  try {
    for (const [domain, set] of Object.entries(parsed.value)) {
      const keys = isRecord(set) && Array.isArray(set.keys) ? set.keys.filter(isRecord) : [];
      const certificates = keys.flatMap((key) => (Array.isArray(key.x5c) ? key.x5c.filter((der): der is string => typeof der === 'string') : []));
      domains.set(domain, certificates.map((der) => new X509Certificate(Buffer.from(der, 'base64'))));
    }
  } catch (error) {
    return { ok: false, message: (error as Error).message };
  }
  return { ok: true, domains };
}
