import 'reflect-metadata';
import * as x509 from '@peculiar/x509';
import { X509Certificate, webcrypto } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { createCa, issueCredentials, type WorkloadCredentials } from '../../dist/emulator/credentials.js';
import { parseCertificates, uriSans } from '../../src/parsers/certificates.js';

const ID = 'spiffe://my-pool.global.123456789012.workload.id.goog/ns/default/sa/frontend';
const ALGORITHM = { name: 'ECDSA', namedCurve: 'P-256', hash: 'SHA-256' } as const;

let keys: webcrypto.CryptoKeyPair;
let serial = 0x40;

/** A self-signed certificate with these subject alternative names (none: no SAN extension). */
async function withSans(sans: x509.JsonGeneralName[]): Promise<X509Certificate> {
  const certificate = await x509.X509CertificateGenerator.createSelfSigned({
    serialNumber: (serial++).toString(16),
    name: 'CN=san test',
    notBefore: new Date(Date.now() - 3600_000),
    notAfter: new Date(Date.now() + 3600_000),
    keys,
    signingAlgorithm: ALGORITHM,
    extensions: sans.length > 0 ? [new x509.SubjectAlternativeNameExtension(sans)] : [],
  });
  return new X509Certificate(certificate.toString('pem'));
}

let credentials: WorkloadCredentials;
let leafPem: string;
let intermediatePem: string;
let rootPem: string;

const blocks = (text: string) => text.match(/-----BEGIN CERTIFICATE-----[\s\S]*?-----END CERTIFICATE-----/g) ?? [];

beforeAll(async () => {
  keys = (await webcrypto.subtle.generateKey(ALGORITHM, true, ['sign', 'verify'])) as webcrypto.CryptoKeyPair;
  const ca = await createCa('parser test');
  credentials = await issueCredentials(ID, { ca });
  [leafPem, intermediatePem] = blocks(credentials.certificatesPem) as [string, string];
  rootPem = blocks(credentials.trustAnchorsPem)[0]!;
});

const certificatesOf = (text: string) => {
  const parsed = parseCertificates(text);
  if (!parsed.ok) throw new Error(`expected certificates, got: ${parsed.message}`);
  return parsed.certificates;
};

describe('parseCertificates', () => {
  it('certificates.pem as the agent writes it: leaf, blank line, intermediate', () => {
    expect(credentials.certificatesPem).toMatch(/-----END CERTIFICATE-----\n\n-----BEGIN CERTIFICATE-----/);
    const certificates = certificatesOf(credentials.certificatesPem);
    expect(certificates).toHaveLength(2);
    expect(certificates[0]!.subject ?? '').toBe('');
    expect(uriSans(certificates[0]!)).toEqual([ID]);
    expect(certificates[1]!.subject).toBe('CN=parser test subordinate\nO=wid-check');
    expect(certificates[0]!.checkIssued(certificates[1]!)).toBe(true);
  });

  it('keeps the order of the bundle', () => {
    const certificates = certificatesOf(`${rootPem}\n${intermediatePem}\n${leafPem}\n`);
    expect(certificates.map((certificate) => certificate.subject ?? '')).toEqual(['CN=parser test root\nO=wid-check', 'CN=parser test subordinate\nO=wid-check', '']);
  });

  it.each([
    ['no separator', (a: string, b: string) => `${a}${b}`],
    ['one newline', (a: string, b: string) => `${a}\n${b}`],
    ['several blank lines', (a: string, b: string) => `${a}\n\n\n\n${b}\n\n`],
    ['CRLF line endings', (a: string, b: string) => `${a}\r\n\r\n${b}\r\n`.replace(/(?<!\r)\n/g, '\r\n')],
    ['text before, between and after blocks', (a: string, b: string) => `subject=leaf\nissuer=x\n${a}\n# the intermediate\n${b}\ntrailing words\n`],
    ['leading whitespace', (a: string, b: string) => `\n\n   \n${a}\n\n${b}`],
  ])('two blocks with %s', (_, join) => {
    const certificates = certificatesOf(join(leafPem, intermediatePem));
    expect(certificates.map((certificate) => certificate.fingerprint256)).toEqual([
      new X509Certificate(leafPem).fingerprint256,
      new X509Certificate(intermediatePem).fingerprint256,
    ]);
  });

  it('a single certificate (ca_certificates.pem)', () => {
    expect(certificatesOf(credentials.trustAnchorsPem)).toHaveLength(1);
  });

  it.each([
    ['an empty file', ''],
    ['whitespace', '\n\n  \n'],
    ['text', 'hello world'],
    ['JSON', '{"certificates": []}'],
    ['only a private key', '-----BEGIN EC PRIVATE KEY-----\nMHcCAQEE\n-----END EC PRIVATE KEY-----\n'],
    ['a block that never ends', '-----BEGIN CERTIFICATE-----\nMIIB\n'],
    ['an END before its BEGIN', '-----END CERTIFICATE-----\n-----BEGIN CERTIFICATE-----\n'],
  ])('no certificate in %s', (_, text) => {
    expect(parseCertificates(text)).toEqual({ ok: false, message: 'no PEM certificate' });
  });

  it('no certificate when the key file is passed by mistake', () => {
    expect(parseCertificates(credentials.privateKeyPem)).toEqual({ ok: false, message: 'no PEM certificate' });
  });

  it.each([
    ['a block of garbage', '-----BEGIN CERTIFICATE-----\nnot base64 at all!\n-----END CERTIFICATE-----\n'],
    ['a truncated certificate', () => leafPem.replace(/\n[^\n]+\n-----END/, '\n-----END')],
    ['an empty block', '-----BEGIN CERTIFICATE-----\n-----END CERTIFICATE-----\n'],
    ['a good certificate followed by garbage', () => `${leafPem}\n\n-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n`],
  ])('fails on %s, with a message', (_, text) => {
    const parsed = parseCertificates(typeof text === 'function' ? text() : text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect(parsed.message).not.toBe('no PEM certificate');
      expect(parsed.message.length).toBeGreaterThan(0);
    }
  });

  it('never throws on binary input', () => {
    expect(() => parseCertificates('\0\x01\x02-----BEGIN CERTIFICATE-----\n\xff\xfe\n-----END CERTIFICATE-----')).not.toThrow();
  });
});

describe('uriSans', () => {
  it('the emulator leaf: exactly one URI SAN, the SPIFFE ID', () => {
    expect(uriSans(new X509Certificate(leafPem))).toEqual([ID]);
  });

  it('a CA certificate without a SAN extension', () => {
    expect(uriSans(new X509Certificate(intermediatePem))).toEqual([]);
    expect(uriSans(new X509Certificate(rootPem))).toEqual([]);
  });

  it.each<[string, x509.JsonGeneralName[], string[]]>([
    ['DNS then URI', [{ type: 'dns', value: 'backend.internal' }, { type: 'url', value: ID }], [ID]],
    ['URI then DNS', [{ type: 'url', value: ID }, { type: 'dns', value: 'backend.internal' }], [ID]],
    ['DNS only', [{ type: 'dns', value: 'backend.internal' }, { type: 'dns', value: 'backend' }], []],
    ['two URIs, in order', [{ type: 'url', value: ID }, { type: 'url', value: 'https://example.com/x' }], [ID, 'https://example.com/x']],
    [
      'IP, URI, email, URI',
      [
        { type: 'ip', value: '10.0.0.1' },
        { type: 'url', value: 'spiffe://example.org/a' },
        { type: 'email', value: 'a@example.com' },
        { type: 'url', value: 'https://z.example/' },
      ],
      ['spiffe://example.org/a', 'https://z.example/'],
    ],
    ['a URI with a colon in the path', [{ type: 'url', value: 'spiffe://example.org/a:b' }], ['spiffe://example.org/a:b']],
    ['a URI with a space', [{ type: 'url', value: 'spiffe://example.org/a b' }], ['spiffe://example.org/a b']],
    ['a DNS name that looks like a URI entry', [{ type: 'dns', value: 'uri.example' }], []],
    ['no SAN extension', [], []],
  ])('%s', async (_, sans, expected) => {
    expect(uriSans(await withSans(sans))).toEqual(expected);
  });

  it('a URI SAN containing ", DNS:" is one URI, not a URI and a DNS name', async () => {
    // Node quotes and escapes such a value (`URI:"…\u002c DNS:x"`), so the split does not cut it.
    const sans = uriSans(await withSans([{ type: 'url', value: `${ID}, DNS:x` }]));
    expect(sans).toHaveLength(1);
    expect(sans[0]).not.toBe(ID);
  });

  it('a URI SAN with a comma comes back with Node`s escape (\\u002c) instead of the comma', async () => {
    const uri = 'spiffe://example.org/ns/a,b/sa/c';
    expect(uriSans(await withSans([{ type: 'url', value: uri }]))).toEqual([uri]);
  });

  it('a URI SAN with a double quote comes back with the backslash of Node`s escape', async () => {
    const uri = 'spiffe://example.org/"q"';
    expect(uriSans(await withSans([{ type: 'url', value: uri }]))).toEqual([uri]);
  });
});
