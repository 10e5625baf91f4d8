import { describe, expect, it } from 'vitest';
import { parsePeer } from '../../src/cli/commands/mtlsCommand.js';

describe('parsePeer', () => {
  it.each([
    ['backend.internal:8443', { host: 'backend.internal', port: 8443 }],
    ['backend:443', { host: 'backend', port: 443 }],
    ['10.0.0.5:443', { host: '10.0.0.5', port: 443 }],
    ['Backend-1.Example.COM:8443', { host: 'Backend-1.Example.COM', port: 8443 }],
    ['[::1]:443', { host: '::1', port: 443 }],
    ['[2001:db8::1]:8443', { host: '2001:db8::1', port: 8443 }],
    ['[::ffff:10.0.0.5]:443', { host: '::ffff:10.0.0.5', port: 443 }],
    ['localhost:1', { host: 'localhost', port: 1 }],
    ['localhost:65535', { host: 'localhost', port: 65535 }],
    [`${'a'.repeat(253)}:443`, { host: 'a'.repeat(253), port: 443 }],
  ])('%s', (value, expected) => {
    expect(parsePeer(value)).toEqual(expected);
  });

  it.each([
    ['no port', 'backend.internal'],
    ['an empty port', 'backend.internal:'],
    ['no host', ':443'],
    ['empty', ''],
    ['a bracketed IPv6 without port', '[::1]'],
    ['an IPv6 address without brackets', '::1:443'],
    ['an IPv6 address without brackets (full)', '2001:db8::1:443'],
    ['an unclosed bracket', '[::1:443'],
    ['empty brackets', '[]:443'],
    ['brackets around a name', '[backend]:443'],
    ['port 0', 'backend:0'],
    ['port 00000', 'backend:00000'],
    ['port 65536', 'backend:65536'],
    ['port 70000', 'backend:70000'],
    ['port 99999', 'backend:99999'],
    ['a six-digit port', 'backend:123456'],
    ['a negative port', 'backend:-1'],
    ['a non-numeric port', 'backend:https'],
    ['a hex port', 'backend:0x1bb'],
    ['a port with a letter', 'backend:4a3'],
    ['a space before the port', 'backend: 443'],
    ['a leading space', ' backend:443'],
    ['a trailing space', 'backend:443 '],
    ['a trailing newline', 'backend:443\n'],
    ['a newline in the host', 'back\nend:443'],
    ['a NUL byte', 'backend\0:443'],
    ['a shell command', 'backend;rm -rf /:443'],
    ['command substitution', '$(id):443'],
    ['backticks', '`id`:443'],
    ['a pipe', 'backend|nc evil 1:443'],
    ['an option', '-oProxyCommand=sh:22'],
    ['a URL', 'https://backend:443'],
    ['user info', 'user@backend:443'],
    ['a path', 'backend/x:443'],
    ['an underscore', 'back_end:443'],
    ['a host of 254 characters', `${'a'.repeat(254)}:443`],
    ['non-ASCII', 'bäckend:443'],
  ])('rejects %s', (_, value) => {
    expect(parsePeer(value)).toBeUndefined();
  });

  it('a value with two ports (host:80:443) is accepted with host "host:80"', () => {
    // The host is checked with the metadataHost rule, which allows its own `:PORT` suffix.
    expect(parsePeer('backend:80:443')).toBeUndefined();
  });

  it('a bracketed IPv6 address with two ports ([::1]:80:443) is accepted with host "::1]:80"', () => {
    expect(parsePeer('[::1]:80:443')).toBeUndefined();
  });
});
