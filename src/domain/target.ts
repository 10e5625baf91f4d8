/** Where the diagnosis points: the VM and its project, and how the VM-side steps reach it. */
export interface Target {
  vm?: string;
  zone?: string;
  project?: string;
  /** Where VM-side steps ran: here, over one ssh connection, or from collected evidence. */
  via: 'local' | 'ssh' | 'evidence';
}

/** What the user says the workload should be; anything left out is discovered. */
export interface WorkloadFlags {
  workloadIdentity?: string;
  poolId?: string;
  projectNumber?: string;
  namespace?: string;
  managedIdentity?: string;
  caPool?: string;
  caPoolRegion?: string;
}

/** Values the user gave (or the tool derived) that checks fill into commands and remedies. */
export interface Params {
  credsDir: string;
  metadataHost: string;
  timeoutMs: number;
  metadataTimeoutMs: number;
  workload: WorkloadFlags;
}

export const DEFAULT_CREDS_DIR = '/var/run/secrets/workload-spiffe-credentials';
export const DEFAULT_METADATA_HOST = 'metadata.google.internal';

/** The document's own values: what `checks` and `--explain` show, and what tests compare. */
export const DOCUMENT_PARAMS: Params = {
  credsDir: DEFAULT_CREDS_DIR,
  metadataHost: DEFAULT_METADATA_HOST,
  timeoutMs: 10_000,
  metadataTimeoutMs: 2000,
  workload: {},
};
