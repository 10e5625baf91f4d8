import type { CaPool } from '../domain/caPool.js';
import { poolPrincipals, REQUIRED_CA_POOL_ROLES } from '../domain/principal.js';
import type { TrustDomain } from '../domain/spiffeId.js';
import { workloadTrustDomain } from '../discovery/identity.js';
import { caPoolsToCheck, discoverWorkloadConfig, noCaPool } from '../discovery/workloadConfig.js';
import { planWithout } from '../discovery/planFrom.js';
import { parseIamPolicy, type IamBinding } from '../parsers/iamPolicy.js';
import { caPoolIamProbe } from '../probes/catalog.js';
import type { ProbeResult } from '../probes/probe.js';
import { finding, type Finding } from '../report/finding.js';
import { message } from '../report/message.js';
import type { Check, CheckOutcome } from './check.js';
import { failedCommandOutcome, failedGcloudOutcome } from './failedCommand.js';

const ID = 'ca-pool-iam';

interface Facts {
  trustDomain: TrustDomain;
  pools: CaPool[];
}

/** Step B.3: both roles bound on the CA pool to the workload identity pool's principal. */
export const caPoolIamCheck: Check<Facts> = {
  id: ID,
  title: 'check.ca-pool-iam.title',
  where: 'project',
  documented: (params) => [caPoolIamProbe({ id: 'SUBORDINATE_CA_POOL_ID', region: 'SUBORDINATE_CA_POOL_REGION' }, params)],
  plan: async (context) => {
    const domain = await workloadTrustDomain(context, ID);
    if (domain.kind !== 'found') return planWithout(domain, { skip: message('skip.no-identity') });
    const flags = context.params.workload;
    // Both CA pool flags given: nothing to discover.
    const config = flags.caPool && flags.caPoolRegion ? undefined : await discoverWorkloadConfig(context, ID);
    if (config && config.kind !== 'found') return planWithout(config, { skip: noCaPool() });
    const discovered = [...domain.discovered, ...(config?.discovered ?? [])];
    const target = await context.target();
    const pools = caPoolsToCheck(config?.value, flags, target.zone?.replace(/-[a-z]$/, ''), target.project);
    if (pools.length === 0) return { skip: noCaPool(), discovered };
    return { probes: pools.map((pool) => caPoolIamProbe(pool, context.params)), facts: { trustDomain: domain.value.trustDomain, pools }, discovered };
  },
  evaluate: (results, facts) => judgeCaPools(results, facts),
};

type RoleState = 'bound' | 'conditional' | 'missing';

export function roleState(bindings: IamBinding[], role: string, principals: string[]): { state: RoleState; binding?: IamBinding } {
  const matching = bindings.filter((binding) => binding.role === role && binding.members.some((member) => principals.includes(member)));
  const unconditional = matching.find((binding) => !binding.condition);
  if (unconditional) return { state: 'bound', binding: unconditional };
  return matching[0] ? { state: 'conditional', binding: matching[0] } : { state: 'missing' };
}

function judgeCaPools(results: ProbeResult[], { trustDomain, pools }: Facts): CheckOutcome {
  const principals = poolPrincipals(trustDomain);
  const findings: Finding[] = [];
  for (const [index, pool] of pools.entries()) {
    const result = results[index]!;
    const failed = failedCommandOutcome(ID, result, 'gcloud') ?? (result.exitCode === 0 ? undefined : failedGcloudOutcome(ID, result));
    if (failed) return failed;
    const policy = parseIamPolicy(result.stdout);
    if (!policy.ok) return { status: 'error', detail: message('detail.unparsable', { command: 'gcloud privateca pools get-iam-policy', message: policy.message }), findings: [] };
    for (const role of REQUIRED_CA_POOL_ROLES) {
      const { state, binding } = roleState(policy.bindings, role, principals);
      const values = { role, pool: pool.id, principal: principals[0]! };
      if (state === 'missing') {
        findings.push(
          finding('ca-pool-permission-missing', ID, {
            summary: message('finding.ca-pool-permission-missing', values),
            evidence: { caPool: `projects/${pool.project}/locations/${pool.region}/caPools/${pool.id}`, role, principal: principals[0]!, bindings: String(policy.bindings.length) },
            remedy: message('remedy.authorize-ca-pool'),
            commands: [
              `gcloud privateca pools add-iam-policy-binding ${pool.id} --location=${pool.region}${pool.project ? ` --project=${pool.project}` : ''} --role=${role} --member=${principals[0]}`,
            ],
          }),
        );
      } else if (state === 'conditional') {
        findings.push(
          finding('ca-pool-permission-conditional', ID, {
            summary: message('finding.ca-pool-permission-conditional', { ...values, condition: binding?.condition?.expression ?? '' }),
            evidence: { role, condition: binding?.condition?.expression ?? '', title: binding?.condition?.title ?? '' },
            remedy: message('remedy.unconditional-binding'),
          }),
        );
      }
    }
  }
  const missing = findings.some((f) => f.code === 'ca-pool-permission-missing');
  return {
    status: missing ? 'fail' : findings.length ? 'warn' : 'pass',
    detail: missing
      ? message('detail.ca-pool-roles-missing', { count: findings.filter((f) => f.code === 'ca-pool-permission-missing').length })
      : findings.length
        ? message('detail.ca-pool-roles-conditional')
        : message('detail.ca-pool-roles-ok', { pools: pools.map((pool) => pool.id).join(', ') }),
    findings,
  };
}
