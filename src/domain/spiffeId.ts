import { t } from '../report/message.js';
import { isValidIdentifier } from './identifiers.js';

/** `POOL_ID.global.PROJECT_NUMBER.workload.id.goog` */
export interface TrustDomain {
  name: string;
  poolId: string;
  projectNumber: string;
}

/** `spiffe://TRUST_DOMAIN/ns/NAMESPACE_ID/sa/MANAGED_IDENTITY_ID` */
export interface SpiffeId {
  uri: string;
  trustDomain: TrustDomain;
  namespace: string;
  managedIdentity: string;
}

/** The trust domain part of an ID as written (`spiffe://D/…`, `//D/…`, `D/…`), valid or not. */
export const trustDomainOf = (id: string): string => id.replace(/^spiffe:\/\//, '').replace(/^\/\//, '').split('/')[0] ?? '';

export type SpiffeIdResult = { ok: true; id: SpiffeId } | { ok: false; reason: string };

export function parseTrustDomain(name: string): TrustDomain | undefined {
  const match = /^([^.]+)\.global\.([^.]+)\.workload\.id\.goog$/.exec(name);
  if (!match || !isValidIdentifier('poolId', match[1]!) || !isValidIdentifier('projectNumber', match[2]!)) return undefined;
  return { name, poolId: match[1]!, projectNumber: match[2]! };
}

/**
 * Parses a managed workload identity under the rules of FACTS §4. Accepts the `--identity`
 * spellings too (`//TRUST_DOMAIN/ns/..` and without `//`) and returns the canonical URI.
 */
export function parseSpiffeId(value: string): SpiffeIdResult {
  const body = value.trim().replace(/^spiffe:\/\//, '').replace(/^\/\//, '');
  const match = /^([^/]+)\/ns\/([^/]+)\/sa\/([^/]+)$/.exec(body);
  if (!match) return { ok: false, reason: t('reason.spiffe-form') };
  const [, domain, namespace, managedIdentity] = match as unknown as [string, string, string, string];
  const trustDomain = parseTrustDomain(domain);
  if (!trustDomain) return { ok: false, reason: t('reason.trust-domain', { domain }) };
  if (!isValidIdentifier('namespace', namespace)) return { ok: false, reason: t('reason.namespace', { namespace }) };
  if (!isValidIdentifier('managedIdentity', managedIdentity)) return { ok: false, reason: t('reason.managed-identity', { identity: managedIdentity }) };
  return { ok: true, id: { uri: `spiffe://${domain}/ns/${namespace}/sa/${managedIdentity}`, trustDomain, namespace, managedIdentity } };
}
