import type { AnyCheck, CheckStatus } from '../checks/check.js';
import type { CauseCode } from '../report/causes.js';
import type { MessageId } from '../report/message.js';

/**
 * Run a step only after another, and skip it (with the reason) when that one ended in one
 * of `statuses` — or, when `codes` are given, only when it also found one of those causes.
 */
export interface Gate {
  after: string;
  skipWhen: { statuses: CheckStatus[]; codes?: CauseCode[] };
  reason: MessageId;
}

export interface PlaybookStep {
  check: AnyCheck;
  gate?: Gate;
}

/** A playbook is plain data: the engine runs it, `--explain` and `checks` print it. */
export interface Playbook {
  id: string;
  aliases: string[];
  title: MessageId;
  steps: PlaybookStep[];
}
