import { describe, expect, it } from 'vitest';
import { poolPrincipals, REQUIRED_CA_POOL_ROLES } from '../../src/domain/principal.js';
import { parseTrustDomain } from '../../src/domain/spiffeId.js';

describe('poolPrincipals', () => {
  it('gives the three principal forms of FACTS §4, the documented one first', () => {
    expect(poolPrincipals({ projectNumber: '123456789012', poolId: 'my-pool' })).toEqual([
      'principalSet://iam.googleapis.com/projects/123456789012/locations/global/workloadIdentityPools/my-pool/*',
      'principalSet://iam.googleapis.com/projects/123456789012/name/locations/global/workloadIdentityPools/my-pool/*',
      'principal://iam.googleapis.com/projects/123456789012/name/locations/global/workloadIdentityPools/my-pool',
    ]);
  });

  it('matches the member of the document step B.3 with its placeholders', () => {
    expect(poolPrincipals({ projectNumber: 'PROJECT_NUMBER', poolId: 'POOL_ID' })[0]).toBe(
      'principalSet://iam.googleapis.com/projects/PROJECT_NUMBER/locations/global/workloadIdentityPools/POOL_ID/*',
    );
  });

  it.each([
    ['abcd', '1'],
    ['pool-with-32-characters-exactly1', '98765432109876543210'],
  ])('puts pool %s and project %s into every form', (poolId, projectNumber) => {
    const principals = poolPrincipals({ poolId, projectNumber });
    expect(principals).toHaveLength(3);
    for (const principal of principals) {
      expect(principal).toContain(`/projects/${projectNumber}/`);
      expect(principal).toMatch(new RegExp(`/workloadIdentityPools/${poolId}(/\\*)?$`));
      expect(principal.startsWith('principalSet://iam.googleapis.com/') || principal.startsWith('principal://iam.googleapis.com/')).toBe(true);
    }
  });

  it('accepts a parsed trust domain directly', () => {
    const domain = parseTrustDomain('my-pool.global.123456789012.workload.id.goog')!;
    expect(poolPrincipals(domain)).toEqual(poolPrincipals({ poolId: 'my-pool', projectNumber: '123456789012' }));
  });

  it('gives different principals for different pools and projects', () => {
    const base = poolPrincipals({ projectNumber: '123456789012', poolId: 'my-pool' });
    const otherPool = poolPrincipals({ projectNumber: '123456789012', poolId: 'my-pool-2' });
    const otherProject = poolPrincipals({ projectNumber: '123456789013', poolId: 'my-pool' });
    for (const principal of base) {
      expect(otherPool).not.toContain(principal);
      expect(otherProject).not.toContain(principal);
    }
  });
});

describe('REQUIRED_CA_POOL_ROLES', () => {
  it('names both roles of step B.3', () => {
    expect([...REQUIRED_CA_POOL_ROLES]).toEqual(['roles/privateca.poolReader', 'roles/privateca.workloadCertificateRequester']);
  });
});
