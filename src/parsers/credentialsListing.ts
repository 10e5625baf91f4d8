/** What `ls -A CREDS_DIR` says the directory holds (FACTS §8). */
export type DirectoryState =
  | { kind: 'absent' }
  | { kind: 'config-status-only' }
  | { kind: 'complete'; files: string[] }
  | { kind: 'incomplete'; files: string[] }
  | { kind: 'unreadable'; message: string };

const CERTIFICATE_FILES = ['certificates.pem', 'private_key.pem'];
const ANCHOR_FILES = ['ca_certificates.pem', 'trust_bundles.json'];

export function parseCredentialsListing(stdout: string, stderr: string, exitCode: number | null): DirectoryState {
  if (exitCode !== 0) {
    return /No such file or directory/i.test(stderr) ? { kind: 'absent' } : { kind: 'unreadable', message: stderr.trim().split('\n')[0] ?? '' };
  }
  const files = stdout.split('\n').map((line) => line.trim()).filter(Boolean);
  if (files.length === 1 && files[0] === 'config_status') return { kind: 'config-status-only' };
  const complete = CERTIFICATE_FILES.every((file) => files.includes(file)) && ANCHOR_FILES.some((file) => files.includes(file));
  return complete ? { kind: 'complete', files } : { kind: 'incomplete', files };
}
