import type { CheckOutcome } from '../checks/check.js';
import type { Target } from '../domain/target.js';
import type { Finding } from './finding.js';
import type { Message } from './message.js';

export interface CheckRecord extends CheckOutcome {
  id: string;
  title: Message;
  /** The document's commands this check ran, with the user's values filled in. */
  commands: string[];
  ms: number;
}

export type ReportStatus = 'ok' | 'problem' | 'inconclusive';

/** What `diagnose` found the symptom to be, and which playbook it ran for it. */
export interface Symptom {
  id: string;
  playbook: string;
  detail: Message;
}

export interface Report {
  playbook: string;
  symptom?: Symptom;
  target: Target;
  status: ReportStatus;
  checks: CheckRecord[];
  findings: Finding[];
}

/** A failed check is a problem; otherwise a check that could not run leaves the run inconclusive. */
export function overallStatus(checks: readonly Pick<CheckRecord, 'status'>[]): ReportStatus {
  if (checks.some((check) => check.status === 'fail')) return 'problem';
  if (checks.some((check) => check.status === 'error')) return 'inconclusive';
  return 'ok';
}

export const EXIT_CODES = { ok: 0, problem: 1, usage: 2, inconclusive: 3 } as const;
