/** The stable cause codes of the contract (`findings[].code`), with their severity and remedy link. */
export const CAUSES = {
  'metadata-unreachable': { severity: 'error' },
  'vm-unsupported': { severity: 'error', url: 'https://cloud.google.com/compute/docs/access/authenticate-workloads-over-mtls' },
  'feature-not-enabled': { severity: 'error', url: 'https://cloud.google.com/compute/docs/access/authenticate-workloads-over-mtls' },
  'config-not-applied': { severity: 'error', url: 'https://cloud.google.com/compute/docs/access/authenticate-workloads-over-mtls' },
  'guest-agent-outdated': { severity: 'error', url: 'https://cloud.google.com/compute/docs/images/install-guest-environment#update-guest' },
  'guest-agent-version-unknown': { severity: 'warning', url: 'https://cloud.google.com/compute/docs/images/install-guest-environment#update-guest' },
  'refresh-not-running': { severity: 'error', url: 'https://cloud.google.com/compute/docs/access/authenticate-workloads-over-mtls' },
  'refresh-failing': { severity: 'error', url: 'https://cloud.google.com/compute/docs/access/authenticate-workloads-over-mtls' },
  'config-error': { severity: 'error', url: 'https://cloud.google.com/compute/docs/access/authenticate-workloads-over-mtls' },
  'internal-error': { severity: 'error', url: 'https://cloud.google.com/support' },
  'ca-pool-permission-missing': { severity: 'error', url: 'https://cloud.google.com/iam/docs/create-managed-workload-identities' },
  'ca-pool-permission-conditional': { severity: 'warning', url: 'https://cloud.google.com/iam/docs/create-managed-workload-identities' },
  'workload-identity-invalid': { severity: 'error', url: 'https://cloud.google.com/compute/docs/access/authenticate-workloads-over-mtls' },
  'trust-domain-missing': { severity: 'error', url: 'https://cloud.google.com/iam/docs/create-managed-workload-identities' },
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
