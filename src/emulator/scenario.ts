/** An HTTP answer of the emulated metadata server. */
export interface Reply {
  status: number;
  body: string;
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
  };
  gcloud: {
    /** Not installed: the fake is left off PATH, and so is any real gcloud. */
    installed: boolean;
    /** `gcloud auth` has no active account. */
    loggedIn: boolean;
    serialPortOutput: GcloudOutput;
  };
  /** journalctl output per unit; a unit left out has no entries. */
  journal: Record<string, string>;
  credentials: 'missing' | 'complete';
}
