import { describe, expect, it } from 'vitest';
import { isValidIdentifier, type IdentifierKind } from '../../src/domain/identifiers.js';

const HOSTILE = [
  'a b',
  ' pool',
  'pool ',
  'pool\n',
  '\npool',
  'po\nol',
  'pool\r',
  'pool\t',
  'pool\0',
  '"pool"',
  "'pool'",
  'pool;rm',
  '$(id)',
  'a$(id)b',
  '`id`',
  'ab`id`',
  'pool|x',
  'pool&&x',
  'pool>x',
  '../pool',
  'pool/x',
  '--flag',
  '-pool',
  '',
];

const ALL_ID_KINDS: IdentifierKind[] = [
  'vm',
  'zone',
  'region',
  'project',
  'projectNumber',
  'poolId',
  'namespace',
  'managedIdentity',
  'caPoolId',
  'metadataHost',
];

describe('isValidIdentifier: hostile values', () => {
  // FACTS §4 lets a CA pool ID start with `-` (see its own table below), so the flag-like
  // values are hostile for every other kind only.
  const flagLike = (value: string) => value.startsWith('-');
  const cases = ALL_ID_KINDS.flatMap((kind) =>
    HOSTILE.filter((value) => kind !== 'caPoolId' || !flagLike(value)).map((value) => [kind, value] as const),
  );
  it.each(cases)('%s rejects %j', (kind, value) => {
    expect(isValidIdentifier(kind, value)).toBe(false);
  });
});

describe('isValidIdentifier: pool IDs (4–32, [a-z0-9-], alphanumeric ends, gcp- reserved)', () => {
  it.each([
    ['abcd', true],
    ['my-pool', true],
    ['pool1', true],
    ['1234', true],
    ['a'.repeat(32), true],
    [`a${'-'.repeat(30)}b`, true],
    ['gcpx-pool', true],
    ['my-gcp-pool', true],
    ['abc', false],
    ['a'.repeat(33), false],
    ['-pool', false],
    ['pool-', false],
    ['My-pool', false],
    ['my_pool', false],
    ['my.pool', false],
    ['gcp-pool', false],
    ['gcp-', false],
  ])('%j → %s', (value, valid) => {
    expect(isValidIdentifier('poolId', value)).toBe(valid);
  });
});

describe.each(['namespace', 'managedIdentity'] as const)('isValidIdentifier: %s (2–63, same alphabet and rules)', (kind) => {
  it.each([
    ['ab', true],
    ['ns1', true],
    ['my-namespace', true],
    ['0a', true],
    ['a'.repeat(63), true],
    [`a${'-'.repeat(61)}b`, true],
    ['a', false],
    ['a'.repeat(64), false],
    ['-ab', false],
    ['ab-', false],
    ['Ab', false],
    ['a_b', false],
    ['a.b', false],
    ['gcp-ns', false],
  ])('%j → %s', (value, valid) => {
    expect(isValidIdentifier(kind, value)).toBe(valid);
  });
});

describe('isValidIdentifier: VM names [a-z]([-a-z0-9]{0,61}[a-z0-9])?', () => {
  it.each([
    ['a', true],
    ['vm1', true],
    ['my-vm-01', true],
    ['debian', true],
    ['notebooks2instance-ok', true],
    [`a${'b'.repeat(62)}`, true],
    [`a${'b'.repeat(63)}`, false],
    ['1vm', false],
    ['-vm', false],
    ['vm-', false],
    ['My-vm', false],
    ['my_vm', false],
    ['my.vm', false],
  ])('%j → %s', (value, valid) => {
    expect(isValidIdentifier('vm', value)).toBe(valid);
  });
});

describe('isValidIdentifier: CA pool IDs (up to 64 of [A-Za-z0-9_-], not starting with -)', () => {
  it.each([
    ['a', true],
    ['My_CA-Pool_01', true],
    ['-leading-dash', false], // gcloud would read it as a flag
    ['_', true],
    ['a'.repeat(64), true],
    ['a'.repeat(65), false],
    ['my.pool', false],
    ['projects/p/locations/us-central1/caPools/pool', false],
  ])('%j → %s', (value, valid) => {
    expect(isValidIdentifier('caPoolId', value)).toBe(valid);
  });
});

describe('isValidIdentifier: project numbers and project IDs', () => {
  it.each([
    ['projectNumber', '123456789012', true],
    ['projectNumber', '1', true],
    ['projectNumber', '0', false],
    ['projectNumber', '0123', false],
    ['projectNumber', '12a', false],
    ['projectNumber', '-1', false],
    ['projectNumber', '1'.repeat(21), false],
    ['project', 'my-project', true],
    ['project', 'my-project-123456', true],
    ['project', 'example.com:my-project', true],
    ['project', 'abcde', false],
    ['project', 'My-Project', false],
    ['project', '1project', false],
    ['project', 'project-', false],
    ['project', `a${'b'.repeat(30)}`, false],
  ] as const)('%s %j → %s', (kind, value, valid) => {
    expect(isValidIdentifier(kind, value)).toBe(valid);
  });
});

describe('isValidIdentifier: zones and regions', () => {
  it.each([
    ['zone', 'us-central1-a', true],
    ['zone', 'europe-west10-b', true],
    ['zone', 'northamerica-northeast1-c', true],
    ['zone', 'us-central1', false],
    ['zone', 'US-CENTRAL1-A', false],
    ['zone', 'us-central1-ab', false],
    ['region', 'us-central1', true],
    ['region', 'asia-southeast2', true],
    ['region', 'us-central1-a', false],
    ['region', 'global', false],
  ] as const)('%s %j → %s', (kind, value, valid) => {
    expect(isValidIdentifier(kind, value)).toBe(valid);
  });
});

describe('isValidIdentifier: metadata host (GCE_METADATA_HOST form: host[:port], no scheme)', () => {
  it.each([
    ['metadata.google.internal', true],
    ['169.254.169.254', true],
    ['localhost:8080', true],
    ['127.0.0.1:65535', true],
    ['[::1]:8080', true],
    ['[fd00::1]', true],
    ['http://metadata.google.internal', false],
    ['metadata.google.internal/computeMetadata', false],
    ['host:123456', false],
    ['host:', false],
    ['user@host', false],
    ['[::1', false],
  ])('%j → %s', (value, valid) => {
    expect(isValidIdentifier('metadataHost', value)).toBe(valid);
  });
});

describe('isValidIdentifier: paths', () => {
  it.each([
    ['/var/run/secrets/workload-spiffe-credentials', true],
    ['./creds dir with spaces', true],
    ['x'.repeat(4096), true],
    ['x'.repeat(4097), false],
    ['', false],
    ['/tmp/a\nb', false],
    ['/tmp/a\rb', false],
    ['/tmp/a\0b', false],
  ])('%j → %s', (value, valid) => {
    expect(isValidIdentifier('path', value)).toBe(valid);
  });
});
