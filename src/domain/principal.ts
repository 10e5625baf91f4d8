import type { TrustDomain } from './spiffeId.js';

/**
 * The principal a CA pool binding must name for a workload identity pool (FACTS §4), in the
 * three spellings IAM accepts. The first is the one the document shows and the fix uses.
 */
export function poolPrincipals({ projectNumber, poolId }: Pick<TrustDomain, 'projectNumber' | 'poolId'>): string[] {
  const base = `//iam.googleapis.com/projects/${projectNumber}`;
  return [
    `principalSet:${base}/locations/global/workloadIdentityPools/${poolId}/*`,
    `principalSet:${base}/name/locations/global/workloadIdentityPools/${poolId}/*`,
    `principal:${base}/name/locations/global/workloadIdentityPools/${poolId}`,
  ];
}

export const REQUIRED_CA_POOL_ROLES = ['roles/privateca.poolReader', 'roles/privateca.workloadCertificateRequester'] as const;
