import { describe, expect, it } from 'vitest';
import type { CaPool } from '../../src/domain/caPool.js';
import { caPoolsToCheck, type WorkloadConfig } from '../../src/discovery/workloadConfig.js';

const TRUST_DOMAIN = { name: 'my-pool.global.123456789012.workload.id.goog', poolId: 'my-pool', projectNumber: '123456789012' };

const US: CaPool = { project: 'ca-project', region: 'us-central1', id: 'sub-us' };
const EU: CaPool = { project: 'ca-project', region: 'europe-west1', id: 'sub-eu' };
const ASIA: CaPool = { project: '555555555555', region: 'asia-northeast1', id: 'sub-asia' };

/** Pool-level generation: `inlineCertificateIssuanceConfig.caPools`, one pool per region. */
const poolLevel = (caPools: CaPool[]): WorkloadConfig => ({
  workload: { trustDomain: TRUST_DOMAIN, generation: 'pool-level' },
  source: 'pool',
  issuance: { caPools, lifetimeSeconds: 86400, rotationWindowPercentage: 50 },
  trustDomains: [],
  ownDomainImplicit: caPools.length > 0,
});

/** Partner-metadata generation: one primary CA pool from `certificate-issuance-config`. */
const partnerMetadata = (pool: CaPool): WorkloadConfig => ({
  workload: { trustDomain: TRUST_DOMAIN, generation: 'partner-metadata' },
  source: 'partner-metadata',
  issuance: { caPools: [pool], lifetimeSeconds: 86400, rotationWindowPercentage: 50 },
  trustDomains: [TRUST_DOMAIN.name],
  ownDomainImplicit: false,
});

/** A pool described without `inlineCertificateIssuanceConfig`. */
const noIssuance: WorkloadConfig = {
  workload: { trustDomain: TRUST_DOMAIN, generation: 'pool-level' },
  source: 'pool',
  trustDomains: [],
  ownDomainImplicit: false,
};

describe('caPoolsToCheck: from the configuration alone', () => {
  it.each<[string, WorkloadConfig | undefined, string | undefined, CaPool[]]>([
    ['no configuration', undefined, 'us-central1', []],
    ['a pool without issuance config', noIssuance, 'us-central1', []],
    ['a pool with an empty caPools map', poolLevel([]), 'us-central1', []],
    ['pool-level, the pool in the VM region (first)', poolLevel([US, EU, ASIA]), 'us-central1', [US]],
    ['pool-level, the pool in the VM region (not first)', poolLevel([US, EU, ASIA]), 'europe-west1', [EU]],
    ['pool-level, a pool in another project', poolLevel([US, EU, ASIA]), 'asia-northeast1', [ASIA]],
    ['pool-level, no pool in the VM region → all of them', poolLevel([US, EU, ASIA]), 'southamerica-east1', [US, EU, ASIA]],
    ['pool-level, VM region unknown → all of them', poolLevel([US, EU, ASIA]), undefined, [US, EU, ASIA]],
    ['pool-level, a single pool elsewhere', poolLevel([EU]), 'us-central1', [EU]],
    ['partner-metadata, the primary pool in the VM region', partnerMetadata(US), 'us-central1', [US]],
    ['partner-metadata, the primary pool in another region', partnerMetadata(EU), 'us-central1', [EU]],
    ['partner-metadata, VM region unknown', partnerMetadata(EU), undefined, [EU]],
  ])('%s', (_, config, vmRegion, expected) => {
    expect(caPoolsToCheck(config, {}, vmRegion, 'vm-project')).toEqual(expected);
  });

  it('keeps the configured pool project, not the VM project', () => {
    expect(caPoolsToCheck(poolLevel([US]), {}, 'us-central1', 'vm-project')).toEqual([{ project: 'ca-project', region: 'us-central1', id: 'sub-us' }]);
  });

  it('does not change the configuration it was given', () => {
    const config = poolLevel([US, EU]);
    caPoolsToCheck(config, {}, 'europe-west1', 'vm-project');
    expect(config.issuance?.caPools).toEqual([US, EU]);
  });
});

describe('caPoolsToCheck: --ca-pool-region alone', () => {
  it.each<[string, string, string | undefined, CaPool[]]>([
    ['picks the configured pool in that region', 'europe-west1', undefined, [EU]],
    ['wins over the VM region', 'europe-west1', 'us-central1', [EU]],
    ['falls back to all pools when none is there', 'southamerica-east1', 'us-central1', [US, EU, ASIA]],
  ])('%s', (_, caPoolRegion, vmRegion, expected) => {
    expect(caPoolsToCheck(poolLevel([US, EU, ASIA]), { caPoolRegion }, vmRegion, 'vm-project')).toEqual(expected);
  });

  it('gives nothing without a configuration', () => {
    expect(caPoolsToCheck(undefined, { caPoolRegion: 'us-central1' }, 'us-central1', 'vm-project')).toEqual([]);
  });
});

describe('caPoolsToCheck: --ca-pool overrides the configuration', () => {
  it.each<[string, WorkloadConfig | undefined, { caPool: string; caPoolRegion?: string }, string | undefined, string | undefined, CaPool[]]>([
    ['no configuration, pool and region given', undefined, { caPool: 'my-ca', caPoolRegion: 'us-east1' }, 'us-central1', 'vm-project', [{ id: 'my-ca', region: 'us-east1', project: 'vm-project' }]],
    ['no configuration, no region → nothing to check', undefined, { caPool: 'my-ca' }, 'us-central1', 'vm-project', []],
    ['no configuration, no project → project left empty', undefined, { caPool: 'my-ca', caPoolRegion: 'us-east1' }, undefined, undefined, [{ id: 'my-ca', region: 'us-east1', project: '' }]],
    ['a configured pool: its region and project', poolLevel([US, EU]), { caPool: 'sub-eu' }, 'us-central1', 'vm-project', [EU]],
    ['a configured pool with another region given', poolLevel([US, EU]), { caPool: 'sub-eu', caPoolRegion: 'us-east1' }, undefined, 'vm-project', [{ id: 'sub-eu', region: 'us-east1', project: 'ca-project' }]],
    ['an unconfigured pool with a region: the VM project', poolLevel([US, EU]), { caPool: 'my-ca', caPoolRegion: 'asia-east1' }, 'us-central1', 'vm-project', [{ id: 'my-ca', region: 'asia-east1', project: 'vm-project' }]],
    ['an unconfigured pool without a region: the primary pool region (partner-metadata)', partnerMetadata(EU), { caPool: 'my-ca' }, 'us-central1', 'vm-project', [{ id: 'my-ca', region: 'europe-west1', project: 'vm-project' }]],
    ['an unconfigured pool without a region, no configured pool', poolLevel([]), { caPool: 'my-ca' }, 'us-central1', 'vm-project', []],
  ])('%s', (_, config, flags, vmRegion, project, expected) => {
    expect(caPoolsToCheck(config, flags, vmRegion, project)).toEqual(expected);
  });

  it('checks only the flagged pool, never the other configured ones', () => {
    const pools = caPoolsToCheck(poolLevel([US, EU, ASIA]), { caPool: 'sub-asia' }, 'us-central1', 'vm-project');
    expect(pools).toEqual([ASIA]);
  });

  // Same CA pool ID in two regions, as gcloud lists them (sorted region keys: europe-west1 before us-central1).
  const EU_SUB: CaPool = { project: 'ca-eu', region: 'europe-west1', id: 'sub' };
  const US_SUB: CaPool = { project: 'ca-us', region: 'us-central1', id: 'sub' };

  it('takes the region flag for a pool ID configured in several regions', () => {
    const pools = caPoolsToCheck(poolLevel([EU_SUB, US_SUB]), { caPool: 'sub', caPoolRegion: 'us-central1' }, 'europe-west1', 'vm-project');
    expect(pools.map((pool) => [pool.id, pool.region])).toEqual([['sub', 'us-central1']]);
  });

  it('--ca-pool naming a pool configured in several regions should prefer the VM region', () => {
    // Without --ca-pool the VM-region pool (us-central1) is checked; naming that same pool
    // ID must not switch to whichever region gcloud happened to list first.
    expect(caPoolsToCheck(poolLevel([EU_SUB, US_SUB]), {}, 'us-central1', 'vm-project')).toEqual([US_SUB]);
    expect(caPoolsToCheck(poolLevel([EU_SUB, US_SUB]), { caPool: 'sub' }, 'us-central1', 'vm-project')).toEqual([US_SUB]);
  });

  it('--ca-pool with --ca-pool-region should take the project of the configured pool in that region', () => {
    expect(caPoolsToCheck(poolLevel([EU_SUB, US_SUB]), { caPool: 'sub', caPoolRegion: 'us-central1' }, undefined, 'vm-project')).toEqual([US_SUB]);
  });
});
