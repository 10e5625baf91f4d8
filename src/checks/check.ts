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
  /** Runs a probe at most once per run: checks that need the same fact share the command. */
  run: (probe: Probe) => Promise<ProbeResult>;
}

/**
 * What a check will run: its probes and the facts it found while planning (discovery of the
 * pool or CA pool, say); or why it cannot run; or the outcome planning already reached (a
 * discovery command failed). Each carries the commands planning ran.
 */
export type CheckPlan<Facts> =
  | { probes: Probe[]; facts: Facts; discovered?: Probe[] }
  | { skip: Message; discovered?: Probe[] }
  | { outcome: CheckOutcome; discovered?: Probe[] };

/** A health check in the manner of gcpdiag's runbook steps: probes in, findings out. */
export interface Check<Facts = undefined> {
  id: string;
  title: MessageId;
  where: 'vm' | 'project';
  /** The probes with the document's placeholders, for `wid-check checks` and `--explain`. */
  documented: (params: Params) => Probe[];
  plan: (context: CheckContext) => Promise<CheckPlan<Facts>>;
  /** Pure: the probe results of `plan`, in the same order, to an outcome. */
  evaluate: (results: ProbeResult[], facts: Facts, target: Target, params: Params) => CheckOutcome;
}

/** A check of any facts type, as playbooks hold them. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyCheck = Check<any>;

/** The plan of a check that needs no planning: its probes, no facts. */
export const simplePlan = (probes: Probe[]): CheckPlan<undefined> => ({ probes, facts: undefined });
