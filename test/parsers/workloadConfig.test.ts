import { describe, expect, it } from 'vitest';
import { parseInstanceIdentity, parsePartnerIssuanceConfig, parsePartnerTrustConfig, parseWorkloadIdentityPool } from '../../src/parsers/workloadConfig.js';

const DOMAIN = 'my-pool.global.123456789012.workload.id.goog';
const PARTNER_DOMAIN = 'partner-pool.global.987654321098.workload.id.goog';
const CA_POOL = 'projects/my-project/locations/us-central1/caPools/sub-pool';
const PEM = '-----BEGIN CERTIFICATE-----\nMIIBszCCAVmgAwIBAgIU\n-----END CERTIFICATE-----\n';

/** `.../partner-attributes/wc.compute.googleapis.com/certificate-issuance-config?recursive=true&alt=json` */
const issuanceJson = (lifetime: unknown, rotation: unknown, caPool: unknown = CA_POOL) =>
  JSON.stringify({
    key_algorithm: 'ecdsa-p256',
    primary_certificate_authority_config: { certificate_authority_config: { ca_pool: caPool } },
    rotation_window_percentage: rotation,
    workload_certificate_lifetime_seconds: lifetime,
  });

describe('parsePartnerIssuanceConfig', () => {
  it.each([
    ['numbers as numbers', 86400, 50],
    ['numbers as strings', '86400', '50'],
    ['one of each', 86400, '50'],
  ])('reads the metadata tree with %s', (_, lifetime, rotation) => {
    expect(parsePartnerIssuanceConfig(issuanceJson(lifetime, rotation))).toEqual({
      ok: true,
      value: { caPools: [{ project: 'my-project', region: 'us-central1', id: 'sub-pool' }], lifetimeSeconds: 86400, rotationWindowPercentage: 50 },
    });
  });

  it('reads the exact example of FACTS §3 (CONFIGS.json entry)', () => {
    const text =
      '{"primary_certificate_authority_config":{"certificate_authority_config":{"ca_pool":"projects/P/locations/REGION/caPools/POOL"}},"key_algorithm":"ecdsa-p256","workload_certificate_lifetime_seconds":86400,"rotation_window_percentage":50}';
    // P and REGION are placeholders, not a real project or region: the name must not be trusted.
    expect(parsePartnerIssuanceConfig(text).ok).toBe(false);
    expect(parsePartnerIssuanceConfig(text.replace('projects/P/locations/REGION/', 'projects/my-project/locations/europe-west4/'))).toEqual({
      ok: true,
      value: { caPools: [{ project: 'my-project', region: 'europe-west4', id: 'POOL' }], lifetimeSeconds: 86400, rotationWindowPercentage: 50 },
    });
  });

  it('reads a CA pool named by project number', () => {
    const result = parsePartnerIssuanceConfig(issuanceJson(3600, 80, 'projects/123456789012/locations/asia-northeast1/caPools/sub_pool-1'));
    expect(result).toEqual({
      ok: true,
      value: { caPools: [{ project: '123456789012', region: 'asia-northeast1', id: 'sub_pool-1' }], lifetimeSeconds: 3600, rotationWindowPercentage: 80 },
    });
  });

  it('reads the tree printed as YAML', () => {
    const text = `key_algorithm: ecdsa-p256
primary_certificate_authority_config:
  certificate_authority_config:
    ca_pool: ${CA_POOL}
rotation_window_percentage: '50'
workload_certificate_lifetime_seconds: 86400
`;
    expect(parsePartnerIssuanceConfig(text)).toEqual({
      ok: true,
      value: { caPools: [{ project: 'my-project', region: 'us-central1', id: 'sub-pool' }], lifetimeSeconds: 86400, rotationWindowPercentage: 50 },
    });
  });

  it('leaves out the lifetime and rotation window when absent', () => {
    const text = JSON.stringify({ primary_certificate_authority_config: { certificate_authority_config: { ca_pool: CA_POOL } } });
    const result = parsePartnerIssuanceConfig(text);
    expect(result).toEqual({ ok: true, value: { caPools: [{ project: 'my-project', region: 'us-central1', id: 'sub-pool' }] } });
    expect(result.ok && result.value).not.toHaveProperty('lifetimeSeconds');
    expect(result.ok && result.value).not.toHaveProperty('rotationWindowPercentage');
  });

  it.each([
    ['a word', 'one day'],
    ['null', null],
    ['an object', { seconds: 86400 }],
  ])('leaves out a lifetime given as %s', (_, lifetime) => {
    const result = parsePartnerIssuanceConfig(issuanceJson(lifetime, 50));
    expect(result.ok).toBe(true);
    expect(result.ok && result.value).not.toHaveProperty('lifetimeSeconds');
    expect(result.ok && result.value.rotationWindowPercentage).toBe(50);
  });

  it.each([
    ['no CA pool', JSON.stringify({ key_algorithm: 'ecdsa-p256' })],
    ['an empty object', '{}'],
    ['the CA pool one level too high', JSON.stringify({ primary_certificate_authority_config: { ca_pool: CA_POOL } })],
    ['a CA pool that is not a string', issuanceJson(86400, 50, 42)],
    ['a CA pool with a bad region', issuanceJson(86400, 50, 'projects/my-project/locations/global/caPools/sub-pool')],
    ['a full resource name', issuanceJson(86400, 50, `//privateca.googleapis.com/${CA_POOL}`)],
    ['a CA pool with a command substitution', issuanceJson(86400, 50, 'projects/my-project/locations/us-central1/caPools/$(id)')],
    ['a CA pool with an extra segment', issuanceJson(86400, 50, `${CA_POOL}/certificateAuthorities/ca-1`)],
    ['a JSON list', `[${issuanceJson(86400, 50)}]`],
    ['a YAML scalar', 'certificate-issuance-config'],
    [
      'the directory listing a real server gives without ?recursive=true&alt=json',
      'key_algorithm\nprimary_certificate_authority_config/\nrotation_window_percentage\nworkload_certificate_lifetime_seconds\n',
    ],
    ['empty output', ''],
  ])('refuses %s', (_, text) => {
    expect(parsePartnerIssuanceConfig(text)).toEqual({ ok: false, message: expect.stringContaining('ca_pool') });
  });

  it.each([
    ['truncated JSON', issuanceJson(86400, 50).slice(0, 40)],
    ['binary output', `${issuanceJson(86400, 50)}\0`],
  ])('fails on %s', (_, text) => {
    const result = parsePartnerIssuanceConfig(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).not.toBe('');
  });
});

describe('parsePartnerTrustConfig', () => {
  it('gives the trust domains, which are the keys', () => {
    const text = JSON.stringify({
      [DOMAIN]: { trust_anchors: [{ ca_pool: 'projects/my-project/locations/us-central1/caPools/root-pool' }] },
      [PARTNER_DOMAIN]: { trust_anchors: [{ pem_certificate: PEM }] },
    });
    expect(parsePartnerTrustConfig(text)).toEqual({ ok: true, value: [DOMAIN, PARTNER_DOMAIN] });
  });

  it('reads a single trust domain', () => {
    expect(parsePartnerTrustConfig(`{"${DOMAIN}":{"trust_anchors":[{"pem_certificate":${JSON.stringify(PEM)}}]}}`)).toEqual({ ok: true, value: [DOMAIN] });
  });

  it('reads the same config as YAML', () => {
    const text = `${DOMAIN}:\n  trust_anchors:\n  - ca_pool: projects/my-project/locations/us-central1/caPools/root-pool\n`;
    expect(parsePartnerTrustConfig(text)).toEqual({ ok: true, value: [DOMAIN] });
  });

  it('gives no trust domain for an empty map', () => {
    expect(parsePartnerTrustConfig('{}')).toEqual({ ok: true, value: [] });
  });

  it('does not look inside the entries', () => {
    const text = JSON.stringify({ 'not-a-trust-domain': {} });
    expect(parsePartnerTrustConfig(text)).toEqual({ ok: true, value: ['not-a-trust-domain'] });
  });

  it.each([
    ['a list', JSON.stringify([{ [DOMAIN]: {} }])],
    ['a string', JSON.stringify(DOMAIN)],
    ['a YAML scalar', 'trust-config'],
    ['empty output', ''],
    ['null', 'null'],
  ])('refuses %s', (_, text) => {
    expect(parsePartnerTrustConfig(text)).toEqual({ ok: false, message: 'the trust config is not a map of trust domains' });
  });

  it.each([
    ['truncated JSON', `{"${DOMAIN}":{"trust_anchors":[`],
    ['binary output', '\0\0'],
  ])('fails on %s', (_, text) => {
    expect(parsePartnerTrustConfig(text).ok).toBe(false);
  });
});

/** `gcloud iam workload-identity-pools describe my-pool --location=global --format=json` */
const POOL_JSON = `{
  "inlineCertificateIssuanceConfig": {
    "caPools": {
      "europe-west1": "projects/my-project/locations/europe-west1/caPools/sub-eu",
      "us-central1": "projects/my-project/locations/us-central1/caPools/sub-us"
    },
    "keyAlgorithm": "ECDSA_P256",
    "lifetime": "86400s",
    "rotationWindowPercentage": 50
  },
  "inlineTrustConfig": {
    "additionalTrustBundles": {
      "${PARTNER_DOMAIN}": {
        "trustAnchors": [
          {
            "pemCertificate": ${JSON.stringify(PEM)}
          }
        ]
      },
      "third-pool.global.555555555555.workload.id.goog": {
        "trustAnchors": [
          {
            "pemCertificate": ${JSON.stringify(PEM)}
          }
        ]
      }
    }
  },
  "mode": "TRUST_DOMAIN",
  "name": "projects/123456789012/locations/global/workloadIdentityPools/my-pool",
  "state": "ACTIVE"
}
`;

const POOL_EXPECTED = {
  ok: true,
  value: {
    trustDomains: [PARTNER_DOMAIN, 'third-pool.global.555555555555.workload.id.goog'],
    issuance: {
      caPools: [
        { project: 'my-project', region: 'europe-west1', id: 'sub-eu' },
        { project: 'my-project', region: 'us-central1', id: 'sub-us' },
      ],
      lifetimeSeconds: 86400,
      rotationWindowPercentage: 50,
    },
  },
};

describe('parseWorkloadIdentityPool', () => {
  it('reads the issuance config and the additional trust bundles (--format=json)', () => {
    expect(parseWorkloadIdentityPool(POOL_JSON)).toEqual(POOL_EXPECTED);
  });

  it('reads the same pool in gcloud YAML', () => {
    const yaml = `inlineCertificateIssuanceConfig:
  caPools:
    europe-west1: projects/my-project/locations/europe-west1/caPools/sub-eu
    us-central1: projects/my-project/locations/us-central1/caPools/sub-us
  keyAlgorithm: ECDSA_P256
  lifetime: 86400s
  rotationWindowPercentage: 50
inlineTrustConfig:
  additionalTrustBundles:
    ${PARTNER_DOMAIN}:
      trustAnchors:
      - pemCertificate: |
          -----BEGIN CERTIFICATE-----
          MIIBszCCAVmgAwIBAgIU
          -----END CERTIFICATE-----
    third-pool.global.555555555555.workload.id.goog:
      trustAnchors:
      - pemCertificate: x
mode: TRUST_DOMAIN
name: projects/123456789012/locations/global/workloadIdentityPools/my-pool
state: ACTIVE
`;
    expect(parseWorkloadIdentityPool(yaml)).toEqual(POOL_EXPECTED);
  });

  it.each([
    ['"86400s"', '86400s', 86400],
    ['"3600s"', '3600s', 3600],
    ['"2592000s"', '2592000s', 2592000],
    ['a plain number', 7200, 7200],
  ])('reads the lifetime %s', (_, lifetime, seconds) => {
    const text = JSON.stringify({ inlineCertificateIssuanceConfig: { caPools: {}, lifetime, rotationWindowPercentage: '80' } });
    const result = parseWorkloadIdentityPool(text);
    expect(result.ok && result.value.issuance).toEqual({ caPools: [], lifetimeSeconds: seconds, rotationWindowPercentage: 80 });
  });

  it('reads a pool with neither config', () => {
    const text = JSON.stringify(
      { mode: 'TRUST_DOMAIN', name: 'projects/123456789012/locations/global/workloadIdentityPools/my-pool', state: 'ACTIVE' },
      null,
      2,
    );
    const result = parseWorkloadIdentityPool(text);
    expect(result).toEqual({ ok: true, value: { trustDomains: [] } });
    expect(result.ok && result.value).not.toHaveProperty('issuance');
  });

  it('reads a pool with only an issuance config', () => {
    const text = JSON.stringify({ inlineCertificateIssuanceConfig: { caPools: { 'us-central1': 'projects/123456789012/locations/us-central1/caPools/sub-us' } } });
    expect(parseWorkloadIdentityPool(text)).toEqual({
      ok: true,
      value: { trustDomains: [], issuance: { caPools: [{ project: '123456789012', region: 'us-central1', id: 'sub-us' }] } },
    });
  });

  it('reads a pool with only a trust config', () => {
    const text = JSON.stringify({ inlineTrustConfig: { additionalTrustBundles: { [PARTNER_DOMAIN]: { trustAnchors: [{ pemCertificate: PEM }] } } } });
    const result = parseWorkloadIdentityPool(text);
    expect(result).toEqual({ ok: true, value: { trustDomains: [PARTNER_DOMAIN] } });
    expect(result.ok && result.value).not.toHaveProperty('issuance');
  });

  it('gives no trust domain when inlineTrustConfig has no additionalTrustBundles', () => {
    const result = parseWorkloadIdentityPool(JSON.stringify({ inlineTrustConfig: {} }));
    expect(result).toEqual({ ok: true, value: { trustDomains: [] } });
  });

  it('drops CA pool names that are malformed or hostile, keeping the valid ones', () => {
    const text = JSON.stringify({
      inlineCertificateIssuanceConfig: {
        caPools: {
          'us-central1': 'projects/my-project/locations/us-central1/caPools/sub-us',
          'us-east1': 'projects/my-project/locations/us-east1/caPools/$(id)',
          'us-west1': 'sub-west',
          'us-west2': 42,
          'us-west3': null,
        },
      },
    });
    const result = parseWorkloadIdentityPool(text);
    expect(result.ok && result.value.issuance?.caPools).toEqual([{ project: 'my-project', region: 'us-central1', id: 'sub-us' }]);
  });

  it.each([
    ['a list', ['projects/my-project/locations/us-central1/caPools/sub-us']],
    ['a string', 'projects/my-project/locations/us-central1/caPools/sub-us'],
    ['missing', undefined],
  ])('gives no CA pool when caPools is %s', (_, caPools) => {
    const result = parseWorkloadIdentityPool(JSON.stringify({ inlineCertificateIssuanceConfig: { caPools, lifetime: '86400s' } }));
    expect(result).toEqual({ ok: true, value: { trustDomains: [], issuance: { caPools: [], lifetimeSeconds: 86400 } } });
  });

  it('ignores an issuance config that is not a mapping', () => {
    const result = parseWorkloadIdentityPool(JSON.stringify({ inlineCertificateIssuanceConfig: 'none' }));
    expect(result).toEqual({ ok: true, value: { trustDomains: [] } });
  });

  it.each([
    ['a list', '[]'],
    ['a YAML scalar', 'my-pool'],
    ['empty output', ''],
  ])('refuses %s', (_, text) => {
    expect(parseWorkloadIdentityPool(text)).toEqual({ ok: false, message: 'not a workload identity pool' });
  });

  it.each([
    ['truncated JSON', POOL_JSON.slice(0, 100)],
    ['binary output', `${POOL_JSON}\0`],
  ])('fails on %s', (_, text) => {
    expect(parseWorkloadIdentityPool(text).ok).toBe(false);
  });
});

/** `gcloud compute instances describe my-vm --zone=us-central1-a --format=json`, trimmed. */
const instanceJson = (extra: Record<string, unknown>) =>
  JSON.stringify(
    {
      canIpForward: false,
      id: '1234567890123456789',
      kind: 'compute#instance',
      machineType: 'https://www.googleapis.com/compute/v1/projects/my-project/zones/us-central1-a/machineTypes/n2-standard-2',
      metadata: { fingerprint: 'abc=', items: [{ key: 'enable-workload-certificate', value: 'true' }], kind: 'compute#metadata' },
      name: 'my-vm',
      status: 'RUNNING',
      zone: 'https://www.googleapis.com/compute/v1/projects/my-project/zones/us-central1-a',
      ...extra,
    },
    null,
    2,
  );

describe('parseInstanceIdentity', () => {
  const IDENTITY = `//${DOMAIN}/ns/my-ns/sa/my-identity`;

  it('reads workloadIdentityConfig.identity', () => {
    expect(parseInstanceIdentity(instanceJson({ workloadIdentityConfig: { identity: IDENTITY, identityCertificateEnabled: true } }))).toEqual({
      ok: true,
      value: IDENTITY,
    });
  });

  it('gives the identity exactly as configured, without normalising it', () => {
    const bare = `${DOMAIN}/ns/my-ns/sa/my-identity`;
    expect(parseInstanceIdentity(instanceJson({ workloadIdentityConfig: { identity: bare } }))).toEqual({ ok: true, value: bare });
  });

  it('reads it from gcloud YAML', () => {
    const yaml = `name: my-vm\nstatus: RUNNING\nworkloadIdentityConfig:\n  identity: ${IDENTITY}\n  identityCertificateEnabled: true\nzone: https://www.googleapis.com/compute/v1/projects/my-project/zones/us-central1-a\n`;
    expect(parseInstanceIdentity(yaml)).toEqual({ ok: true, value: IDENTITY });
  });

  it.each([
    ['an instance without workloadIdentityConfig', instanceJson({})],
    ['workloadIdentityConfig without identity', instanceJson({ workloadIdentityConfig: { identityCertificateEnabled: true } })],
    ['an identity that is not a string', instanceJson({ workloadIdentityConfig: { identity: { uri: IDENTITY } } })],
    ['workloadIdentityConfig that is not a mapping', instanceJson({ workloadIdentityConfig: IDENTITY })],
    ['an empty object', '{}'],
  ])('gives no identity for %s', (_, text) => {
    const result = parseInstanceIdentity(text);
    expect(result).toEqual({ ok: true, value: undefined });
  });

  it.each([
    ['a list (instances list output)', `[${instanceJson({ workloadIdentityConfig: { identity: IDENTITY } })}]`],
    ['a YAML scalar', 'my-vm'],
    ['empty output', ''],
  ])('refuses %s', (_, text) => {
    expect(parseInstanceIdentity(text)).toEqual({ ok: false, message: 'not an instance' });
  });

  it.each([
    ['truncated JSON', instanceJson({}).slice(0, 50)],
    ['binary output', '\0ELF'],
    ['malformed YAML', 'name: my-vm\n  status: [RUNNING\n'],
  ])('fails on %s', (_, text) => {
    const result = parseInstanceIdentity(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).not.toBe('');
  });
});
