import { describe, expect, it } from 'vitest';
import { parseConfigStatus } from '../../src/parsers/configStatusBody.js';

describe('parseConfigStatus: healthy bodies', () => {
  it.each([
    ['current, empty partner-metadata errors', '{"partnerMetadataConfigsErrors": {}}', { kind: 'ok' }],
    ['2022 form', '{"status": "OK", "metadataAttributesErrors": {}}', { kind: 'ok', status: 'OK' }],
    ['mixed-case status', '{"status": "Ok"}', { kind: 'ok', status: 'Ok' }],
    ['lower-case status', '{"status":"ok"}', { kind: 'ok', status: 'ok' }],
    ['empty object', '{}', { kind: 'ok' }],
    ['surrounding whitespace and CR LF (as in the config_status file)', '\r\n  {"partnerMetadataConfigsErrors": {}}\r\n', { kind: 'ok' }],
    ['pretty-printed', '{\n  "status": "OK",\n  "metadataAttributesErrors": {}\n}\n', { kind: 'ok', status: 'OK' }],
    ['unrelated keys', '{"status": "OK", "generation": 7, "note": "hello"}', { kind: 'ok', status: 'OK' }],
    ['an errors key that is not a map', '{"status": "OK", "partnerMetadataConfigsErrors": null}', { kind: 'ok', status: 'OK' }],
  ])('%s', (_, body, expected) => {
    expect(parseConfigStatus(body)).toEqual(expected);
  });
});

describe('parseConfigStatus: error maps', () => {
  it('names each failing entry of a string-valued map', () => {
    const body = JSON.stringify({
      partnerMetadataConfigsErrors: {
        'wc.compute.googleapis.com/certificate-issuance-config': 'ca_pool "projects/p/locations/us-central1/caPools/missing" not found',
        'iam.googleapis.com/workload-identity': 'missing attribute value',
      },
    });
    expect(parseConfigStatus(body)).toEqual({
      kind: 'errors',
      errors: [
        {
          entry: 'wc.compute.googleapis.com/certificate-issuance-config',
          message: 'ca_pool "projects/p/locations/us-central1/caPools/missing" not found',
        },
        { entry: 'iam.googleapis.com/workload-identity', message: 'missing attribute value' },
      ],
    });
  });

  it('reads object values with message and code', () => {
    const body = JSON.stringify({
      partnerMetadataConfigsErrors: {
        'wc.compute.googleapis.com/trust-config': { code: 'INVALID_ARGUMENT', message: 'trust domain missing' },
      },
    });
    expect(parseConfigStatus(body)).toEqual({
      kind: 'errors',
      errors: [{ entry: 'wc.compute.googleapis.com/trust-config', code: 'INVALID_ARGUMENT', message: 'trust domain missing' }],
    });
  });

  it.each([
    ['errorCode / errorMessage', { errorCode: 'INVALID_CONFIG', errorMessage: 'bad key_algorithm' }, { code: 'INVALID_CONFIG', message: 'bad key_algorithm' }],
    ['status / detail', { status: 'FAILED_PRECONDITION', detail: 'no CA pool' }, { code: 'FAILED_PRECONDITION', message: 'no CA pool' }],
    ['reason / error', { reason: 'NOT_FOUND', error: 'pool gone' }, { code: 'NOT_FOUND', message: 'pool gone' }],
    ['a numeric code (ignored) and a message', { code: 13, message: 'something broke' }, { message: 'something broke' }],
    ['no message field at all', { foo: 'bar' }, { message: '{"foo":"bar"}' }],
  ])('reads an object value with %s', (_, value, expected) => {
    const result = parseConfigStatus(JSON.stringify({ metadataAttributesErrors: { 'enable-workload-certificate': value } }));
    expect(result).toEqual({ kind: 'errors', errors: [{ entry: 'enable-workload-certificate', ...expected }] });
  });

  it('shows a non-string, non-object value as JSON', () => {
    expect(parseConfigStatus('{"partnerMetadataConfigsErrors": {"x": 42, "y": ["a", "b"]}}')).toEqual({
      kind: 'errors',
      errors: [
        { entry: 'x', message: '42' },
        { entry: 'y', message: '["a","b"]' },
      ],
    });
  });

  it('reads an INTERNAL_ERROR code given as a field', () => {
    const body = '{"partnerMetadataConfigsErrors": {"wc.compute.googleapis.com/certificate-issuance-config": {"code": "INTERNAL_ERROR", "message": "Internal error; contact support with id 1234"}}}';
    const result = parseConfigStatus(body);
    expect(result).toEqual({
      kind: 'errors',
      errors: [
        { entry: 'wc.compute.googleapis.com/certificate-issuance-config', code: 'INTERNAL_ERROR', message: 'Internal error; contact support with id 1234' },
      ],
    });
  });

  it.each([
    ['a string value', '{"partnerMetadataConfigsErrors": {"wc.compute.googleapis.com/trust-config": "INTERNAL_ERROR: failed to process trust config"}}'],
    ['an object message', '{"partnerMetadataConfigsErrors": {"wc.compute.googleapis.com/trust-config": {"message": "failed with INTERNAL_ERROR, retry later"}}}'],
  ])('finds an INTERNAL_ERROR code only inside the message of %s', (_, body) => {
    const result = parseConfigStatus(body);
    expect(result.kind).toBe('errors');
    if (result.kind !== 'errors') return;
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]).toMatchObject({ entry: 'wc.compute.googleapis.com/trust-config', code: 'INTERNAL_ERROR' });
    expect(result.errors[0]!.message).toContain('INTERNAL_ERROR');
  });

  it('sets no code when the message holds no CODE_LIKE word', () => {
    const result = parseConfigStatus('{"partnerMetadataConfigsErrors": {"e": "Internal error, try again"}}');
    expect(result).toEqual({ kind: 'errors', errors: [{ entry: 'e', message: 'Internal error, try again' }] });
  });

  it('collects errors from every *Errors map (unknown keys too), in order', () => {
    const body = JSON.stringify({
      status: 'OK',
      metadataAttributesErrors: { a: 'first' },
      partnerMetadataConfigsErrors: { b: 'second' },
      someFutureError: { c: 'third' },
    });
    const result = parseConfigStatus(body);
    expect(result).toEqual({
      kind: 'errors',
      errors: [
        { entry: 'a', message: 'first' },
        { entry: 'b', message: 'second' },
        { entry: 'c', message: 'third' },
      ],
    });
  });

  it('reports a status that is not OK as an error of its own', () => {
    expect(parseConfigStatus('{"status": "INTERNAL_ERROR: cannot load config"}')).toEqual({
      kind: 'errors',
      errors: [{ entry: 'status', message: 'INTERNAL_ERROR: cannot load config', code: 'INTERNAL_ERROR' }],
    });
    expect(parseConfigStatus('{"status": "FAILED", "partnerMetadataConfigsErrors": {}}')).toEqual({
      kind: 'errors',
      errors: [{ entry: 'status', message: 'FAILED' }],
    });
  });

  it('prefers the errors map over a non-OK status', () => {
    const result = parseConfigStatus('{"status": "ERROR", "partnerMetadataConfigsErrors": {"x": "broken"}}');
    expect(result).toEqual({ kind: 'errors', errors: [{ entry: 'x', message: 'broken' }] });
  });
});

describe('parseConfigStatus: not a JSON status', () => {
  it.each([
    ['the plain text', 'workload certificate feature not enabled'],
    ['the plain text with a newline', 'workload certificate feature not enabled\n'],
    ['different case', 'Workload Certificate Feature Not Enabled'],
    ['an HTML wrapper', '<html><body><p>workload certificate feature not enabled</p></body></html>'],
    ['a JSON body carrying the text', '{"status": "workload certificate feature not enabled"}'],
  ])('sees feature-not-enabled in %s', (_, body) => {
    expect(parseConfigStatus(body)).toEqual({ kind: 'feature-not-enabled' });
  });

  it.each([
    ['truncated JSON', '{"partnerMetadataConfigsErrors": {'],
    ['single quotes', "{'status': 'OK'}"],
    ['a trailing comma', '{"status": "OK",}'],
    ['binary garbage after a brace', '{\u0000\u00ff\u0001\ufffd\u0002'],
  ])('reports invalid JSON for %s', (_, body) => {
    const result = parseConfigStatus(body);
    expect(result.kind).toBe('invalid-json');
    if (result.kind === 'invalid-json') expect(result.message.length).toBeGreaterThan(0);
  });

  it.each([
    ['binary garbage', '\u0000\u00ff\u0001\ufffd\u0002PNG\r\n'],
    ['an HTML page', '<html><body>Service Unavailable</body></html>'],
    ['a plain sentence', 'something else entirely'],
  ])('returns %s as text, trimmed', (_, body) => {
    expect(parseConfigStatus(body)).toEqual({ kind: 'text', text: body.trim() });
  });

  it('returns an empty body as empty text', () => {
    expect(parseConfigStatus('')).toEqual({ kind: 'text', text: '' });
    expect(parseConfigStatus('  \n')).toEqual({ kind: 'text', text: '' });
  });

  it('does not return ok or errors for a JSON array', () => {
    const result = parseConfigStatus('[{"partnerMetadataConfigsErrors": {}}]');
    expect(result.kind).not.toBe('ok');
    expect(result.kind).not.toBe('errors');
  });

  // BUG (left unfixed on purpose, see the report): the `!isRecord(parsed)` branch is dead
  // code because only text starting with `{` reaches JSON.parse; an array comes back as
  // `{ kind: 'text' }`, which judgeStatusBody passes like an OK status.
  it('reports a JSON array as invalid-json ("not a JSON object")', () => {
    expect(parseConfigStatus('[]')).toEqual({ kind: 'invalid-json', message: 'not a JSON object' });
  });

  it('never throws, whatever the input', () => {
    const inputs = ['{', '}', '{"a":', 'null', 'true', '0', '"str"', '\u0000', '{"x": {"y": {"z": "INTERNAL_ERROR"}}}', 'x'.repeat(10_000)];
    for (const input of inputs) expect(() => parseConfigStatus(input)).not.toThrow();
  });
});
