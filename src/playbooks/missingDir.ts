import { configStatusCheck } from '../checks/configStatus.js';
import { guestAgentVersionCheck } from '../checks/guestAgentVersion.js';
import { refresherCheck } from '../checks/refresher.js';
import type { Playbook } from './playbook.js';

/** Symptom A of the document: `/var/run/secrets/workload-spiffe-credentials` does not exist. */
export const missingDirPlaybook: Playbook = {
  id: 'missing-dir',
  aliases: [],
  title: 'playbook.missing-dir.title',
  steps: [
    { check: configStatusCheck },
    { check: guestAgentVersionCheck },
    { check: refresherCheck, gate: { after: configStatusCheck.id, skipWhen: { statuses: ['fail'] }, reason: 'gate.feature-not-working' } },
  ],
};
