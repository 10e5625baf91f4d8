import type { Gate } from '../playbooks/playbook.js';
import type { CheckRecord } from '../report/report.js';

/** Whether a gated step must be skipped, given how the step it waits for ended. */
export function gateCloses(gate: Gate, before: CheckRecord | undefined): boolean {
  if (!before || !gate.skipWhen.statuses.includes(before.status)) return false;
  const codes = gate.skipWhen.codes;
  return !codes || before.findings.some((finding) => codes.includes(finding.code));
}
