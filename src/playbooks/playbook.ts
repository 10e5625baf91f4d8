import type { Check, CheckStatus } from '../checks/check.js';
import type { MessageId } from '../report/message.js';

/** Run a step only after another, and skip it (with the reason) when that one ended in `skipWhen`. */
export interface Gate {
  after: string;
  skipWhen: CheckStatus[];
  reason: MessageId;
}

export interface PlaybookStep {
  check: Check;
  gate?: Gate;
}

/** A playbook is plain data: the engine runs it, `--explain` and `checks` print it. */
export interface Playbook {
  id: string;
  aliases: string[];
  title: MessageId;
  steps: PlaybookStep[];
}
