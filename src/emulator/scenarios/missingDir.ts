import { kernelTimestampAgentLine, legacyAgentLine, linuxConsole, newAgentLines } from '../consoles.js';
import { FEATURE_NOT_ENABLED_BODY, notFoundPage } from '../googlePages.js';
import { journal, newAgentRefreshDisabled, newAgentRefreshed, serviceFailed, serviceSucceeded, timerStarted, timerStopped } from '../journals.js';
import type { Scenario } from '../scenario.js';
import { NEW_AGENT_UNITS, REFRESH_SERVICE_UNIT, REFRESH_TIMER_UNIT } from '../../probes/catalog.js';
import { healthy, variant } from './base.js';

const CONFIG_STATUS_PATH = '/computeMetadata/v1/instance/gce-workload-certificates/config-status';
const CONFIG_ERROR_BODY = JSON.stringify(
  {
    partnerMetadataConfigsErrors: {
      'wc.compute.googleapis.com/certificate-issuance-config': {
        errorCode: 'INVALID_ARGUMENT',
        errorMessage: 'ca_pool "projects/my-project/locations/us-central1/caPools/" is not a valid CA pool name',
      },
    },
  },
  null,
  1,
);
const INTERNAL_ERROR_BODY = JSON.stringify(
  { partnerMetadataConfigsErrors: { 'iam.googleapis.com/workload-identity': { errorCode: 'INTERNAL_ERROR', errorMessage: 'failed to process workload identity configuration' } } },
  null,
  1,
);
const noRefresher = { journal: {}, credentials: 'missing' as const };

/** Symptom A: each cause of a missing credentials directory, and VMs where nothing is wrong. */
export const missingDirScenarios: Scenario[] = [
  healthy,
  variant('healthy-new-agent', 'A working VM with the 2024+ guest agent, whose core plugin refreshes the credentials', {
    gcloud: { serialPortOutput: { stdout: linuxConsole(newAgentLines('20250901.00')) } },
    journal: {
      [REFRESH_TIMER_UNIT]: journal(timerStarted, timerStopped),
      [NEW_AGENT_UNITS[0]]: journal(newAgentRefreshed('04:03:52'), newAgentRefreshed('04:13:52')),
    },
  }),
  variant('vm-unsupported', 'config-status answers Google\'s 404 page: the VM does not support the feature', {
    metadata: { configStatus: { status: 404, body: notFoundPage(CONFIG_STATUS_PATH) }, partnerAttributes: undefined },
    ...noRefresher,
  }),
  variant('feature-not-enabled', 'config-status answers 404 "workload certificate feature not enabled"', {
    metadata: { configStatus: { status: 404, body: FEATURE_NOT_ENABLED_BODY }, partnerAttributes: undefined },
    ...noRefresher,
  }),
  variant('config-not-applied', 'config-status answers 412: the VM never received a valid configuration', {
    metadata: { configStatus: { status: 412, body: '' } },
    ...noRefresher,
  }),
  variant('config-error', 'config-status lists an invalid certificate issuance config', {
    metadata: { configStatus: { status: 200, body: CONFIG_ERROR_BODY } },
    journal: {},
    credentials: 'config-status-only',
  }),
  variant('internal-error', 'config-status reports INTERNAL_ERROR', {
    metadata: { configStatus: { status: 200, body: INTERNAL_ERROR_BODY } },
    journal: {},
    credentials: 'config-status-only',
  }),
  variant('not-on-gce', 'No metadata server answers: the tool runs outside Compute Engine', {
    metadata: undefined,
    ...noRefresher,
  }),
  variant('agent-outdated', 'The latest boot started guest agent 20231103.00, one build short of 20231103.01', {
    gcloud: { serialPortOutput: { stdout: linuxConsole([kernelTimestampAgentLine('20230601.00'), legacyAgentLine('20231103.00')]) } },
    credentials: 'missing',
  }),
  variant('agent-version-unknown', 'The serial console holds no agent start line (the boot has scrolled away)', {
    gcloud: { serialPortOutput: { stdout: linuxConsole([]) } },
  }),
  variant('refresh-not-running', 'The refresh timer has no journal entries: it never ran', {
    journal: {},
    credentials: 'missing',
  }),
  variant('refresh-disabled', 'The 2024+ agent skips every refresh: enable-workload-certificate is not set', {
    gcloud: { serialPortOutput: { stdout: linuxConsole(newAgentLines('20250901.00')) } },
    journal: { [NEW_AGENT_UNITS[0]]: journal(newAgentRefreshDisabled('04:03:52'), newAgentRefreshDisabled('04:13:52')) },
    credentials: 'missing',
  }),
  variant('refresh-failing', 'The refresh service ran and failed: "Error refreshCreds: …"', {
    journal: {
      [REFRESH_TIMER_UNIT]: journal(timerStarted),
      [REFRESH_SERVICE_UNIT]: journal(
        serviceSucceeded('04:03:51'),
        serviceFailed('04:13:56', 'error getting workload-identities: request failed with status code: [500]'),
      ),
    },
    credentials: 'missing',
  }),
  variant('gcloud-logged-out', 'gcloud has no active account, so the serial console cannot be read', {
    gcloud: { loggedIn: false },
  }),
  variant('gcloud-permission-denied', 'The gcloud account may not read the serial console', {
    gcloud: {
      serialPortOutput: {
        error:
          "ERROR: (gcloud.compute.instances.get-serial-port-output) Could not fetch serial port output: Required 'compute.instances.getSerialPortOutput' permission for 'projects/my-project/zones/us-central1-a/instances/vm-1'",
      },
    },
  }),
  variant('gcloud-missing', 'gcloud is not installed where the tool runs', {
    gcloud: { installed: false },
  }),
  variant('gcloud-hangs', 'gcloud never answers (the tool stops it after --timeout seconds)', {
    gcloud: { serialPortOutput: { hang: true } },
  }),
];
