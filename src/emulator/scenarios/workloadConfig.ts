import { FEATURE_NOT_ENABLED_BODY } from '../googlePages.js';
import type { Scenario } from '../scenario.js';
import { binding, CA_POOL, partnerConfigs, policy, POOL_ID, PROJECT_NUMBER, SPIFFE_ID, TRUST_DOMAIN, variant } from './base.js';

const READER = 'roles/privateca.poolReader';
const REQUESTER = 'roles/privateca.workloadCertificateRequester';
/** Symptoms B and C: the VM got its configuration, but no credentials came. */
const onlyConfigStatus = { credentials: 'config-status-only' as const };

/** The pool-level generation (FACTS §3): identity on the instance, configs on the pool. */
const poolLevel = {
  metadata: { partnerAttributes: undefined },
  gcloud: {
    instance: { workloadIdentityConfig: { identity: `//${TRUST_DOMAIN}/ns/default/sa/frontend`, identityCertificateEnabled: true } },
    pools: {
      [POOL_ID]: {
        inlineCertificateIssuanceConfig: { caPools: { 'us-central1': CA_POOL }, keyAlgorithm: 'ECDSA_P256', lifetime: '86400s', rotationWindowPercentage: 50 },
        inlineTrustConfig: { additionalTrustBundles: { 'partner.global.987654321098.workload.id.goog': { trustAnchors: [{ pemCertificate: '-----BEGIN CERTIFICATE-----\nMIIB…\n-----END CERTIFICATE-----\n' }] } } },
      },
    },
  },
};
const withPoolLevel = (change: { gcloud?: Partial<Scenario['gcloud']> } = {}) => ({
  ...poolLevel,
  gcloud: { ...poolLevel.gcloud, ...change.gcloud },
});

/** Causes of symptoms B (only `config_status`) and C (endpoints answer 404), in both generations. */
export const workloadConfigScenarios: Scenario[] = [
  variant('healthy-pool-level', 'A working VM of the pool-level generation (--identity on the instance, configs on the pool)', withPoolLevel()),
  variant('config-status-feature-off', 'config_status says "workload certificate feature not enabled"', {
    metadata: { configStatus: { status: 404, body: FEATURE_NOT_ENABLED_BODY }, partnerAttributes: undefined },
    ...onlyConfigStatus,
  }),
  variant('ca-pool-permission-missing', 'The pool\'s principal has poolReader on the CA pool, not workloadCertificateRequester', {
    gcloud: { caPoolPolicies: { 'workload-ca': policy(binding(READER)) } },
    ...onlyConfigStatus,
  }),
  variant('ca-pool-permission-missing-pool-level', 'Pool-level generation: the CA pool has an empty IAM policy (etag: ACAB)', {
    ...withPoolLevel({ gcloud: { caPoolPolicies: { 'workload-ca': policy() } } }),
    ...onlyConfigStatus,
  }),
  variant('ca-pool-permission-conditional', 'workloadCertificateRequester is granted only under an IAM condition', {
    gcloud: {
      caPoolPolicies: {
        'workload-ca': {
          ...policy(binding(READER), { ...binding(REQUESTER), condition: { expression: 'request.time < timestamp("2025-01-01T00:00:00Z")', title: 'until-2025' } }),
          version: 3,
        },
      },
    },
    ...onlyConfigStatus,
  }),
  variant('ca-pool-other-principal', 'The roles are granted, but to another pool of another project', {
    gcloud: {
      caPoolPolicies: {
        'workload-ca': policy(
          binding(READER, 'principalSet://iam.googleapis.com/projects/999999999999/locations/global/workloadIdentityPools/other-pool/*'),
          binding(REQUESTER, 'principalSet://iam.googleapis.com/projects/999999999999/locations/global/workloadIdentityPools/other-pool/*'),
        ),
      },
    },
    ...onlyConfigStatus,
  }),
  variant('workload-identity-invalid', 'iam.googleapis.com/workload-identity breaks the ID rules (upper case, underscore)', {
    workloadIdentity: SPIFFE_ID,
    metadata: { partnerAttributes: partnerConfigs(`spiffe://${TRUST_DOMAIN}/ns/default/sa/Frontend_1`) },
    ...onlyConfigStatus,
  }),
  variant('workload-identity-invalid-pool-level', 'Pool-level generation: the instance\'s identity names the reserved pool prefix gcp-', {
    ...withPoolLevel({ gcloud: { instance: { workloadIdentityConfig: { identity: `//gcp-pool.global.${PROJECT_NUMBER}.workload.id.goog/ns/default/sa/frontend`, identityCertificateEnabled: true } } } }),
    ...onlyConfigStatus,
  }),
  variant('trust-domain-missing', 'The trust config trusts another domain but not the VM\'s own', {
    metadata: { partnerAttributes: partnerConfigs(SPIFFE_ID, { 'partner.global.987654321098.workload.id.goog': { trust_anchors: [{ ca_pool: CA_POOL }] } }) },
    ...onlyConfigStatus,
  }),
];
