import { caPoolIamCheck } from '../checks/caPoolIam.js';
import { configStatusCheck } from '../checks/configStatus.js';
import { trustDomainCheck } from '../checks/trustDomain.js';
import { workloadEndpointsCheck } from '../checks/workloadEndpoints.js';
import { workloadIdentityCheck } from '../checks/workloadIdentity.js';
import type { Gate, Playbook } from './playbook.js';

/** An unsupported or disabled feature (A.1) explains the 404 by itself; a 412 does not. */
const featureOn: Gate = {
  after: configStatusCheck.id,
  skipWhen: { statuses: ['fail'], codes: ['vm-unsupported', 'feature-not-enabled', 'metadata-unreachable'] },
  reason: 'gate.feature-off',
};

/** Symptom C of the document: `workload-identities` or `trust-anchors` answers 404. */
export const metadata404Playbook: Playbook = {
  id: '404',
  aliases: ['metadata-404'],
  title: 'playbook.metadata-404.title',
  steps: [
    { check: workloadEndpointsCheck },
    { check: configStatusCheck },
    { check: caPoolIamCheck, gate: featureOn },
    { check: workloadIdentityCheck, gate: featureOn },
    { check: trustDomainCheck, gate: featureOn },
  ],
};
