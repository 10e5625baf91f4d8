import { parseCaPoolName, type CaPool } from '../domain/caPool.js';
import { dig, isRecord, numberIn, parseStructured } from './structuredText.js';

/** Where the CA pools are, and when certificates renew, by either generation's config (FACTS §3). */
export interface IssuanceConfig {
  /** By region; the partner-metadata generation names one primary pool. */
  caPools: CaPool[];
  lifetimeSeconds?: number;
  rotationWindowPercentage?: number;
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };

const structured = (text: string): Parsed<unknown> => {
  const parsed = parseStructured(text);
  return parsed.ok ? { ok: true, value: parsed.value } : parsed;
};

/** `certificate-issuance-config` read with `?recursive=true&alt=json`. */
export function parsePartnerIssuanceConfig(text: string): Parsed<IssuanceConfig> {
  const parsed = structured(text);
  if (!parsed.ok) return parsed;
  const name = dig(parsed.value, 'primary_certificate_authority_config', 'certificate_authority_config', 'ca_pool');
  const pool = typeof name === 'string' ? parseCaPoolName(name) : undefined;
  if (!pool) return { ok: false, message: 'no valid primary_certificate_authority_config.certificate_authority_config.ca_pool' };
  return {
    ok: true,
    value: {
      caPools: [pool],
      ...optionalNumber('lifetimeSeconds', dig(parsed.value, 'workload_certificate_lifetime_seconds')),
      ...optionalNumber('rotationWindowPercentage', dig(parsed.value, 'rotation_window_percentage')),
    },
  };
}

/** `trust-config` read with `?recursive=true&alt=json`: its keys are trust domains. */
export function parsePartnerTrustConfig(text: string): Parsed<string[]> {
  const parsed = structured(text);
  if (!parsed.ok) return parsed;
  return isRecord(parsed.value) ? { ok: true, value: Object.keys(parsed.value) } : { ok: false, message: 'the trust config is not a map of trust domains' };
}

export interface PoolConfig {
  issuance?: IssuanceConfig;
  trustDomains: string[];
}

/** `gcloud iam workload-identity-pools describe POOL --location=global` (pool-level generation). */
export function parseWorkloadIdentityPool(text: string): Parsed<PoolConfig> {
  const parsed = structured(text);
  if (!parsed.ok) return parsed;
  if (!isRecord(parsed.value)) return { ok: false, message: 'not a workload identity pool' };
  const issuance = parsed.value.inlineCertificateIssuanceConfig;
  const caPools = dig(issuance, 'caPools');
  const bundles = dig(parsed.value, 'inlineTrustConfig', 'additionalTrustBundles');
  return {
    ok: true,
    value: {
      trustDomains: isRecord(bundles) ? Object.keys(bundles) : [],
      ...(isRecord(issuance)
        ? {
            issuance: {
              caPools: isRecord(caPools)
                ? Object.values(caPools).flatMap((name) => (typeof name === 'string' ? [parseCaPoolName(name)].filter((p): p is CaPool => !!p) : []))
                : [],
              ...optionalNumber('lifetimeSeconds', issuance.lifetime),
              ...optionalNumber('rotationWindowPercentage', issuance.rotationWindowPercentage),
            },
          }
        : {}),
    },
  };
}

/** `gcloud compute instances describe`: the pool-level generation's `workloadIdentityConfig.identity`. */
export function parseInstanceIdentity(text: string): Parsed<string | undefined> {
  const parsed = structured(text);
  if (!parsed.ok) return parsed;
  if (!isRecord(parsed.value)) return { ok: false, message: 'not an instance' };
  const identity = dig(parsed.value, 'workloadIdentityConfig', 'identity');
  return { ok: true, value: typeof identity === 'string' ? identity : undefined };
}

function optionalNumber<K extends string>(key: K, value: unknown): Partial<Record<K, number>> {
  const number = numberIn(value);
  return number === undefined ? {} : ({ [key]: number } as Record<K, number>);
}
