import { legacyAgentLine, linuxConsole } from '../consoles.js';
import { journal, serviceSucceeded, timerStarted } from '../journals.js';
import type { IamPolicy, Json, Scenario } from '../scenario.js';
import { REFRESH_SERVICE_UNIT, REFRESH_TIMER_UNIT } from '../../probes/catalog.js';

export const POOL_ID = 'my-pool';
export const PROJECT_NUMBER = '123456789012';
export const TRUST_DOMAIN = `${POOL_ID}.global.${PROJECT_NUMBER}.workload.id.goog`;
export const SPIFFE_ID = `spiffe://${TRUST_DOMAIN}/ns/default/sa/frontend`;
export const CA_POOL = 'projects/my-project/locations/us-central1/caPools/workload-ca';
export const PRINCIPAL = `principalSet://iam.googleapis.com/projects/${PROJECT_NUMBER}/locations/global/workloadIdentityPools/${POOL_ID}/*`;

export const binding = (role: string, member = PRINCIPAL) => ({ members: [member], role });
export const policy = (...bindings: NonNullable<IamPolicy['bindings']>): IamPolicy =>
  bindings.length ? { bindings, etag: 'BwYx8wLhVfE=', version: 1 } : { etag: 'ACAB' };
const grantedPolicy = policy(binding('roles/privateca.poolReader'), binding('roles/privateca.workloadCertificateRequester'));

/** The partner metadata of FACTS §3: `CONFIGS.json` as the VM was created with it. */
export const partnerConfigs = (identity = SPIFFE_ID, trust: Record<string, Json> = { [TRUST_DOMAIN]: { trust_anchors: [{ ca_pool: CA_POOL }] } }) => ({
  'iam.googleapis.com': { 'workload-identity': identity },
  'wc.compute.googleapis.com': {
    'certificate-issuance-config': {
      primary_certificate_authority_config: { certificate_authority_config: { ca_pool: CA_POOL } },
      key_algorithm: 'ecdsa-p256',
      workload_certificate_lifetime_seconds: 86400,
      rotation_window_percentage: 50,
    },
    'trust-config': trust,
  },
});

/** A healthy VM of the partner-metadata generation; other scenarios change one thing of it. */
export const healthy: Scenario = {
  id: 'healthy',
  summary: 'A working VM: feature enabled, agent 20231115.00, refresher succeeding, CA pool granted',
  instance: { name: 'vm-1', zone: 'us-central1-a', projectId: 'my-project', projectNumber: PROJECT_NUMBER },
  workloadIdentity: SPIFFE_ID,
  metadata: { configStatus: { status: 200, body: '{"partnerMetadataConfigsErrors": {}}' }, partnerAttributes: partnerConfigs() },
  gcloud: {
    installed: true,
    loggedIn: true,
    serialPortOutput: { stdout: linuxConsole([legacyAgentLine('20231115.00')]) },
    caPoolPolicies: { 'workload-ca': grantedPolicy },
  },
  journal: {
    [REFRESH_TIMER_UNIT]: journal(timerStarted),
    [REFRESH_SERVICE_UNIT]: journal(serviceSucceeded('04:03:51'), serviceSucceeded('04:13:56')),
  },
  credentials: 'complete',
};

type Change = Omit<Partial<Scenario>, 'gcloud' | 'metadata'> & {
  gcloud?: Partial<Scenario['gcloud']>;
  metadata?: Partial<NonNullable<Scenario['metadata']>> | undefined;
};

/** The healthy VM with one thing changed. */
export const variant = (id: string, summary: string, change: Change): Scenario => ({
  ...healthy,
  ...change,
  id,
  summary,
  metadata: 'metadata' in change && change.metadata === undefined ? undefined : { ...healthy.metadata!, ...change.metadata },
  gcloud: { ...healthy.gcloud, ...change.gcloud },
});
