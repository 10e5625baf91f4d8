/** Remedy pages of FACTS §9. */
const MTLS_SETUP = 'https://cloud.google.com/compute/docs/access/authenticate-workloads-over-mtls';
const UPDATE_GUEST = 'https://cloud.google.com/compute/docs/images/install-guest-environment#update-guest';
const MANAGED_IDENTITIES = 'https://cloud.google.com/iam/docs/create-managed-workload-identities';

/** The stable cause codes of the contract (`findings[].code`), with their severity and remedy link. */
export const CAUSES = {
  'metadata-unreachable': { severity: 'error' },
  'vm-unsupported': { severity: 'error', url: MTLS_SETUP },
  'feature-not-enabled': { severity: 'error', url: MTLS_SETUP },
  'config-not-applied': { severity: 'error', url: MTLS_SETUP },
  'guest-agent-outdated': { severity: 'error', url: UPDATE_GUEST },
  'guest-agent-version-unknown': { severity: 'warning', url: UPDATE_GUEST },
  'refresh-not-running': { severity: 'error', url: MTLS_SETUP },
  'refresh-failing': { severity: 'error', url: MTLS_SETUP },
  'config-error': { severity: 'error', url: MTLS_SETUP },
  'internal-error': { severity: 'error', url: 'https://cloud.google.com/support' },
  'ca-pool-permission-missing': { severity: 'error', url: MANAGED_IDENTITIES },
  'ca-pool-permission-conditional': { severity: 'warning', url: MANAGED_IDENTITIES },
  'workload-identity-invalid': { severity: 'error', url: MTLS_SETUP },
  'trust-domain-missing': { severity: 'error', url: MANAGED_IDENTITIES },
  'credentials-expired': { severity: 'error' },
  'credentials-stale': { severity: 'error' },
  'key-mismatch': { severity: 'error' },
  'spiffe-id-mismatch': { severity: 'error' },
  'chain-untrusted': { severity: 'error' },
  'tool-missing': { severity: 'warning', url: 'https://cloud.google.com/sdk/docs/install' },
  'gcloud-auth': { severity: 'warning', url: 'https://cloud.google.com/sdk/docs/authorizing' },
} as const satisfies Record<string, { severity: Severity; url?: string }>;

export type Severity = 'error' | 'warning' | 'info';
export type CauseCode = keyof typeof CAUSES;

export function causeUrl(code: CauseCode): string | undefined {
  const cause = CAUSES[code];
  return 'url' in cause ? cause.url : undefined;
}
