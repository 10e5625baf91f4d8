import type { CheckContext } from '../checks/check.js';
import type { CaPool } from '../domain/caPool.js';
import { parsePartnerIssuanceConfig, parsePartnerTrustConfig, parseWorkloadIdentityPool, type IssuanceConfig } from '../parsers/workloadConfig.js';
import { workloadIdentityPoolProbe } from '../probes/catalog.js';
import type { Probe } from '../probes/probe.js';
import { message } from '../report/message.js';
import { workloadTrustDomain, type WorkloadTrustDomain } from './identity.js';
import { readPartnerAttribute, runGcloud, type Lookup } from './lookup.js';

export const ISSUANCE_ATTRIBUTE = 'wc.compute.googleapis.com/certificate-issuance-config';
export const TRUST_ATTRIBUTE = 'wc.compute.googleapis.com/trust-config';

/** The workload's issuance and trust configuration, from whichever generation configures the VM. */
export interface WorkloadConfig {
  workload: WorkloadTrustDomain;
  source: 'partner-metadata' | 'pool';
  issuance?: IssuanceConfig;
  /** Trust domains with an entry in the trust config. */
  trustDomains: string[];
  /** Pool-level: the pool's own domain is trusted through its CA pools, beside `additionalTrustBundles`. */
  ownDomainImplicit: boolean;
}

/**
 * Reads the partner attributes (partner-metadata generation) or describes the pool
 * (pool-level generation). Commands run once per run, so the IAM and trust checks share them.
 */
export async function discoverWorkloadConfig(context: CheckContext, checkId: string): Promise<Lookup<WorkloadConfig>> {
  const domain = await workloadTrustDomain(context, checkId);
  if (domain.kind !== 'found') return domain;
  const workload = domain.value;
  const discovered: Probe[] = [...domain.discovered];
  if (workload.generation !== 'pool-level') {
    const [issuance, trust] = await Promise.all([
      readPartnerAttribute(context, ISSUANCE_ATTRIBUTE, true),
      readPartnerAttribute(context, TRUST_ATTRIBUTE, true),
    ]);
    discovered.push(issuance.probe, trust.probe);
    if (issuance.attribute.kind === 'value' || trust.attribute.kind === 'value') {
      const parsedIssuance = issuance.attribute.kind === 'value' ? parsePartnerIssuanceConfig(issuance.attribute.body) : undefined;
      const parsedTrust = trust.attribute.kind === 'value' ? parsePartnerTrustConfig(trust.attribute.body) : undefined;
      return {
        kind: 'found',
        value: {
          workload,
          source: 'partner-metadata',
          ...(parsedIssuance?.ok ? { issuance: parsedIssuance.value } : {}),
          trustDomains: parsedTrust?.ok ? parsedTrust.value : [],
          ownDomainImplicit: false,
        },
        discovered,
      };
    }
    if (workload.generation === 'partner-metadata') return { kind: 'absent', discovered };
  }
  const probe = workloadIdentityPoolProbe(workload.trustDomain.poolId, workload.trustDomain.projectNumber, context.params);
  discovered.push(probe);
  const pool = await runGcloud(context, checkId, probe, parseWorkloadIdentityPool);
  if (!pool.ok) return { kind: 'failed', outcome: pool.outcome, discovered };
  const { issuance, trustDomains } = pool.value;
  return {
    kind: 'found',
    value: { workload, source: 'pool', ...(issuance ? { issuance } : {}), trustDomains, ownDomainImplicit: (issuance?.caPools.length ?? 0) > 0 },
    discovered,
  };
}

/**
 * The CA pools whose IAM policy matters: the flags' pool, else the issuance config's — on
 * the pool-level generation the one in the VM's region when there is one.
 */
export function caPoolsToCheck(config: WorkloadConfig | undefined, flags: { caPool?: string; caPoolRegion?: string }, vmRegion?: string, project?: string): CaPool[] {
  const configured = config?.issuance?.caPools ?? [];
  const wantedRegion = flags.caPoolRegion ?? vmRegion;
  if (flags.caPool) {
    // The same pool ID may be configured in several regions, each in its own project.
    const sameId = configured.filter((pool) => pool.id === flags.caPool);
    const known = sameId.find((pool) => pool.region === wantedRegion) ?? (flags.caPoolRegion ? undefined : sameId[0]);
    const region = flags.caPoolRegion ?? known?.region ?? configured[0]?.region;
    return region ? [{ id: flags.caPool, region, project: (known ?? sameId[0])?.project ?? project ?? '' }] : [];
  }
  const inRegion = configured.filter((pool) => pool.region === wantedRegion);
  return inRegion.length ? inRegion : configured;
}

export const noCaPool = () => message('skip.needs-ca-pool');
