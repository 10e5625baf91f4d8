import { describe, expect, it } from 'vitest';
import { parseSpiffeId, parseTrustDomain } from '../../src/domain/spiffeId.js';

const DOMAIN = 'my-pool.global.123456789012.workload.id.goog';
const URI = `spiffe://${DOMAIN}/ns/my-ns/sa/my-identity`;

describe('parseTrustDomain', () => {
  it('splits POOL_ID.global.PROJECT_NUMBER.workload.id.goog', () => {
    expect(parseTrustDomain(DOMAIN)).toEqual({ name: DOMAIN, poolId: 'my-pool', projectNumber: '123456789012' });
  });

  it.each([
    ['a project ID instead of a number', 'my-pool.global.my-project.workload.id.goog'],
    ['a leading-zero project number', 'my-pool.global.0123.workload.id.goog'],
    ['a reserved gcp- pool', 'gcp-pool.global.123456789012.workload.id.goog'],
    ['a 3-character pool', 'abc.global.123456789012.workload.id.goog'],
    ['an upper-case pool', 'My-pool.global.123456789012.workload.id.goog'],
    ['a regional location', 'my-pool.us-central1.123456789012.workload.id.goog'],
    ['another suffix', 'my-pool.global.123456789012.svc.id.goog'],
    ['a suffix appended', `${DOMAIN}.evil.example`],
    ['a prefix', `x.${DOMAIN}`],
    ['a trailing dot', `${DOMAIN}.`],
    ['a space', `my pool.global.123456789012.workload.id.goog`],
    ['a command substitution', '$(id).global.123456789012.workload.id.goog'],
    ['a trailing newline', `${DOMAIN}\n`],
    ['nothing', ''],
  ])('rejects %s', (_, name) => {
    expect(parseTrustDomain(name)).toBeUndefined();
  });
});

describe('parseSpiffeId: accepted spellings', () => {
  const expected = {
    ok: true,
    id: {
      uri: URI,
      trustDomain: { name: DOMAIN, poolId: 'my-pool', projectNumber: '123456789012' },
      namespace: 'my-ns',
      managedIdentity: 'my-identity',
    },
  };

  it.each([
    ['the spiffe:// URI', URI],
    ['the --identity form //TRUST_DOMAIN/ns/..', `//${DOMAIN}/ns/my-ns/sa/my-identity`],
    ['the --identity form without //', `${DOMAIN}/ns/my-ns/sa/my-identity`],
    ['surrounding whitespace', `  ${URI}\n`],
  ])('%s', (_, value) => {
    expect(parseSpiffeId(value)).toEqual(expected);
  });

  it('accepts the shortest and longest IDs the rules allow', () => {
    const result = parseSpiffeId(`spiffe://abcd.global.1.workload.id.goog/ns/ab/sa/${'z'.repeat(63)}`);
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.id.trustDomain).toEqual({ name: 'abcd.global.1.workload.id.goog', poolId: 'abcd', projectNumber: '1' });
      expect(result.id.managedIdentity).toHaveLength(63);
    }
  });
});

describe('parseSpiffeId: rejected values', () => {
  it.each([
    ['an empty value', ''],
    ['a bare trust domain', DOMAIN],
    ['another scheme', `https://${DOMAIN}/ns/my-ns/sa/my-identity`],
    ['an upper-case scheme', `SPIFFE://${DOMAIN}/ns/my-ns/sa/my-identity`],
    ['a missing sa', `spiffe://${DOMAIN}/ns/my-ns`],
    ['swapped ns and sa', `spiffe://${DOMAIN}/sa/my-identity/ns/my-ns`],
    ['an extra segment', `${URI}/extra`],
    ['a trailing slash', `${URI}/`],
    ['an empty namespace', `spiffe://${DOMAIN}/ns//sa/my-identity`],
  ])('%s, with the expected form as the reason', (_, value) => {
    const result = parseSpiffeId(value);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toContain('spiffe://POOL_ID.global.PROJECT_NUMBER.workload.id.goog/ns/NAMESPACE_ID/sa/MANAGED_IDENTITY_ID');
  });

  it.each([
    ['a project ID in the domain', 'my-pool.global.my-project.workload.id.goog'],
    ['a reserved gcp- pool', 'gcp-pool.global.123456789012.workload.id.goog'],
    ['a pool over 32 characters', `${'p'.repeat(33)}.global.123456789012.workload.id.goog`],
    ['a hostile pool', '$(id).global.123456789012.workload.id.goog'],
    ['a quoted pool', '"pool".global.123456789012.workload.id.goog'],
    ['a wrong suffix', 'my-pool.global.123456789012.workload.id.goog.evil.example'],
  ])('%s, naming the trust domain', (_, domain) => {
    const result = parseSpiffeId(`spiffe://${domain}/ns/my-ns/sa/my-identity`);
    expect(result).toEqual({ ok: false, reason: `"${domain}" is not a trust domain POOL_ID.global.PROJECT_NUMBER.workload.id.goog` });
  });

  it.each([
    ['one character', 'n'],
    ['64 characters', 'n'.repeat(64)],
    ['upper case', 'MyNs'],
    ['an underscore', 'my_ns'],
    ['gcp- prefix', 'gcp-ns'],
    ['a space', 'my ns'],
    ['quotes', '"ns"'],
    ['a command substitution', '$(id)'],
    ['backticks', '`id`'],
    ['a semicolon', 'ns;reboot'],
  ])('a namespace with %s, naming it', (_, namespace) => {
    const result = parseSpiffeId(`spiffe://${DOMAIN}/ns/${namespace}/sa/my-identity`);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toBe(`namespace "${namespace}" breaks the ID rules (2–63 of a-z 0-9 -)`);
  });

  it.each([
    ['one character', 'x'],
    ['64 characters', 'x'.repeat(64)],
    ['a trailing hyphen', 'id-'],
    ['gcp- prefix', 'gcp-id'],
    ['a space', 'my id'],
    ["single quotes", "'id'"],
    ['a command substitution', 'a$(reboot)'],
    ['backticks', 'a`id`b'],
    ['a query string', 'my-identity?x=1'],
  ])('a managed identity with %s, naming it', (_, identity) => {
    const result = parseSpiffeId(`spiffe://${DOMAIN}/ns/my-ns/sa/${identity}`);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toBe(`managed identity "${identity}" breaks the ID rules (2–63 of a-z 0-9 -)`);
  });

  it('rejects a newline that splits the ID (only outer whitespace is trimmed)', () => {
    expect(parseSpiffeId(`spiffe://${DOMAIN}/ns/my-ns/sa/my-\nidentity`).ok).toBe(false);
    expect(parseSpiffeId(`spiffe://${DOMAIN}\n/ns/my-ns/sa/my-identity`).ok).toBe(false);
    expect(parseSpiffeId(`spiffe://${DOMAIN}/ns/my-ns\n/sa/my-identity`).ok).toBe(false);
  });

  it('never returns a URI other than the canonical one', () => {
    const result = parseSpiffeId(`\t//${DOMAIN}/ns/my-ns/sa/my-identity \r\n`);
    expect(result.ok && result.id.uri).toBe(URI);
  });
});
