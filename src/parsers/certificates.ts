import { X509Certificate } from 'node:crypto';

const PEM_CERTIFICATE = /-----BEGIN CERTIFICATE-----[\s\S]*?-----END CERTIFICATE-----/g;

export type Certificates = { ok: true; certificates: X509Certificate[] } | { ok: false; message: string };

/** Every certificate of a PEM bundle (`certificates.pem`: leaf first, blank lines between blocks). */
export function parseCertificates(text: string): Certificates {
  const blocks = text.match(PEM_CERTIFICATE) ?? [];
  if (blocks.length === 0) return { ok: false, message: 'no PEM certificate' };
  try {
    return { ok: true, certificates: blocks.map((block) => new X509Certificate(block)) };
  } catch (error) {
    return { ok: false, message: (error as Error).message };
  }
}

/** The URI SANs of a certificate (`subjectAltName` is `URI:…, DNS:…`; a comma inside a URI is escaped). */
export function uriSans(certificate: X509Certificate): string[] {
  return (certificate.subjectAltName ?? '')
    .split(/, (?=[A-Za-z ]+:)/)
    .filter((entry) => entry.startsWith('URI:'))
    .map((entry) => unquote(entry.slice(4)));
}

/** Node quotes a SAN that holds a comma or a quote, JSON-style (`URI:"spiffe://…\u002c…"`). */
function unquote(value: string): string {
  if (!value.startsWith('"')) return value;
  try {
    return JSON.parse(value) as string;
  } catch {
    return value.replace(/^"|"$/g, '');
  }
}
