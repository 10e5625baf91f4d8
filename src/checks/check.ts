import type { Params, Target } from '../domain/target.js';
import type { Probe, ProbeResult } from '../probes/probe.js';
import type { Finding } from '../report/finding.js';
import type { Message, MessageId } from '../report/message.js';

export type CheckStatus = 'pass' | 'fail' | 'warn' | 'skip' | 'error';

export interface CheckOutcome {
  status: CheckStatus;
  /** One line on what the check saw. */
  detail: Message;
  findings: Finding[];
}

export interface CheckContext {
  params: Params;
  /** Resolved on first use (flags, environment, metadata server, gcloud config). */
  target: () => Promise<Target>;
}

/** What a check will run: its probes, or why it cannot run (a flag is missing, say). */
export type CheckPlan = { probes: Probe[] } | { skip: Message };

/** A health check in the manner of gcpdiag's runbook steps: probes in, findings out. */
export interface Check {
  id: string;
  title: MessageId;
  where: 'vm' | 'project';
  /** The probes with placeholders, for `wid-check checks` and `--explain`. */
  documented: (params: Params) => Probe[];
  plan: (context: CheckContext) => Promise<CheckPlan>;
  /** Pure: the probe results of `plan`, in the same order, to an outcome. */
  evaluate: (results: ProbeResult[], target: Target, params: Params) => CheckOutcome;
}
