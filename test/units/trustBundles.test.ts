import { X509Certificate } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { createCa, issueCredentials } from '../../dist/emulator/credentials.js';
import { parseTrustBundles } from '../../src/parsers/trustBundles.js';

const DOMAIN = 'my-pool.global.123456789012.workload.id.goog';
const OTHER = 'other-pool.global.999999999999.workload.id.goog';
const THIRD = 'third-pool.global.555555555555.workload.id.goog';

/** base64 DER: the PEM without its armour and line breaks. */
const der = (pem: string) => pem.replace(/-----(BEGIN|END) CERTIFICATE-----/g, '').replace(/\s+/g, '');
const svidKey = (...x5c: unknown[]) => ({ use: 'x509-svid', kty: 'EC', crv: 'P-256', x5c });
const fingerprint = (pem: string) => new X509Certificate(pem).fingerprint256;

let rootPem: string;
let intermediatePem: string;
let otherRootPem: string;
let thirdRootPem: string;

beforeAll(async () => {
  const ca = await createCa('bundle test');
  rootPem = ca.root.toString('pem');
  intermediatePem = ca.intermediate.toString('pem');
  otherRootPem = (await createCa('other bundle')).root.toString('pem');
  thirdRootPem = (await issueCredentials(`spiffe://${THIRD}/ns/a/sa/b`)).trustAnchorsPem;
});

const domainsOf = (text: string) => {
  const parsed = parseTrustBundles(text);
  if (!parsed.ok) throw new Error(`expected trust bundles, got: ${parsed.message}`);
  return parsed.domains;
};

describe('parseTrustBundles', () => {
  it('fixture: the armour-less DER is base64 of a real certificate', () => {
    expect(new X509Certificate(Buffer.from(der(rootPem), 'base64')).fingerprint256).toBe(fingerprint(rootPem));
  });

  it('one domain with one key', () => {
    const domains = domainsOf(JSON.stringify({ [DOMAIN]: { keys: [svidKey(der(rootPem))] } }));
    expect([...domains.keys()]).toEqual([DOMAIN]);
    expect(domains.get(DOMAIN)!.map((certificate) => certificate.fingerprint256)).toEqual([fingerprint(rootPem)]);
    expect(domains.get(DOMAIN)![0]!.subject).toBe('CN=bundle test root\nO=wid-check');
  });

  it('several domains, each with its own anchors', () => {
    const text = JSON.stringify(
      {
        [DOMAIN]: { keys: [svidKey(der(rootPem)), svidKey(der(intermediatePem))] },
        [OTHER]: { keys: [svidKey(der(otherRootPem))] },
        [THIRD]: { spiffe_refresh_hint: 300, keys: [svidKey(der(thirdRootPem))] },
      },
      null,
      2,
    );
    const domains = domainsOf(text);
    expect([...domains.keys()]).toEqual([DOMAIN, OTHER, THIRD]);
    expect(domains.get(DOMAIN)!.map((certificate) => certificate.fingerprint256)).toEqual([fingerprint(rootPem), fingerprint(intermediatePem)]);
    expect(domains.get(OTHER)!.map((certificate) => certificate.fingerprint256)).toEqual([fingerprint(otherRootPem)]);
    expect(domains.get(THIRD)!.map((certificate) => certificate.fingerprint256)).toEqual([fingerprint(thirdRootPem)]);
  });

  it('a key whose x5c holds a chain contributes every certificate', () => {
    const domains = domainsOf(JSON.stringify({ [DOMAIN]: { keys: [svidKey(der(intermediatePem), der(rootPem))] } }));
    expect(domains.get(DOMAIN)!.map((certificate) => certificate.fingerprint256)).toEqual([fingerprint(intermediatePem), fingerprint(rootPem)]);
  });

  it('keys without x5c (JWT-SVID keys) are skipped', () => {
    const jwtKey = { use: 'jwt-svid', kty: 'EC', kid: 'k1', crv: 'P-256', x: 'AAAA', y: 'BBBB' };
    const domains = domainsOf(JSON.stringify({ [DOMAIN]: { keys: [jwtKey, svidKey(der(rootPem))] } }));
    expect(domains.get(DOMAIN)).toHaveLength(1);
  });

  it('x5c entries that are not strings are skipped', () => {
    const domains = domainsOf(JSON.stringify({ [DOMAIN]: { keys: [svidKey(42, null, der(rootPem))] } }));
    expect(domains.get(DOMAIN)!.map((certificate) => certificate.fingerprint256)).toEqual([fingerprint(rootPem)]);
  });

  it.each([
    ['an empty key set', { keys: [] }],
    ['no keys member', { spiffe_sequence: 1 }],
    ['keys that is not a list', { keys: 'none' }],
    ['a set that is not an object', 'nothing'],
    ['a null set', null],
    ['keys that are not objects', { keys: [1, 'x', null] }],
  ])('a domain with %s is present with no anchors', (_, set) => {
    const domains = domainsOf(JSON.stringify({ [DOMAIN]: set, [OTHER]: { keys: [svidKey(der(otherRootPem))] } }));
    expect(domains.get(DOMAIN)).toEqual([]);
    expect(domains.get(OTHER)).toHaveLength(1);
  });

  it('an empty object: no domains', () => {
    expect(domainsOf('{}').size).toBe(0);
  });

  it.each([
    ['a list', '[]'],
    ['a string', '"trust"'],
    ['a number', '42'],
    ['null', 'null'],
    ['an empty file', ''],
  ])('rejects %s at the top level', (_, text) => {
    expect(parseTrustBundles(text)).toEqual({ ok: false, message: 'not a map of trust domains' });
  });

  it.each([
    ['an unterminated object', `{"${DOMAIN}": {"keys": [`],
    ['an unterminated string', `{"${DOMAIN}": {"keys": [{"x5c": ["MIIB`],
    ['a truncated file', `{"${DOMAIN}": {"keys": [{"use": "x509-svid", "x5c": ["MIIBxz`],
    ['mismatched brackets', `{"${DOMAIN}": {"keys": ]}`],
  ])('malformed JSON: %s', (_, text) => {
    const parsed = parseTrustBundles(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.message.length).toBeGreaterThan(0);
  });

  it('binary content', () => {
    expect(parseTrustBundles('{"a":\0}')).toEqual({ ok: false, message: 'binary output' });
  });

  it.each([
    ['not base64', () => 'this is not base64!'],
    ['an empty string', () => ''],
    ['base64 of something else', () => Buffer.from('hello, world').toString('base64')],
    ['a truncated DER', () => der(rootPem).slice(0, 120)],
    ['the PEM with its armour', () => rootPem],
  ])('a key with bad DER (%s) fails the whole file, with a message', (_, x5c) => {
    const text = JSON.stringify({ [OTHER]: { keys: [svidKey(der(otherRootPem))] }, [DOMAIN]: { keys: [svidKey(x5c())] } });
    const parsed = parseTrustBundles(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.message.length).toBeGreaterThan(0);
  });
});
