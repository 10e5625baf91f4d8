import { MINIMUM_AGENT_VERSION, isOlderThanMinimum } from '../domain/agentVersion.js';
import { latestAgentStart } from '../parsers/guestAgentVersion.js';
import { serialPortProbe } from '../probes/catalog.js';
import { finding } from '../report/finding.js';
import { message } from '../report/message.js';
import type { Check, CheckOutcome } from './check.js';
import { failedCommandOutcome, failedGcloudOutcome } from './failedCommand.js';
import type { ProbeResult } from '../probes/probe.js';

const ID = 'guest-agent-version';

const UPDATE_COMMANDS = {
  linux: [
    'sudo apt-get update && sudo apt-get install --only-upgrade google-guest-agent   # Debian, Ubuntu',
    'sudo dnf upgrade google-guest-agent   # RHEL, Rocky, CentOS Stream',
    'sudo zypper update google-guest-agent   # SLES',
  ],
  windows: ['googet update   # in an elevated PowerShell'],
};

/** Step A.2 of the document: the guest agent must be 20231103.01 or later. */
export const guestAgentVersionCheck: Check = {
  id: ID,
  title: 'check.guest-agent-version.title',
  where: 'project',
  documented: (params) => [serialPortProbe({ vm: 'VM_NAME', via: 'local' }, params)],
  plan: async ({ target, params }) => {
    const resolved = await target();
    if (!resolved.vm) return { skip: message('skip.needs-vm') };
    if (!resolved.zone) return { skip: message('skip.needs-zone') };
    return { probes: [serialPortProbe({ ...resolved, vm: resolved.vm }, params)], facts: undefined };
  },
  evaluate: ([result]) => judgeGuestAgent(result!),
};

function judgeGuestAgent(result: ProbeResult): CheckOutcome {
  const failed = failedCommandOutcome(ID, result, 'gcloud');
  if (failed) return failed;
  if (result.exitCode !== 0) return failedGcloudOutcome(ID, result);
  const start = latestAgentStart(result.stdout);
  if (!start) {
    return {
      status: 'warn',
      detail: message('detail.agent-version-unknown'),
      findings: [
        finding('guest-agent-version-unknown', ID, {
          summary: message('finding.guest-agent-version-unknown'),
          evidence: { searched: '"GCE Agent Started", "Google Guest Agent (version: …) Initialized"' },
          remedy: message('remedy.agent-version-on-vm'),
          commands: ['dpkg-query -W google-guest-agent || rpm -q google-guest-agent'],
        }),
      ],
    };
  }
  const version = start.version.raw;
  if (!isOlderThanMinimum(start.version)) {
    return { status: 'pass', detail: message(`detail.agent-current.${start.agent}`, { version, minimum: MINIMUM_AGENT_VERSION }), findings: [] };
  }
  return {
    status: 'fail',
    detail: message('detail.agent-outdated', { version, minimum: MINIMUM_AGENT_VERSION }),
    findings: [
      finding('guest-agent-outdated', ID, {
        summary: message('finding.guest-agent-outdated', { version, minimum: MINIMUM_AGENT_VERSION }),
        evidence: { version, line: start.line },
        remedy: message('remedy.update-guest-environment'),
        commands: UPDATE_COMMANDS[start.platform],
      }),
    ],
  };
}
