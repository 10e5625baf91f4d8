import type { DirectoryState } from '../parsers/credentialsListing.js';
import type { MessageId } from '../report/message.js';
import { configStatusOnlyPlaybook } from './configStatusOnly.js';
import { credentialsPlaybook } from './credentials.js';
import { metadata404Playbook } from './metadata404.js';
import { missingDirPlaybook } from './missingDir.js';
import type { Playbook } from './playbook.js';

export type SymptomId = 'missing-dir' | 'config-status-only' | 'metadata-404' | 'incomplete' | 'complete';

/**
 * `diagnose` as data: what the credentials directory holds (and, when that does not decide,
 * how the endpoints answer) picks the playbook. `--explain` prints this table.
 */
export const DIAGNOSE_ROUTES: ReadonlyArray<{ symptom: SymptomId; when: MessageId; playbook: Playbook }> = [
  { symptom: 'missing-dir', when: 'route.missing-dir', playbook: missingDirPlaybook },
  { symptom: 'config-status-only', when: 'route.config-status-only', playbook: configStatusOnlyPlaybook },
  { symptom: 'complete', when: 'route.complete', playbook: credentialsPlaybook },
  { symptom: 'metadata-404', when: 'route.metadata-404', playbook: metadata404Playbook },
  { symptom: 'incomplete', when: 'route.incomplete', playbook: missingDirPlaybook },
];

/** Whether the endpoints must be asked: only when the directory's state does not decide. */
export const needsEndpoints = (state: DirectoryState) => state.kind === 'incomplete';

export function symptomOf(state: DirectoryState, endpointsAnswer404: boolean): SymptomId {
  switch (state.kind) {
    case 'absent':
    case 'unreadable':
      return 'missing-dir';
    case 'config-status-only':
      return 'config-status-only';
    case 'complete':
      return 'complete';
    case 'incomplete':
      return endpointsAnswer404 ? 'metadata-404' : 'incomplete';
  }
}
