import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseCertificates } from '../parsers/certificates.js';
import { parseTrustBundles } from '../parsers/trustBundles.js';

export interface TlsCredentials {
  cert: string;
  key: string;
  ca: string[];
}

/**
 * The workload's own chain, key and trust anchors, for a handshake. The key stays in this
 * process: it goes to the TLS stack and nowhere else.
 */
export async function readTlsCredentials(dir: string): Promise<TlsCredentials> {
  const read = (file: string) => readFile(join(dir, file), 'utf8');
  const [cert, key] = await Promise.all([read('certificates.pem'), read('private_key.pem')]);
  const anchors = await read('ca_certificates.pem').catch(() => undefined);
  if (anchors !== undefined) {
    const parsed = parseCertificates(anchors);
    return { cert, key, ca: parsed.ok ? parsed.certificates.map((certificate) => certificate.toString()) : [] };
  }
  const bundles = parseTrustBundles(await read('trust_bundles.json'));
  if (!bundles.ok) throw new Error(`trust_bundles.json: ${bundles.message}`);
  return { cert, key, ca: [...bundles.domains.values()].flat().map((certificate) => certificate.toString()) };
}
