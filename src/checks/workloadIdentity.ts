import { parseSpiffeId, type SpiffeId } from '../domain/spiffeId.js';
import type { Target, WorkloadFlags } from '../domain/target.js';
import { discoverIdentity, IDENTITY_ATTRIBUTE, type ConfiguredIdentity } from '../discovery/identity.js';
import { planWithout } from '../discovery/planFrom.js';
import { partnerAttributeProbe } from '../probes/catalog.js';
import { finding } from '../report/finding.js';
import { message } from '../report/message.js';
import type { Check, CheckOutcome } from './check.js';
import { createSupportingVm } from './remedyCommands.js';

const ID = 'workload-identity';

/** Step B.4: the VM's identity is a valid SPIFFE ID, and the one the user expects. */
export const workloadIdentityCheck: Check<ConfiguredIdentity | undefined> = {
  id: ID,
  title: 'check.workload-identity.title',
  where: 'vm',
  documented: (params) => [partnerAttributeProbe(IDENTITY_ATTRIBUTE, params)],
  plan: async (context) => {
    const found = await discoverIdentity(context, ID);
    if (found.kind === 'found') return { probes: [], facts: found.value, discovered: found.discovered };
    return found.kind === 'absent' ? { probes: [], facts: undefined, discovered: found.discovered } : planWithout(found, { skip: message('skip.no-identity') });
  },
  evaluate: (_results, configured, target, params) => judgeIdentity(configured, params.workload, target),
};

/** Differences between the configured identity and what the flags expect, as `field: actual ≠ expected`. */
export function identityDifferences(id: SpiffeId, flags: WorkloadFlags): string[] {
  const expected = flags.workloadIdentity ? parseSpiffeId(flags.workloadIdentity) : undefined;
  const wanted: Array<[string, string, string | undefined]> = [
    ['SPIFFE ID', id.uri, expected?.ok ? expected.id.uri : undefined],
    ['pool', id.trustDomain.poolId, flags.poolId],
    ['project number', id.trustDomain.projectNumber, flags.projectNumber],
    ['namespace', id.namespace, flags.namespace],
    ['managed identity', id.managedIdentity, flags.managedIdentity],
  ];
  return wanted.filter(([, actual, want]) => want !== undefined && actual !== want).map(([field, actual, want]) => `${field}: ${actual} ≠ ${want}`);
}

function recreate(target: Target, flags: WorkloadFlags, generation: ConfiguredIdentity['generation'] | undefined): string[] {
  const wanted = flags.workloadIdentity ? parseSpiffeId(flags.workloadIdentity) : undefined;
  if (generation !== 'pool-level') return createSupportingVm(target);
  const identity = wanted?.ok ? `//${wanted.id.trustDomain.name}/ns/${wanted.id.namespace}/sa/${wanted.id.managedIdentity}` : '//TRUST_DOMAIN/ns/NAMESPACE_ID/sa/MANAGED_IDENTITY_ID';
  return [`gcloud compute instances create ${target.vm ?? 'VM_NAME'} --zone=${target.zone ?? 'ZONE'} --identity=${identity} --identity-certificate`];
}

function judgeIdentity(configured: ConfiguredIdentity | undefined, flags: WorkloadFlags, target: Target): CheckOutcome {
  const invalid = (summary: ReturnType<typeof message>, evidence: Record<string, string>): CheckOutcome => ({
    status: 'fail',
    detail: summary,
    findings: [finding('workload-identity-invalid', ID, { summary, evidence, remedy: message('remedy.recreate-vm-identity'), commands: recreate(target, flags, configured?.generation) })],
  });
  if (!configured) return invalid(message('finding.identity-absent'), { attribute: IDENTITY_ATTRIBUTE });
  const parsed = parseSpiffeId(configured.raw);
  if (!parsed.ok) return invalid(message('finding.identity-malformed', { value: configured.raw, reason: parsed.reason }), { value: configured.raw, reason: parsed.reason });
  const differences = identityDifferences(parsed.id, flags);
  if (differences.length) {
    return invalid(message('finding.identity-differs', { value: parsed.id.uri, differences: differences.join('; ') }), { value: parsed.id.uri, differences: differences.join('; ') });
  }
  return { status: 'pass', detail: message('detail.identity-ok', { value: parsed.id.uri, generation: configured.generation }), findings: [] };
}
