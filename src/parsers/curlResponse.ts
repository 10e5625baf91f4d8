import { HTTP_STATUS_MARKER } from '../probes/metadataProbe.js';
import type { ProbeResult } from '../probes/probe.js';

export type HttpReply =
  | { kind: 'http'; status: number; body: string }
  | { kind: 'unreachable'; curlExit: number; message: string }
  | { kind: 'curl-failed'; curlExit: number | null; message: string };

/** curl exits that mean "no metadata server there": unresolved host, refused, timed out, empty reply. */
export const UNREACHABLE_EXITS: ReadonlySet<number> = new Set([6, 7, 28, 52, 56]);

/** Splits what `curl -sS -w '\n<marker><code>\n'` printed into the body and the HTTP status. */
export function parseCurlResponse(result: ProbeResult): HttpReply {
  const message = result.stderr.trim().split('\n')[0] ?? '';
  if (result.exitCode !== null && UNREACHABLE_EXITS.has(result.exitCode)) {
    return { kind: 'unreachable', curlExit: result.exitCode, message };
  }
  const at = result.stdout.lastIndexOf(`\n${HTTP_STATUS_MARKER}`);
  const status = at < 0 ? NaN : Number.parseInt(result.stdout.slice(at + 1 + HTTP_STATUS_MARKER.length), 10);
  if (result.exitCode !== 0 || !Number.isInteger(status) || status === 0) {
    return { kind: 'curl-failed', curlExit: result.exitCode, message: message || 'curl printed no HTTP status' };
  }
  return { kind: 'http', status, body: result.stdout.slice(0, at) };
}
