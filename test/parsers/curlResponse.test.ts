import { describe, expect, it } from 'vitest';
import { parseCurlResponse } from '../../src/parsers/curlResponse.js';
import { HTTP_STATUS_MARKER } from '../../src/probes/metadataProbe.js';
import type { ProbeResult } from '../../src/probes/probe.js';

/** What `curl -sS -w '\n<marker>%{http_code}\n'` prints for a body and a status. */
const printed = (body: string, status: string | number) => `${body}\n${HTTP_STATUS_MARKER}${status}\n`;

const result = (overrides: Partial<ProbeResult>): ProbeResult => ({
  probeId: 'config-status',
  stdout: '',
  stderr: '',
  exitCode: 0,
  ms: 12,
  ...overrides,
});

describe('parseCurlResponse: HTTP replies', () => {
  it('uses the marker the metadata probe writes', () => {
    expect(HTTP_STATUS_MARKER.length).toBeGreaterThan(0);
    expect(HTTP_STATUS_MARKER).not.toMatch(/\n/);
  });

  it.each([
    ['a JSON body', '{"partnerMetadataConfigsErrors": {}}', 200],
    ['an empty body', '', 412],
    ['a body ending in a newline', 'workload certificate feature not enabled\n', 404],
    ['a multi-line HTML page', '<!DOCTYPE html>\n<html lang=en>\n<p>The requested URL was not found on this server.\n', 404],
    ['a body with CR LF', 'line one\r\nline two\r\n', 500],
    ['a body that is just a newline', '\n', 200],
  ])('splits %s from its status', (_, body, status) => {
    expect(parseCurlResponse(result({ stdout: printed(body, status) }))).toEqual({ kind: 'http', status, body });
  });

  it('keeps a body that itself contains the marker text earlier', () => {
    const body = `first line\n${HTTP_STATUS_MARKER}200\nthe body goes on ${HTTP_STATUS_MARKER}999 and on\n${HTTP_STATUS_MARKER}`;
    expect(parseCurlResponse(result({ stdout: printed(body, 404) }))).toEqual({ kind: 'http', status: 404, body });
  });

  it('keeps a body that starts with the marker text', () => {
    const body = `${HTTP_STATUS_MARKER}200`;
    expect(parseCurlResponse(result({ stdout: printed(body, 403) }))).toEqual({ kind: 'http', status: 403, body });
  });

  it('ignores warnings on stderr when curl succeeded', () => {
    const reply = parseCurlResponse(result({ stdout: printed('ok', 200), stderr: 'curl: (3) some warning\n' }));
    expect(reply).toEqual({ kind: 'http', status: 200, body: 'ok' });
  });
});

describe('parseCurlResponse: no metadata server', () => {
  it.each([
    [6, 'curl: (6) Could not resolve host: metadata.google.internal'],
    [7, 'curl: (7) Failed to connect to 169.254.169.254 port 80 after 3 ms: Connection refused'],
    [28, 'curl: (28) Connection timed out after 5001 milliseconds'],
    [52, 'curl: (52) Empty reply from server'],
    [56, 'curl: (56) Recv failure: Connection reset by peer'],
  ])('curl exit %i is unreachable, with its first stderr line', (exit, message) => {
    const reply = parseCurlResponse(result({ exitCode: exit, stdout: printed('', '000'), stderr: `${message}\nmore detail\n` }));
    expect(reply).toEqual({ kind: 'unreachable', curlExit: exit, message });
  });

  it('is unreachable even when stdout carries no marker at all', () => {
    expect(parseCurlResponse(result({ exitCode: 7, stdout: '', stderr: '' }))).toEqual({ kind: 'unreachable', curlExit: 7, message: '' });
  });
});

describe('parseCurlResponse: curl failures', () => {
  it.each([
    ['status 000 with exit 0', result({ stdout: printed('', '000') })],
    ['no marker', result({ stdout: 'just a body\n' })],
    ['empty stdout', result({ stdout: '' })],
    ['a marker with no number', result({ stdout: `body\n${HTTP_STATUS_MARKER}\n` })],
    ['a marker with garbage', result({ stdout: `body\n${HTTP_STATUS_MARKER}abc\n` })],
  ])('%s → curl-failed with a stock message', (_, probe) => {
    expect(parseCurlResponse(probe)).toEqual({ kind: 'curl-failed', curlExit: 0, message: 'curl printed no HTTP status' });
  });

  it('reports another curl exit with its first stderr line, even with a status printed', () => {
    const reply = parseCurlResponse(
      result({ exitCode: 18, stdout: printed('{"partial":', 200), stderr: '  curl: (18) transfer closed with 100 bytes remaining to read\nsecond\n' }),
    );
    expect(reply).toEqual({ kind: 'curl-failed', curlExit: 18, message: 'curl: (18) transfer closed with 100 bytes remaining to read' });
  });

  it('reports a killed curl (no exit code) as curl-failed', () => {
    const reply = parseCurlResponse(result({ exitCode: null, stdout: '', stderr: '' }));
    expect(reply).toEqual({ kind: 'curl-failed', curlExit: null, message: 'curl printed no HTTP status' });
  });
});
