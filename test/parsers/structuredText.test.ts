import { describe, expect, it } from 'vitest';
import { dig, isRecord, numberIn, parseStructured } from '../../src/parsers/structuredText.js';

describe('parseStructured: YAML (gcloud default output)', () => {
  it('reads a block mapping with a nested list', () => {
    const text = ['bindings:', '- members:', '  - user:a@example.com', '  role: roles/viewer', 'etag: ACAB', 'version: 1', ''].join('\n');
    expect(parseStructured(text)).toEqual({
      ok: true,
      value: { bindings: [{ members: ['user:a@example.com'], role: 'roles/viewer' }], etag: 'ACAB', version: 1 },
    });
  });

  it('reads a single key', () => {
    expect(parseStructured('etag: ACAB\n')).toEqual({ ok: true, value: { etag: 'ACAB' } });
  });

  it('reads a document with a leading --- marker', () => {
    expect(parseStructured('---\netag: ACAB\n')).toEqual({ ok: true, value: { etag: 'ACAB' } });
  });

  it('reads CRLF line endings', () => {
    expect(parseStructured('a: 1\r\nb: two\r\n')).toEqual({ ok: true, value: { a: 1, b: 'two' } });
  });

  it('keeps a bare scalar as a scalar', () => {
    expect(parseStructured('hello')).toEqual({ ok: true, value: 'hello' });
  });

  it('gives null for empty output', () => {
    expect(parseStructured('')).toEqual({ ok: true, value: null });
  });

  it('lets the last of duplicate keys win rather than failing', () => {
    expect(parseStructured('a: 1\na: 2\n')).toEqual({ ok: true, value: { a: 2 } });
  });
});

describe('parseStructured: JSON (--format=json, metadata alt=json)', () => {
  it('reads pretty-printed JSON', () => {
    const text = JSON.stringify({ caPools: { 'us-central1': 'projects/p/locations/us-central1/caPools/x' }, lifetime: '86400s', rotationWindowPercentage: 50 }, null, 2);
    expect(parseStructured(text)).toEqual({
      ok: true,
      value: { caPools: { 'us-central1': 'projects/p/locations/us-central1/caPools/x' }, lifetime: '86400s', rotationWindowPercentage: 50 },
    });
  });

  it('reads compact JSON with nested objects and lists', () => {
    expect(parseStructured('{"a":{"b":[1,"2",true,null]}}')).toEqual({ ok: true, value: { a: { b: [1, '2', true, null] } } });
  });

  it('reads a JSON list', () => {
    expect(parseStructured('[{"name":"vm-1"}]')).toEqual({ ok: true, value: [{ name: 'vm-1' }] });
  });

  it('keeps strings with escaped newlines intact', () => {
    const pem = '-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n';
    expect(parseStructured(JSON.stringify({ pem }))).toEqual({ ok: true, value: { pem } });
  });
});

describe('parseStructured: malformed input never throws', () => {
  it.each([
    ['an unterminated JSON object', '{"a": '],
    ['an unterminated JSON list', '['],
    ['a stray closing bracket', ']'],
    ['an unterminated string', '"unterminated'],
    ['a nested compact mapping', 'a: b: c'],
    ['a scalar after a list at the same level', '- a\nb: c'],
    ['inconsistent indentation', '  a: 1\n b: 2'],
    ['tab indentation', '\t- x'],
    ['a reserved indicator', '@foo'],
    ['several documents', '--- a\n--- b'],
    ['an HTML error page', '<html>\n<p>The requested URL <code>/x</code> was not found: on this server.</p>\n  x: y\n</html>'],
  ])('%s', (_, text) => {
    const result = parseStructured(text);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.message.length).toBeGreaterThan(0);
      expect(result.message).not.toContain('\n');
    }
  });

  it('keeps only the first line of the parser message', () => {
    const result = parseStructured('{"a": ');
    expect(result).toEqual({ ok: false, message: expect.stringMatching(/^[^\n]+$/) });
  });

  it('refuses an alias bomb instead of expanding it', () => {
    const bomb = [
      'a: &a [1,1,1,1,1,1,1,1,1,1]',
      'b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a,*a]',
      'c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b,*b]',
      'd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c,*c]',
      'e: [*d,*d,*d,*d,*d,*d,*d,*d,*d,*d]',
    ].join('\n');
    expect(parseStructured(bomb).ok).toBe(false);
  });
});

describe('parseStructured: binary input', () => {
  it.each([
    ['a lone NUL', '\0'],
    ['NUL inside otherwise valid YAML', 'etag: AC\0AB'],
    ['NUL inside otherwise valid JSON', '{"a": 1}\0'],
    ['ELF-like bytes', '\x7fELF\x02\x01\x01\0\0\0'],
  ])('%s is refused as binary output', (_, text) => {
    expect(parseStructured(text)).toEqual({ ok: false, message: 'binary output' });
  });
});

describe('isRecord', () => {
  it.each([
    ['an empty object', {}, true],
    ['an object', { a: 1 }, true],
    ['a null-prototype object', Object.create(null) as object, true],
    ['a list', [], false],
    ['a list of objects', [{ a: 1 }], false],
    ['null', null, false],
    ['undefined', undefined, false],
    ['a string', 'a', false],
    ['a number', 1, false],
    ['a boolean', true, false],
  ])('%s → %s', (_, value, expected) => {
    expect(isRecord(value)).toBe(expected);
  });
});

describe('dig', () => {
  const tree = {
    primary_certificate_authority_config: { certificate_authority_config: { ca_pool: 'projects/p/locations/r/caPools/x' } },
    list: [{ a: 1 }],
    nothing: null,
    zero: 0,
  };

  it('follows a path of keys', () => {
    expect(dig(tree, 'primary_certificate_authority_config', 'certificate_authority_config', 'ca_pool')).toBe('projects/p/locations/r/caPools/x');
  });

  it('returns the value itself for an empty path', () => {
    expect(dig(tree)).toBe(tree);
  });

  it('returns an intermediate object', () => {
    expect(dig(tree, 'primary_certificate_authority_config')).toEqual({ certificate_authority_config: { ca_pool: 'projects/p/locations/r/caPools/x' } });
  });

  it('keeps falsy leaves', () => {
    expect(dig(tree, 'zero')).toBe(0);
    expect(dig(tree, 'nothing')).toBeNull();
  });

  it.each([
    ['a missing first key', ['absent']],
    ['a missing inner key', ['primary_certificate_authority_config', 'absent', 'ca_pool']],
    ['a step past a leaf', ['primary_certificate_authority_config', 'certificate_authority_config', 'ca_pool', 'length']],
    ['a step into a list', ['list', '0', 'a']],
    ['a step through null', ['nothing', 'a']],
    ['a step through a number', ['zero', 'a']],
  ])('is undefined at %s', (_, path) => {
    expect(dig(tree, ...path)).toBeUndefined();
  });

  it.each([
    ['null', null],
    ['undefined', undefined],
    ['a string', 'abc'],
    ['a list', [1, 2]],
  ])('is undefined when starting from %s', (_, value) => {
    expect(dig(value, 'a')).toBeUndefined();
  });
});

describe('numberIn', () => {
  it.each([
    ['a number', 86400, 86400],
    ['a numeric string', '86400', 86400],
    ['a protobuf duration', '86400s', 86400],
    ['a fractional duration', '3600.5s', 3600.5],
    ['zero', 0, 0],
    ['zero as a string', '0', 0],
    ['a percentage as a number', 50, 50],
    ['a percentage as a string', '50', 50],
    ['surrounding whitespace', ' 86400 ', 86400],
    ['a negative number', -1, -1],
  ])('reads %s', (_, value, expected) => {
    expect(numberIn(value)).toBe(expected);
  });

  it.each([
    ['an empty string', ''],
    ['a word', 'abc'],
    ['a unit before the number', 's86400'],
    ['NaN', Number.NaN],
    ['Infinity', Number.POSITIVE_INFINITY],
    ['"Infinity"', 'Infinity'],
    ['an overflowing string', '1e400'],
    ['null', null],
    ['undefined', undefined],
    ['a boolean', true],
    ['an object', { seconds: 86400 }],
    ['a list', [86400]],
  ])('gives undefined for %s', (_, value) => {
    expect(numberIn(value)).toBeUndefined();
  });
});
