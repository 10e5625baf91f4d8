import { discoverWorkloadConfig, TRUST_ATTRIBUTE, type WorkloadConfig } from '../discovery/workloadConfig.js';
import { planWithout } from '../discovery/planFrom.js';
import type { Target } from '../domain/target.js';
import { partnerAttributeProbe } from '../probes/catalog.js';
import { finding } from '../report/finding.js';
import { message } from '../report/message.js';
import type { Check, CheckOutcome } from './check.js';
import { updatePartnerMetadata } from './remedyCommands.js';

const ID = 'trust-domain';

/** Step B.5: the trust config holds an entry for the VM's own trust domain. */
export const trustDomainCheck: Check<WorkloadConfig | undefined> = {
  id: ID,
  title: 'check.trust-domain.title',
  where: 'vm',
  documented: (params) => [partnerAttributeProbe(TRUST_ATTRIBUTE, params, true)],
  plan: async (context) => {
    const config = await discoverWorkloadConfig(context, ID);
    if (config.kind === 'found') return { probes: [], facts: config.value, discovered: config.discovered };
    return config.kind === 'absent' ? { probes: [], facts: undefined, discovered: config.discovered } : planWithout(config, { skip: message('skip.no-identity') });
  },
  evaluate: (_results, config, target) => judgeTrust(config, target),
};

function judgeTrust(config: WorkloadConfig | undefined, target: Target): CheckOutcome {
  const domain = config?.workload.trustDomain.name ?? '';
  if (config && (config.trustDomains.includes(domain) || config.ownDomainImplicit)) {
    const detail = config.trustDomains.includes(domain) ? 'detail.trust-domain-ok' : 'detail.trust-domain-implicit';
    return { status: 'pass', detail: message(detail, { domain }), findings: [] };
  }
  const summary = message('finding.trust-domain-missing', { domain: domain || 'POOL_ID.global.PROJECT_NUMBER.workload.id.goog' });
  const commands = config?.source === 'pool' ? [] : updatePartnerMetadata(target);
  return {
    status: 'fail',
    detail: summary,
    findings: [
      finding('trust-domain-missing', ID, {
        summary,
        evidence: { trustDomain: domain, configured: (config?.trustDomains ?? []).join(', ') || '(none)' },
        remedy: message('remedy.define-trust-config', { domain }),
        commands,
      }),
    ],
  };
}
