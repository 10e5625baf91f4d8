import { describe, expect, it } from 'vitest';
import { parseCaPoolName } from '../../src/domain/caPool.js';

describe('parseCaPoolName: valid names', () => {
  it.each([
    ['a project ID', 'projects/my-project/locations/us-central1/caPools/sub-pool', { project: 'my-project', region: 'us-central1', id: 'sub-pool' }],
    ['a project number', 'projects/123456789012/locations/europe-west4/caPools/sub-pool', { project: '123456789012', region: 'europe-west4', id: 'sub-pool' }],
    ['a one-digit project number', 'projects/7/locations/us-east1/caPools/p', { project: '7', region: 'us-east1', id: 'p' }],
    ['a domain-scoped project', 'projects/example.com:my-project/locations/us-central1/caPools/sub', { project: 'example.com:my-project', region: 'us-central1', id: 'sub' }],
    ['a long region name', 'projects/my-project/locations/northamerica-northeast1/caPools/x', { project: 'my-project', region: 'northamerica-northeast1', id: 'x' }],
    ['a two-digit region number', 'projects/my-project/locations/europe-west10/caPools/x', { project: 'my-project', region: 'europe-west10', id: 'x' }],
    ['upper case and underscores in the pool ID', 'projects/my-project/locations/us-central1/caPools/Sub_Pool-01', { project: 'my-project', region: 'us-central1', id: 'Sub_Pool-01' }],
    ['a pool ID starting with an underscore', 'projects/my-project/locations/us-central1/caPools/_pool', { project: 'my-project', region: 'us-central1', id: '_pool' }],
    ['a 64-character pool ID', `projects/my-project/locations/us-central1/caPools/${'a'.repeat(64)}`, { project: 'my-project', region: 'us-central1', id: 'a'.repeat(64) }],
    ['a 30-character project ID', `projects/a${'b'.repeat(28)}c/locations/us-central1/caPools/x`, { project: `a${'b'.repeat(28)}c`, region: 'us-central1', id: 'x' }],
    ['a trailing newline (metadata values end with one)', 'projects/my-project/locations/us-central1/caPools/sub-pool\n', { project: 'my-project', region: 'us-central1', id: 'sub-pool' }],
    ['surrounding spaces', '  projects/my-project/locations/us-central1/caPools/sub-pool  ', { project: 'my-project', region: 'us-central1', id: 'sub-pool' }],
  ])('accepts %s', (_, name, expected) => {
    expect(parseCaPoolName(name)).toEqual(expected);
  });

  it('returns exactly the three parts', () => {
    expect(Object.keys(parseCaPoolName('projects/my-project/locations/us-central1/caPools/sub-pool') ?? {}).sort()).toEqual(['id', 'project', 'region']);
  });
});

describe('parseCaPoolName: malformed names', () => {
  it.each([
    ['an empty string', ''],
    ['a bare pool ID', 'sub-pool'],
    ['a missing project', 'projects//locations/us-central1/caPools/sub-pool'],
    ['a missing pool ID', 'projects/my-project/locations/us-central1/caPools/'],
    ['a trailing slash', 'projects/my-project/locations/us-central1/caPools/sub-pool/'],
    ['a leading slash', '/projects/my-project/locations/us-central1/caPools/sub-pool'],
    ['a full resource name', '//privateca.googleapis.com/projects/my-project/locations/us-central1/caPools/sub-pool'],
    ['an https URL', 'https://privateca.googleapis.com/v1/projects/my-project/locations/us-central1/caPools/sub-pool'],
    ['a singular collection', 'projects/my-project/locations/us-central1/caPool/sub-pool'],
    ['wrong case in the collection', 'projects/my-project/locations/us-central1/capools/sub-pool'],
    ['a global location', 'projects/my-project/locations/global/caPools/sub-pool'],
    ['a zone instead of a region', 'projects/my-project/locations/us-central1-a/caPools/sub-pool'],
    ['an upper-case region', 'projects/my-project/locations/US-CENTRAL1/caPools/sub-pool'],
    ['a too-short project ID', 'projects/proj/locations/us-central1/caPools/sub-pool'],
    ['an upper-case project ID', 'projects/My-Project/locations/us-central1/caPools/sub-pool'],
    ['a project ID ending in a hyphen', 'projects/my-project-/locations/us-central1/caPools/sub-pool'],
    ['a zero-padded project number', 'projects/0123/locations/us-central1/caPools/sub-pool'],
    ['a 65-character pool ID', `projects/my-project/locations/us-central1/caPools/${'a'.repeat(65)}`],
    ['a pool ID with a dot', 'projects/my-project/locations/us-central1/caPools/sub.pool'],
    ['the placeholders of the documentation', 'projects/P/locations/REGION/caPools/POOL'],
  ])('refuses %s', (_, name) => {
    expect(parseCaPoolName(name)).toBeUndefined();
  });
});

describe('parseCaPoolName: hostile names', () => {
  it.each([
    ['a command substitution as pool ID', 'projects/my-project/locations/us-central1/caPools/$(id)'],
    ['a command substitution as project', 'projects/$(id)/locations/us-central1/caPools/sub-pool'],
    ['a command substitution as region', 'projects/my-project/locations/$(id)/caPools/sub-pool'],
    ['backticks', 'projects/my-project/locations/us-central1/caPools/`id`'],
    ['a space in the pool ID', 'projects/my-project/locations/us-central1/caPools/sub pool'],
    ['a space in the project', 'projects/my project/locations/us-central1/caPools/sub-pool'],
    ['a newline inside the pool ID', 'projects/my-project/locations/us-central1/caPools/sub-pool\nid'],
    ['a newline inside the project', 'projects/my-\nproject/locations/us-central1/caPools/sub-pool'],
    ['a newline then another name', 'projects/my-project/locations/us-central1/caPools/a\nprojects/x/locations/us-central1/caPools/b'],
    ['a carriage return', 'projects/my-project/locations/us-central1/caPools/sub\rpool'],
    ['a NUL', 'projects/my-project/locations/us-central1/caPools/sub\0pool'],
    ['a semicolon', 'projects/my-project/locations/us-central1/caPools/sub;rm -rf ~'],
    ['a pipe', 'projects/my-project/locations/us-central1/caPools/sub|sh'],
    ['quotes', `projects/my-project/locations/us-central1/caPools/'sub'`],
    ['an option as pool ID', 'projects/my-project/locations/us-central1/caPools/--impersonate-service-account=x'],
    ['a pool ID starting with a hyphen', 'projects/my-project/locations/us-central1/caPools/-sub'],
    ['an extra path segment', 'projects/my-project/locations/us-central1/caPools/sub-pool/certificateAuthorities/ca-1'],
    ['a doubled prefix', 'projects/a/projects/my-project/locations/us-central1/caPools/sub-pool'],
    ['path traversal', 'projects/my-project/locations/us-central1/caPools/../../x'],
    ['a query string', 'projects/my-project/locations/us-central1/caPools/sub-pool?x=1'],
  ])('refuses %s', (_, name) => {
    expect(parseCaPoolName(name)).toBeUndefined();
  });
});
