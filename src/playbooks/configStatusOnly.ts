import { caPoolIamCheck } from '../checks/caPoolIam.js';
import { configStatusFileCheck } from '../checks/configStatusFile.js';
import { trustDomainCheck } from '../checks/trustDomain.js';
import { workloadIdentityCheck } from '../checks/workloadIdentity.js';
import type { Gate, Playbook } from './playbook.js';

/** With the feature off (B.1) the other steps have nothing to look at. */
const featureOn: Gate = {
  after: configStatusFileCheck.id,
  skipWhen: { statuses: ['fail'], codes: ['feature-not-enabled'] },
  reason: 'gate.feature-off',
};

/** Symptom B of the document: the credentials directory holds only `config_status`. */
export const configStatusOnlyPlaybook: Playbook = {
  id: 'config-status-only',
  aliases: ['only-config-status'],
  title: 'playbook.config-status-only.title',
  steps: [
    { check: configStatusFileCheck },
    { check: caPoolIamCheck, gate: featureOn },
    { check: workloadIdentityCheck, gate: featureOn },
    { check: trustDomainCheck, gate: featureOn },
  ],
};
