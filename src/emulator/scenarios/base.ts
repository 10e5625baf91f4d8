import { legacyAgentLine, linuxConsole } from '../consoles.js';
import { journal, serviceSucceeded, timerStarted } from '../journals.js';
import type { Scenario } from '../scenario.js';
import { REFRESH_SERVICE_UNIT, REFRESH_TIMER_UNIT } from '../../probes/catalog.js';

/** A healthy VM of the partner-metadata generation; other scenarios change one thing of it. */
export const healthy: Scenario = {
  id: 'healthy',
  summary: 'A working VM: feature enabled, agent 20231115.00, refresher succeeding',
  instance: { name: 'vm-1', zone: 'us-central1-a', projectId: 'my-project', projectNumber: '123456789012' },
  workloadIdentity: 'spiffe://my-pool.global.123456789012.workload.id.goog/ns/default/sa/frontend',
  metadata: { configStatus: { status: 200, body: '{"partnerMetadataConfigsErrors": {}}' } },
  gcloud: { installed: true, loggedIn: true, serialPortOutput: { stdout: linuxConsole([legacyAgentLine('20231115.00')]) } },
  journal: {
    [REFRESH_TIMER_UNIT]: journal(timerStarted),
    [REFRESH_SERVICE_UNIT]: journal(serviceSucceeded('04:03:51'), serviceSucceeded('04:13:56')),
  },
  credentials: 'complete',
};

type Change = Omit<Partial<Scenario>, 'gcloud'> & { gcloud?: Partial<Scenario['gcloud']> };

/** The healthy VM with one thing changed. */
export const variant = (id: string, summary: string, change: Change): Scenario => ({
  ...healthy,
  ...change,
  id,
  summary,
  gcloud: { ...healthy.gcloud, ...change.gcloud },
});
