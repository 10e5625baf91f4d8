import { describe, expect, it } from 'vitest';
import { identityDifferences } from '../../src/checks/workloadIdentity.js';
import { parseSpiffeId, type SpiffeId } from '../../src/domain/spiffeId.js';
import type { WorkloadFlags } from '../../src/domain/target.js';

const DOMAIN = 'my-pool.global.123456789012.workload.id.goog';
const URI = `spiffe://${DOMAIN}/ns/my-ns/sa/my-identity`;

const idOf = (value: string): SpiffeId => {
  const parsed = parseSpiffeId(value);
  if (!parsed.ok) throw new Error(`test setup: ${value} should parse (${parsed.reason})`);
  return parsed.id;
};

const ID = idOf(URI);

describe('identityDifferences: nothing expected', () => {
  it('gives no difference without flags', () => {
    expect(identityDifferences(ID, {})).toEqual([]);
  });

  it('ignores the CA pool flags', () => {
    expect(identityDifferences(ID, { caPool: 'sub-pool', caPoolRegion: 'us-central1' })).toEqual([]);
  });

  it('gives no difference when every flag agrees', () => {
    const flags: WorkloadFlags = { workloadIdentity: URI, poolId: 'my-pool', projectNumber: '123456789012', namespace: 'my-ns', managedIdentity: 'my-identity' };
    expect(identityDifferences(ID, flags)).toEqual([]);
  });
});

describe('identityDifferences: --workload-identity spellings compare equal', () => {
  it.each([
    ['the spiffe:// URI', URI],
    ['the --identity form //TRUST_DOMAIN/ns/..', `//${DOMAIN}/ns/my-ns/sa/my-identity`],
    ['the --identity form without //', `${DOMAIN}/ns/my-ns/sa/my-identity`],
    ['the URI with a trailing newline', `${URI}\n`],
  ])('%s', (_, workloadIdentity) => {
    expect(identityDifferences(ID, { workloadIdentity })).toEqual([]);
  });

  it('also when the configured identity was the //TRUST_DOMAIN form (pool-level VM)', () => {
    expect(identityDifferences(idOf(`//${DOMAIN}/ns/my-ns/sa/my-identity`), { workloadIdentity: URI })).toEqual([]);
  });
});

describe('identityDifferences: each differing field is reported', () => {
  it.each([
    ['pool', { poolId: 'other-pool' }, 'pool: my-pool ≠ other-pool'],
    ['project number', { projectNumber: '999999999999' }, 'project number: 123456789012 ≠ 999999999999'],
    ['namespace', { namespace: 'other-ns' }, 'namespace: my-ns ≠ other-ns'],
    ['managed identity', { managedIdentity: 'other-identity' }, 'managed identity: my-identity ≠ other-identity'],
    [
      'SPIFFE ID (namespace)',
      { workloadIdentity: `spiffe://${DOMAIN}/ns/other-ns/sa/my-identity` },
      `SPIFFE ID: ${URI} ≠ spiffe://${DOMAIN}/ns/other-ns/sa/my-identity`,
    ],
    [
      'SPIFFE ID (managed identity)',
      { workloadIdentity: `spiffe://${DOMAIN}/ns/my-ns/sa/other-identity` },
      `SPIFFE ID: ${URI} ≠ spiffe://${DOMAIN}/ns/my-ns/sa/other-identity`,
    ],
    [
      'SPIFFE ID (trust domain), given in the // form',
      { workloadIdentity: '//other-pool.global.123456789012.workload.id.goog/ns/my-ns/sa/my-identity' },
      `SPIFFE ID: ${URI} ≠ spiffe://other-pool.global.123456789012.workload.id.goog/ns/my-ns/sa/my-identity`,
    ],
  ])('%s', (_, flags: WorkloadFlags, difference) => {
    expect(identityDifferences(ID, flags)).toEqual([difference]);
  });

  it('is case-sensitive', () => {
    expect(identityDifferences(ID, { namespace: 'My-ns' })).toEqual(['namespace: my-ns ≠ My-ns']);
  });

  it('reports every differing field, in a fixed order, and no agreeing one', () => {
    const flags: WorkloadFlags = {
      managedIdentity: 'other-identity',
      namespace: 'my-ns',
      projectNumber: '999999999999',
      poolId: 'other-pool',
      workloadIdentity: `//${DOMAIN}/ns/my-ns/sa/other-identity`,
    };
    expect(identityDifferences(ID, flags)).toEqual([
      `SPIFFE ID: ${URI} ≠ spiffe://${DOMAIN}/ns/my-ns/sa/other-identity`,
      'pool: my-pool ≠ other-pool',
      'project number: 123456789012 ≠ 999999999999',
      'managed identity: my-identity ≠ other-identity',
    ]);
  });

  it('reports all five when nothing agrees', () => {
    const flags: WorkloadFlags = {
      workloadIdentity: 'spiffe://abcd.global.1.workload.id.goog/ns/ab/sa/cd',
      poolId: 'abcd',
      projectNumber: '1',
      namespace: 'ab',
      managedIdentity: 'cd',
    };
    expect(identityDifferences(ID, flags).map((line) => line.split(':')[0])).toEqual(['SPIFFE ID', 'pool', 'project number', 'namespace', 'managed identity']);
  });
});
