import type { CheckContext } from '../checks/check.js';
import { parseSpiffeId, type SpiffeId, type TrustDomain } from '../domain/spiffeId.js';
import { parseInstanceIdentity } from '../parsers/workloadConfig.js';
import { instanceDescribeProbe } from '../probes/catalog.js';
import { message } from '../report/message.js';
import { readPartnerAttribute, runGcloud, type Lookup } from './lookup.js';

export type Generation = 'partner-metadata' | 'pool-level';
export const IDENTITY_ATTRIBUTE = 'iam.googleapis.com/workload-identity';

export interface ConfiguredIdentity {
  generation: Generation;
  /** As configured, before any parsing: the value to show when it is malformed. */
  raw: string;
}

/**
 * The identity the VM was created with (FACTS §3): the partner attribute through the
 * metadata server, else `workloadIdentityConfig.identity` of `gcloud compute instances describe`.
 */
export async function discoverIdentity(context: CheckContext, checkId: string): Promise<Lookup<ConfiguredIdentity>> {
  const partner = await readPartnerAttribute(context, IDENTITY_ATTRIBUTE, false);
  const discovered = [partner.probe];
  if (partner.attribute.kind === 'value') {
    return { kind: 'found', value: { generation: 'partner-metadata', raw: partner.attribute.body.trim() }, discovered };
  }
  const target = await context.target();
  if (!target.vm || !target.zone) return { kind: 'unknown', reason: message('skip.identity-needs-vm'), discovered };
  const describe = instanceDescribeProbe({ ...target, vm: target.vm, zone: target.zone }, context.params);
  discovered.push(describe);
  const identity = await runGcloud(context, checkId, describe, parseInstanceIdentity);
  if (!identity.ok) return { kind: 'failed', outcome: identity.outcome, discovered };
  if (identity.value) return { kind: 'found', value: { generation: 'pool-level', raw: identity.value }, discovered };
  // Off the VM the partner attributes cannot be read, so no identity there proves nothing.
  return partner.attribute.kind === 'unreachable' ? { kind: 'unknown', reason: message('skip.identity-off-vm'), discovered } : { kind: 'absent', discovered };
}

export interface WorkloadTrustDomain {
  trustDomain: TrustDomain;
  /** Known when the identity was discovered; flags alone do not say which generation. */
  generation?: Generation;
  identity?: SpiffeId;
}

/**
 * The pool and project number that the IAM and trust checks need: from the flags
 * (`--workload-identity`, or `--pool-id` with `--project-number`), else from the VM's identity.
 */
export async function workloadTrustDomain(context: CheckContext, checkId: string): Promise<Lookup<WorkloadTrustDomain>> {
  const flags = context.params.workload;
  const fromFlag = flags.workloadIdentity ? parseSpiffeId(flags.workloadIdentity) : undefined;
  if (fromFlag?.ok) return { kind: 'found', value: { trustDomain: fromFlag.id.trustDomain, identity: fromFlag.id }, discovered: [] };
  if (flags.poolId && flags.projectNumber) {
    const name = `${flags.poolId}.global.${flags.projectNumber}.workload.id.goog`;
    return { kind: 'found', value: { trustDomain: { name, poolId: flags.poolId, projectNumber: flags.projectNumber } }, discovered: [] };
  }
  const found = await discoverIdentity(context, checkId);
  if (found.kind !== 'found') return found.kind === 'absent' ? { kind: 'unknown', reason: message('skip.no-identity'), discovered: found.discovered } : found;
  const parsed = parseSpiffeId(found.value.raw);
  if (!parsed.ok) return { kind: 'unknown', reason: message('skip.identity-malformed'), discovered: found.discovered };
  return { kind: 'found', value: { trustDomain: parsed.id.trustDomain, generation: found.value.generation, identity: parsed.id }, discovered: found.discovered };
}
