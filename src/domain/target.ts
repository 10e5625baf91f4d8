/** Where the diagnosis points: the VM and its project, and how the VM-side steps reach it. */
export interface Target {
  vm?: string;
  zone?: string;
  project?: string;
  via: 'local';
}

/** Values the user gave (or the tool derived) that checks fill into commands and remedies. */
export interface Params {
  credsDir: string;
  metadataHost: string;
  timeoutMs: number;
  metadataTimeoutMs: number;
}

export const DEFAULT_CREDS_DIR = '/var/run/secrets/workload-spiffe-credentials';
export const DEFAULT_METADATA_HOST = 'metadata.google.internal';
