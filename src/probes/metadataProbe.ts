import type { Probe } from './probe.js';

/** curl's `-w` trailer: the body can hold anything, so the status goes after a marker line. */
export const HTTP_STATUS_MARKER = 'wid-check-http-status:';

interface MetadataRequest {
  id: string;
  path: string;
  host: string;
  timeoutMs: number;
  /** The document's spelling (two spaces after curl), used when the document shows this request. */
  documented?: boolean;
}

/** A GET on the metadata server through the real curl, with the header the server demands. */
export function metadataProbe({ id, path, host, timeoutMs, documented }: MetadataRequest): Probe {
  const url = `http://${host}/computeMetadata/v1/${path}`;
  const seconds = String(Math.max(1, Math.ceil(timeoutMs / 1000)));
  return {
    id,
    where: 'vm',
    argv: ['curl', '-sS', '--max-time', seconds, '-H', 'Metadata-Flavor: Google', '-w', `\n${HTTP_STATUS_MARKER}%{http_code}\n`, url],
    display: documented
      ? `curl  "${url}" -H "Metadata-Flavor: Google"`
      : `curl -H "Metadata-Flavor: Google" "${url}"`,
    timeoutMs: timeoutMs + 1000,
  };
}
