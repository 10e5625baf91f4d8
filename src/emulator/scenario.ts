/** An HTTP answer of the emulated metadata server. */
export interface Reply {
  status: number;
  body: string;
}

export type CredentialsFault = 'expired' | 'stale' | 'key-mismatch' | 'spiffe-id-mismatch' | 'chain-untrusted';

export type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

/** An IAM policy as gcloud returns it. */
export interface IamPolicy {
  bindings?: Array<{ members: string[]; role: string; condition?: { expression: string; title: string } }>;
  etag: string;
  version?: number;
}

/** What a fake gcloud command prints: its stdout, or gcloud's error, or nothing ever (a hang). */
export type GcloudOutput = { stdout: string; stderr?: string } | { error: string } | { hang: true };

/**
 * A simulated VM: everything the emulator serves for it. Scenarios are data; the metadata
 * server, the fake tools and the credentials directory are all built from one of these.
 */
export interface Scenario {
  id: string;
  summary: string;
  instance: { name: string; zone: string; projectId: string; projectNumber: string };
  /** The VM's SPIFFE ID (`iam.googleapis.com/workload-identity`). */
  workloadIdentity: string;
  /** `undefined`: no metadata server at all (not on Compute Engine). */
  metadata?: {
    configStatus: Reply;
    /**
     * How `workload-identities` and `trust-anchors` answer. By default: 200 with the VM's
     * credentials when the directory is complete; else what config-status answers, or
     * Google's 404 page when that is a 200.
     */
    endpoints?: Reply;
    /** Partner attributes by namespace, then key (partner-metadata generation). */
    partnerAttributes?: Record<string, Record<string, Json>>;
  };
  gcloud: {
    /** Not installed: the fake is left off PATH, and so is any real gcloud. */
    installed: boolean;
    /** `gcloud auth` has no active account. */
    loggedIn: boolean;
    serialPortOutput: GcloudOutput;
    /** What `compute instances describe` adds to the instance (pool-level: `workloadIdentityConfig`). */
    instance?: { [key: string]: Json };
    /** `iam workload-identity-pools describe`, by pool ID. */
    pools?: Record<string, { [key: string]: Json }>;
    /** `compute ssh` fails with this gcloud error (IAP, not authorised, VM stopped); by default it runs the command here. */
    sshError?: string;
    /** `privateca pools get-iam-policy`, by CA pool ID. */
    caPoolPolicies?: Record<string, IamPolicy>;
  };
  /** journalctl output per unit; a unit left out has no entries. */
  journal: Record<string, string>;
  credentials: 'missing' | 'config-status-only' | 'complete';
  /** What is wrong with complete credentials, if anything. */
  credentialsFault?: CredentialsFault;
  /** The new agent's gRPC path writes `trust_bundles.json` instead of `ca_certificates.pem` and `config_status`. */
  trustAnchorsFile?: 'ca_certificates.pem' | 'trust_bundles.json';
}
