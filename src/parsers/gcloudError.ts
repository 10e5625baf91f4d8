/** gcloud's stderr verdict: `ERROR: (gcloud.GROUP.COMMAND) MESSAGE` (FACTS §5). */
export type GcloudError =
  | { kind: 'not-logged-in'; message: string }
  | { kind: 'permission-denied'; message: string }
  | { kind: 'not-found'; message: string }
  | { kind: 'other'; message: string };

export function parseGcloudError(stderr: string): GcloudError {
  const line = stderr.split('\n').find((l) => l.startsWith('ERROR:')) ?? stderr.trim().split('\n')[0] ?? '';
  const message = line.replace(/^ERROR:\s*(\([^)]*\)\s*)?/, '').trim() || 'gcloud failed without a message';
  if (/do not currently have an active account|gcloud auth login|Reauthentication|credentials.*(expired|invalid)/i.test(stderr)) {
    return { kind: 'not-logged-in', message };
  }
  if (/PERMISSION_DENIED|Required '[^']+' permission|does not have permission|\bforbidden\b/i.test(message)) {
    return { kind: 'permission-denied', message };
  }
  if (/NOT_FOUND|was not found/i.test(message)) return { kind: 'not-found', message };
  return { kind: 'other', message };
}
