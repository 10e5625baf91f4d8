import 'reflect-metadata';
import * as x509 from '@peculiar/x509';
import { X509Certificate, webcrypto } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { createCa, issueCredentials } from '../../dist/emulator/credentials.js';
import type { Target } from '../../src/domain/target.js';
import type { HandshakeResult } from '../../src/mtls/handshake.js';
import { mtlsReport, type MtlsFacts } from '../../src/mtls/mtlsReport.js';
import { EXIT_CODES, type Report } from '../../src/report/report.js';

const DOMAIN = 'my-pool.global.123456789012.workload.id.goog';
const BACKEND = `spiffe://${DOMAIN}/ns/default/sa/backend`;
const FRONTEND = `spiffe://${DOMAIN}/ns/default/sa/frontend`;
const STRANGER = 'spiffe://other-pool.global.999999999999.workload.id.goog/ns/default/sa/backend';
const PEER = 'backend.internal:8443';
const TARGET: Target = { via: 'local' };
const ALGORITHM = { name: 'ECDSA', namedCurve: 'P-256', hash: 'SHA-256' } as const;

const leafDer = (certificatesPem: string) => new X509Certificate(certificatesPem).raw;

let backend: Buffer;
let stranger: Buffer;
let dnsOnly: Buffer;
let twoUris: Buffer;
let noSan: Buffer;
let foreignSpiffe: Buffer;

async function selfSigned(keys: webcrypto.CryptoKeyPair, sans: x509.JsonGeneralName[]): Promise<Buffer> {
  const certificate = await x509.X509CertificateGenerator.createSelfSigned({
    serialNumber: '5a',
    name: 'CN=peer',
    notBefore: new Date(Date.now() - 3600_000),
    notAfter: new Date(Date.now() + 3600_000),
    keys,
    signingAlgorithm: ALGORITHM,
    extensions: sans.length > 0 ? [new x509.SubjectAlternativeNameExtension(sans)] : [],
  });
  return new X509Certificate(certificate.toString('pem')).raw;
}

beforeAll(async () => {
  const ca = await createCa('mtls test');
  backend = leafDer((await issueCredentials(BACKEND, { ca })).certificatesPem);
  stranger = leafDer((await issueCredentials(STRANGER)).certificatesPem);
  const keys = (await webcrypto.subtle.generateKey(ALGORITHM, true, ['sign', 'verify'])) as webcrypto.CryptoKeyPair;
  dnsOnly = await selfSigned(keys, [{ type: 'dns', value: 'backend.internal' }]);
  twoUris = await selfSigned(keys, [
    { type: 'url', value: BACKEND },
    { type: 'url', value: FRONTEND },
  ]);
  noSan = await selfSigned(keys, []);
  foreignSpiffe = await selfSigned(keys, [{ type: 'url', value: 'spiffe://example.org/ns/default/sa/backend' }]);
});

const established = (peerCertificate: Buffer | undefined, extra: { authorized?: boolean; authorizationError?: string } = {}): HandshakeResult => ({
  ok: true,
  protocol: 'TLSv1.3',
  cipher: 'TLS_AES_256_GCM_SHA384',
  authorized: true,
  ...(peerCertificate ? { peerCertificate } : {}),
  ...extra,
});
const refused = (code: string, message: string): HandshakeResult => ({ ok: false, code, message });
/** A TLS 1.3 server refusing a client without certificate. */
const CERTIFICATE_REQUIRED = refused('ERR_SSL_TLSV13_ALERT_CERTIFICATE_REQUIRED', 'tlsv13 alert certificate required');

const facts = (withCertificate: HandshakeResult, options: { expectPeer?: string; withoutCertificate?: HandshakeResult; ms?: number } = {}): MtlsFacts => ({
  peer: PEER,
  withCertificate,
  withoutCertificate: options.withoutCertificate ?? CERTIFICATE_REQUIRED,
  ms: options.ms ?? 42,
  ...(options.expectPeer !== undefined ? { expectPeer: options.expectPeer } : {}),
});

const check = (report: Report, id: string) => {
  const found = report.checks.find((record) => record.id === id);
  if (!found) throw new Error(`no check ${id} in ${report.checks.map((record) => record.id).join(', ')}`);
  return found;
};
const statuses = (report: Report) => Object.fromEntries(report.checks.map((record) => [record.id, record.status]));

describe('mtlsReport: the handshake fails', () => {
  it.each([
    ['connection refused', refused('ECONNREFUSED', 'connect ECONNREFUSED 10.0.0.5:8443')],
    ['timeout', refused('ETIMEDOUT', 'no handshake within 10000 ms')],
    ['the peer rejects the client certificate', refused('ERR_SSL_SSLV3_ALERT_BAD_CERTIFICATE', 'sslv3 alert bad certificate')],
  ])('%s: one failed check, a problem', (_, result) => {
    const report = mtlsReport(facts(result, { expectPeer: BACKEND, withoutCertificate: result }), TARGET);
    expect(report.playbook).toBe('mtls');
    expect(report.target).toBe(TARGET);
    expect(report.status).toBe('problem');
    expect(EXIT_CODES[report.status]).toBe(1);
    expect(report.checks).toHaveLength(1);
    const [record] = report.checks;
    expect(record).toEqual({
      id: 'tls-handshake',
      title: { id: 'check.tls-handshake.title' },
      commands: [],
      ms: 42,
      status: 'fail',
      detail: { id: 'detail.handshake-failed', params: { peer: PEER, code: (result as { code: string }).code, message: (result as { message: string }).message } },
      findings: [],
    });
    expect(report.findings).toEqual([]);
  });

  it('ignores the second handshake when the first failed', () => {
    const report = mtlsReport(facts(refused('ECONNRESET', 'socket hang up'), { withoutCertificate: established(backend) }), TARGET);
    expect(report.checks.map((record) => record.id)).toEqual(['tls-handshake']);
  });
});

describe('mtlsReport: the handshake succeeds', () => {
  it('an authorized peer with the expected ID that requires client certificates: all pass, ok', () => {
    const report = mtlsReport(facts(established(backend), { expectPeer: BACKEND }), TARGET);
    expect(report.checks.map((record) => record.id)).toEqual(['tls-handshake', 'peer-chain', 'peer-identity', 'client-auth']);
    expect(statuses(report)).toEqual({ 'tls-handshake': 'pass', 'peer-chain': 'pass', 'peer-identity': 'pass', 'client-auth': 'pass' });
    expect(report.status).toBe('ok');
    expect(EXIT_CODES[report.status]).toBe(0);
    expect(report.findings).toEqual([]);
    expect(check(report, 'tls-handshake').detail).toEqual({ id: 'detail.handshake-ok', params: { protocol: 'TLSv1.3', cipher: 'TLS_AES_256_GCM_SHA384' } });
    expect(check(report, 'peer-chain').detail).toEqual({ id: 'detail.peer-chain-ok' });
    expect(check(report, 'peer-identity').detail).toEqual({ id: 'detail.peer-identity-ok', params: { id: BACKEND } });
    expect(check(report, 'client-auth').detail).toEqual({ id: 'detail.client-auth-required', params: { code: 'ERR_SSL_TLSV13_ALERT_CERTIFICATE_REQUIRED' } });
  });

  it('every check carries its title, the time and no commands', () => {
    const report = mtlsReport(facts(established(backend), { ms: 1234 }), TARGET);
    for (const record of report.checks) {
      expect(record.title).toEqual({ id: `check.${record.id}.title` });
      expect(record.ms).toBe(1234);
      expect(record.commands).toEqual([]);
    }
  });

  it('no --expect-peer: the peer`s ID is shown, and passes', () => {
    const report = mtlsReport(facts(established(backend)), TARGET);
    expect(check(report, 'peer-identity')).toMatchObject({ status: 'pass', detail: { id: 'detail.peer-identity-seen', params: { id: BACKEND } } });
    expect(report.status).toBe('ok');
  });

  it.each([
    ['the //TRUST_DOMAIN spelling', `//${DOMAIN}/ns/default/sa/backend`],
    ['without a scheme', `${DOMAIN}/ns/default/sa/backend`],
    ['surrounding whitespace', `  ${BACKEND}\n`],
  ])('--expect-peer in %s matches the canonical ID', (_, expectPeer) => {
    const report = mtlsReport(facts(established(backend), { expectPeer }), TARGET);
    expect(check(report, 'peer-identity')).toMatchObject({ status: 'pass', detail: { id: 'detail.peer-identity-ok', params: { id: BACKEND } } });
  });

  it.each([
    ['another identity of the same domain', FRONTEND],
    ['the same identity in another trust domain', STRANGER],
  ])('wrong ID (%s): spiffe-id-mismatch, a problem', (_, expectPeer) => {
    const report = mtlsReport(facts(established(backend), { expectPeer }), TARGET);
    const record = check(report, 'peer-identity');
    expect(record.status).toBe('fail');
    expect(record.detail).toEqual({ id: 'finding.peer-identity-differs', params: { id: BACKEND, expected: expectPeer } });
    expect(record.findings).toEqual([
      {
        code: 'spiffe-id-mismatch',
        severity: 'error',
        check: 'peer-identity',
        summary: record.detail,
        evidence: { peerUriSans: BACKEND, expected: expectPeer },
        remedy: { text: { id: 'remedy.peer-identity' }, commands: [] },
      },
    ]);
    expect(report.findings).toEqual(record.findings);
    expect(report.status).toBe('problem');
    expect(EXIT_CODES[report.status]).toBe(1);
  });

  it('an authorized chain is not enough: the stranger passes the chain and fails the identity', () => {
    const report = mtlsReport(facts(established(stranger), { expectPeer: BACKEND }), TARGET);
    expect(statuses(report)).toMatchObject({ 'peer-chain': 'pass', 'peer-identity': 'fail' });
    expect(report.findings.map((found) => found.code)).toEqual(['spiffe-id-mismatch']);
  });

  it.each([
    ['UNABLE_TO_GET_ISSUER_CERT_LOCALLY', 'UNABLE_TO_GET_ISSUER_CERT_LOCALLY'],
    ['CERT_HAS_EXPIRED', 'CERT_HAS_EXPIRED'],
    [undefined, 'unknown'],
  ])('an unauthorized chain (%s): chain-untrusted, a problem', (authorizationError, reason) => {
    const report = mtlsReport(facts(established(stranger, { authorized: false, ...(authorizationError ? { authorizationError } : {}) }), { expectPeer: STRANGER }), TARGET);
    const record = check(report, 'peer-chain');
    expect(record.status).toBe('fail');
    expect(record.detail).toEqual({ id: 'finding.peer-chain-untrusted', params: { reason } });
    expect(record.findings).toEqual([
      {
        code: 'chain-untrusted',
        severity: 'error',
        check: 'peer-chain',
        summary: record.detail,
        evidence: { authorizationError: authorizationError ?? '' },
        remedy: { text: { id: 'remedy.peer-trust' }, commands: [] },
      },
    ]);
    // The identity is still checked, and matches.
    expect(check(report, 'peer-identity').status).toBe('pass');
    expect(report.findings.map((found) => found.code)).toEqual(['chain-untrusted']);
    expect(report.status).toBe('problem');
  });

  it('untrusted and the wrong ID: both findings, in check order', () => {
    const report = mtlsReport(facts(established(stranger, { authorized: false, authorizationError: 'UNABLE_TO_VERIFY_LEAF_SIGNATURE' }), { expectPeer: BACKEND }), TARGET);
    expect(report.findings.map((found) => [found.code, found.check])).toEqual([
      ['chain-untrusted', 'peer-chain'],
      ['spiffe-id-mismatch', 'peer-identity'],
    ]);
  });

  it.each([
    ['no SAN extension', () => noSan, '(none)'],
    ['only a DNS SAN', () => dnsOnly, '(none)'],
    ['no peer certificate at all', () => undefined, '(none)'],
    ['two URI SANs', () => twoUris, `${BACKEND}, ${FRONTEND}`],
    ['a SPIFFE ID outside workload.id.goog', () => foreignSpiffe, 'spiffe://example.org/ns/default/sa/backend'],
  ])('a peer with %s: no single SPIFFE ID, a problem', (_, certificate, sans) => {
    for (const expectPeer of [undefined, BACKEND]) {
      const report = mtlsReport(facts(established(certificate()), expectPeer ? { expectPeer } : {}), TARGET);
      const record = check(report, 'peer-identity');
      expect(record.status).toBe('fail');
      expect(record.detail).toEqual({ id: 'finding.peer-no-spiffe-id', params: { sans } });
      expect(record.findings).toHaveLength(1);
      expect(record.findings[0]).toMatchObject({
        code: 'spiffe-id-mismatch',
        check: 'peer-identity',
        evidence: expectPeer ? { peerUriSans: sans, expected: BACKEND } : { peerUriSans: sans },
      });
      expect(Object.keys(record.findings[0]!.evidence)).toEqual(expectPeer ? ['peerUriSans', 'expected'] : ['peerUriSans']);
      expect(report.status).toBe('problem');
    }
  });

  it('two URI SANs fail even when one of them is the expected ID', () => {
    const report = mtlsReport(facts(established(twoUris), { expectPeer: BACKEND }), TARGET);
    expect(check(report, 'peer-identity').status).toBe('fail');
  });

  it('client certificate optional: a warning, still ok (exit 0)', () => {
    const report = mtlsReport(facts(established(backend), { expectPeer: BACKEND, withoutCertificate: established(backend) }), TARGET);
    expect(check(report, 'client-auth')).toMatchObject({ status: 'warn', detail: { id: 'detail.client-auth-optional' }, findings: [] });
    expect(report.status).toBe('ok');
    expect(EXIT_CODES[report.status]).toBe(0);
    expect(report.findings).toEqual([]);
  });

  it.each(['ECONNRESET', 'ERR_SSL_TLSV13_ALERT_CERTIFICATE_REQUIRED', 'ETIMEDOUT'])('client certificate required (refused with %s): pass', (code) => {
    const report = mtlsReport(facts(established(backend), { withoutCertificate: refused(code, 'refused') }), TARGET);
    expect(check(report, 'client-auth')).toMatchObject({ status: 'pass', detail: { id: 'detail.client-auth-required', params: { code } } });
  });

  it.each<[string, () => MtlsFacts, Report['status']]>([
    ['all good', () => facts(established(backend), { expectPeer: BACKEND }), 'ok'],
    ['optional client auth only', () => facts(established(backend), { withoutCertificate: established(backend) }), 'ok'],
    ['untrusted chain', () => facts(established(backend, { authorized: false })), 'problem'],
    ['wrong ID', () => facts(established(backend), { expectPeer: FRONTEND }), 'problem'],
    ['no SPIFFE ID', () => facts(established(dnsOnly)), 'problem'],
    ['handshake failed', () => facts(refused('ECONNREFUSED', 'refused')), 'problem'],
  ])('status: %s → %s', (_, build, status) => {
    const report = mtlsReport(build(), TARGET);
    expect(report.status).toBe(status);
    expect(report.findings).toEqual(report.checks.flatMap((record) => record.findings));
  });
});
