import 'reflect-metadata';
import * as x509 from '@peculiar/x509';
import { X509Certificate, webcrypto } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { createCa, issueCredentials, type IssuingCa } from '../../dist/emulator/credentials.js';
import { verifyChain } from '../../src/domain/chain.js';

const DAY = 24 * 3600_000;
const ID = 'spiffe://my-pool.global.123456789012.workload.id.goog/ns/default/sa/frontend';
const ALGORITHM = { name: 'ECDSA', namedCurve: 'P-256', hash: 'SHA-256' } as const;
const LEAF = '(empty subject)';

const pemBlocks = (text: string) => text.match(/-----BEGIN CERTIFICATE-----[\s\S]*?-----END CERTIFICATE-----/g) ?? [];
const node = (certificate: x509.X509Certificate) => new X509Certificate(certificate.toString('pem'));
const keyPair = () => webcrypto.subtle.generateKey(ALGORITHM, true, ['sign', 'verify']) as Promise<webcrypto.CryptoKeyPair>;

interface Issued {
  leaf: X509Certificate;
  intermediate: X509Certificate;
  root: X509Certificate;
}

/** The leaf and intermediate of `certificates.pem`, and the root of `ca_certificates.pem`. */
async function issue(ca: IssuingCa, options: { foreignAnchor?: boolean } = {}): Promise<Issued> {
  const credentials = await issueCredentials(ID, { ca, ...options });
  const [leafPem, intermediatePem] = pemBlocks(credentials.certificatesPem);
  const [rootPem] = pemBlocks(credentials.trustAnchorsPem);
  if (!leafPem || !intermediatePem || !rootPem) throw new Error('test setup: the emulator issued fewer certificates than expected');
  return { leaf: new X509Certificate(leafPem), intermediate: new X509Certificate(intermediatePem), root: new X509Certificate(rootPem) };
}

/**
 * root → upper → lower → leaf: two intermediates, so their order can be wrong. The lower one
 * outlives the upper one (270 vs 180 days), so each can be the only expired one.
 */
async function deepCa(name: string) {
  const now = Date.now();
  const caExtensions = (pathLength: number) => [
    new x509.BasicConstraintsExtension(true, pathLength, true),
    new x509.KeyUsagesExtension(x509.KeyUsageFlags.keyCertSign | x509.KeyUsageFlags.cRLSign, true),
  ];
  const rootKeys = await keyPair();
  const root = await x509.X509CertificateGenerator.createSelfSigned({
    serialNumber: '0a01',
    name: `CN=${name} root`,
    notBefore: new Date(now - DAY),
    notAfter: new Date(now + 365 * DAY),
    keys: rootKeys,
    signingAlgorithm: ALGORITHM,
    extensions: caExtensions(2),
  });
  const upperKeys = await keyPair();
  const upper = await x509.X509CertificateGenerator.create({
    serialNumber: '0a02',
    subject: `CN=${name} upper`,
    issuer: root.subject,
    notBefore: new Date(now - DAY),
    notAfter: new Date(now + 180 * DAY),
    publicKey: upperKeys.publicKey,
    signingKey: rootKeys.privateKey,
    signingAlgorithm: ALGORITHM,
    extensions: caExtensions(1),
  });
  const lowerKeys = await keyPair();
  const lower = await x509.X509CertificateGenerator.create({
    serialNumber: '0a03',
    subject: `CN=${name} lower`,
    issuer: upper.subject,
    notBefore: new Date(now - DAY),
    notAfter: new Date(now + 270 * DAY),
    publicKey: lowerKeys.publicKey,
    signingKey: upperKeys.privateKey,
    signingAlgorithm: ALGORITHM,
    extensions: caExtensions(0),
  });
  const { leaf } = await issue({ root, intermediate: lower, intermediateKeys: lowerKeys });
  return { leaf, upper: node(upper), lower: node(lower), root: node(root) };
}

let main: Issued;
let other: Issued;
let foreign: Issued;
let sameName: Issued;
let old: Issued;
let deep: Awaited<ReturnType<typeof deepCa>>;
const now = new Date();

beforeAll(async () => {
  const ca = await createCa('chain test');
  main = await issue(ca);
  foreign = await issue(ca, { foreignAnchor: true });
  other = await issue(await createCa('other test'));
  // Same subject names as `main`, other keys: names match, signatures do not.
  sameName = await issue(await createCa('chain test'));
  // Issued 400 days ago: the subordinate lived 180 days and the root 365 (src/emulator/credentials.ts),
  // both have expired; the leaf is issued now by the expired subordinate.
  old = await issue(await createCa('old test', new Date(Date.now() - 400 * DAY)));
  deep = await deepCa('deep test');
});

describe('verifyChain: trusted', () => {
  it('leaf → intermediate → root anchor', () => {
    expect(verifyChain(main.leaf, [main.intermediate], [main.root], now)).toEqual({
      trusted: true,
      path: [LEAF, 'CN=chain test subordinate, O=wid-check', 'CN=chain test root, O=wid-check'],
    });
  });

  it('the intermediate itself is the anchor (the pool CA as trust anchor)', () => {
    expect(verifyChain(main.leaf, [main.intermediate], [main.intermediate], now)).toEqual({
      trusted: true,
      path: [LEAF, 'CN=chain test subordinate, O=wid-check'],
    });
  });

  it('the intermediate is the anchor and certificates.pem holds the leaf only', () => {
    expect(verifyChain(main.leaf, [], [main.intermediate], now)).toEqual({ trusted: true, path: [LEAF, 'CN=chain test subordinate, O=wid-check'] });
  });

  it('finds the right anchor among anchors of several domains', () => {
    expect(verifyChain(main.leaf, [main.intermediate], [other.root, foreign.root, main.root], now)).toMatchObject({ trusted: true });
  });

  it('the root is also in certificates.pem, before the intermediate', () => {
    expect(verifyChain(main.leaf, [main.root, main.intermediate], [main.root], now)).toEqual({
      trusted: true,
      path: [LEAF, 'CN=chain test subordinate, O=wid-check', 'CN=chain test root, O=wid-check'],
    });
  });

  it.each([
    ['in order', () => [deep.lower, deep.upper]],
    ['in the wrong order', () => [deep.upper, deep.lower]],
  ])('two intermediates %s', (_, intermediates) => {
    expect(verifyChain(deep.leaf, intermediates(), [deep.root], now)).toEqual({
      trusted: true,
      path: [LEAF, 'CN=deep test lower', 'CN=deep test upper', 'CN=deep test root'],
    });
  });

  it.each([
    ['unrelated certificates before the intermediate', () => [other.intermediate, other.root, main.intermediate]],
    ['unrelated certificates after the intermediate', () => [main.intermediate, other.intermediate, other.leaf]],
    ['the leaf repeated in the list', () => [main.leaf, main.intermediate]],
    ['the intermediate twice', () => [main.intermediate, main.intermediate]],
  ])('ignores %s', (_, intermediates) => {
    expect(verifyChain(main.leaf, intermediates(), [main.root], now)).toEqual({
      trusted: true,
      path: [LEAF, 'CN=chain test subordinate, O=wid-check', 'CN=chain test root, O=wid-check'],
    });
  });
});

describe('verifyChain: untrusted', () => {
  it('the anchor is the root of another CA', () => {
    expect(verifyChain(main.leaf, [main.intermediate], [other.root], now)).toEqual({
      trusted: false,
      reason: 'no-anchor',
      at: 'CN=chain test subordinate, O=wid-check',
    });
  });

  it('the emulator`s foreign anchor (another root in ca_certificates.pem)', () => {
    expect(verifyChain(foreign.leaf, [foreign.intermediate], [foreign.root], now)).toEqual({
      trusted: false,
      reason: 'no-anchor',
      at: 'CN=chain test subordinate, O=wid-check',
    });
  });

  it('no anchors at all', () => {
    expect(verifyChain(main.leaf, [main.intermediate], [], now)).toEqual({ trusted: false, reason: 'no-anchor', at: 'CN=chain test subordinate, O=wid-check' });
  });

  it('the intermediate is missing from certificates.pem', () => {
    expect(verifyChain(main.leaf, [], [main.root], now)).toEqual({ trusted: false, reason: 'no-anchor', at: LEAF });
  });

  it('only unrelated intermediates', () => {
    expect(verifyChain(main.leaf, [other.intermediate, deep.lower], [main.root], now)).toEqual({ trusted: false, reason: 'no-anchor', at: LEAF });
  });

  it('the middle of a two-intermediate chain is missing', () => {
    expect(verifyChain(deep.leaf, [deep.lower], [deep.root], now)).toEqual({ trusted: false, reason: 'no-anchor', at: 'CN=deep test lower' });
  });

  it('the root is in certificates.pem but not among the anchors', () => {
    expect(verifyChain(main.leaf, [main.intermediate, main.root], [other.root], now)).toEqual({
      trusted: false,
      reason: 'no-anchor',
      at: 'CN=chain test root, O=wid-check',
    });
  });

  it('an anchor with the right name but another key', () => {
    expect(verifyChain(main.leaf, [main.intermediate], [sameName.root], now)).toEqual({
      trusted: false,
      reason: 'bad-signature',
      at: 'CN=chain test subordinate, O=wid-check',
    });
  });

  it('an intermediate with the right name but another key', () => {
    expect(verifyChain(main.leaf, [sameName.intermediate], [sameName.root], now)).toEqual({ trusted: false, reason: 'bad-signature', at: LEAF });
  });

  it('the anchor is an intermediate with the right name but another key', () => {
    expect(verifyChain(main.leaf, [], [sameName.intermediate], now)).toEqual({ trusted: false, reason: 'bad-signature', at: LEAF });
  });
});

describe('verifyChain: expired intermediates', () => {
  it('fixture: the old CA`s subordinate expired 220 days ago, its leaf is current', () => {
    const notAfter = new Date(old.intermediate.validTo).getTime();
    expect(Math.round((Date.now() - notAfter) / DAY)).toBe(220);
    expect(new Date(old.leaf.validTo).getTime()).toBeGreaterThan(Date.now());
  });

  it('an expired intermediate between leaf and root', () => {
    expect(verifyChain(old.leaf, [old.intermediate], [old.root], now)).toEqual({
      trusted: false,
      reason: 'expired-issuer',
      at: 'CN=old test subordinate, O=wid-check',
    });
  });

  it('the same chain verified on a date when the subordinate was valid', () => {
    const then = new Date(new Date(old.intermediate.validTo).getTime() - DAY);
    expect(verifyChain(old.leaf, [old.intermediate], [old.root], then)).toMatchObject({ trusted: true });
  });

  it('a current chain verified far in the future', () => {
    expect(verifyChain(main.leaf, [main.intermediate], [main.root], new Date(Date.now() + 200 * DAY))).toEqual({
      trusted: false,
      reason: 'expired-issuer',
      at: 'CN=chain test subordinate, O=wid-check',
    });
  });

  it.each([
    ['one second before notAfter', -1000, true],
    ['exactly at notAfter', 0, true],
    ['one second after notAfter', 1000, false],
  ])('boundary: %s', (_, offset, trusted) => {
    const notAfter = new Date(main.intermediate.validTo).getTime();
    expect(verifyChain(main.leaf, [main.intermediate], [main.root], new Date(notAfter + offset)).trusted).toBe(trusted);
  });

  it('a deeper chain: the upper intermediate has expired, the lower is valid', () => {
    const at = new Date(new Date(deep.upper.validTo).getTime() + 1000);
    expect(new Date(deep.lower.validTo).getTime()).toBeGreaterThan(at.getTime());
    expect(verifyChain(deep.leaf, [deep.upper, deep.lower], [deep.root], at)).toEqual({ trusted: false, reason: 'expired-issuer', at: 'CN=deep test upper' });
  });

  it('a deeper chain: the lower intermediate has expired', () => {
    const at = new Date(new Date(deep.lower.validTo).getTime() + 1000);
    expect(verifyChain(deep.leaf, [deep.upper, deep.lower], [deep.root], at)).toEqual({ trusted: false, reason: 'expired-issuer', at: 'CN=deep test lower' });
  });

  it('an expired intermediate that is also the trust anchor is reported trusted', () => {
    // The same expired subordinate is `expired-issuer` when the root is the anchor (above), but
    // the walk returns as soon as it reaches an anchor without checking the anchor's validity.
    expect(verifyChain(old.leaf, [old.intermediate], [old.intermediate], now)).toEqual({
      trusted: false,
      reason: 'expired-issuer',
      at: 'CN=old test subordinate, O=wid-check',
    });
  });
});
