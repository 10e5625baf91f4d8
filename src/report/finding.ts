import { CAUSES, causeUrl, type CauseCode, type Severity } from './causes.js';
import type { Message } from './message.js';

export interface Remedy {
  text: Message;
  url?: string;
  /** Ready to copy: the user's values are filled in. */
  commands: string[];
}

export interface Finding {
  code: CauseCode;
  severity: Severity;
  check: string;
  summary: Message;
  evidence: Record<string, string>;
  remedy: Remedy;
}

export interface FindingInput {
  summary: Message;
  evidence?: Record<string, string>;
  remedy: Message;
  commands?: string[];
}

/** A finding with its severity and link taken from the cause catalog. */
export function finding(code: CauseCode, check: string, input: FindingInput): Finding {
  const url = causeUrl(code);
  return {
    code,
    severity: CAUSES[code].severity,
    check,
    summary: input.summary,
    evidence: input.evidence ?? {},
    remedy: { text: input.remedy, ...(url ? { url } : {}), commands: input.commands ?? [] },
  };
}
