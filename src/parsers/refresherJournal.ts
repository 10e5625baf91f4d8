import { consoleLines } from './ansi.js';

/**
 * What the refresher's journal says (FACTS §7): legacy timer and service lines, the legacy
 * binary's own messages, and the 2024+ agent's core-plugin messages.
 */
export type RefreshEventKind =
  | 'timer-started'
  | 'timer-stopped'
  | 'run-started'
  | 'run-succeeded'
  | 'run-failed'
  | 'refresh-disabled';

export interface RefreshEvent {
  kind: RefreshEventKind;
  line: string;
  time?: string;
  /** The refresher's own error text (`Error refreshCreds: …`), better evidence than systemd's. */
  detailed?: boolean;
}

export interface RefresherJournal {
  /** `-- No entries --`, or nothing at all. */
  empty: boolean;
  /** journalctl hid other users' and the system's messages: run it with sudo. */
  restricted: boolean;
  events: RefreshEvent[];
}

/*
 * The patterns are POSIX extended regular expressions that JavaScript reads the same way:
 * the generated shell scripts match journal lines with exactly these (grep -E).
 */
const TIMER = String.raw`(gce-workload-cert-refresh\.timer|GCE Workload Certificate refresh timer)`;
const SERVICE = String.raw`(gce-workload-cert-refresh\.service|GCE Workload Certificate refresh)`;

export const REFRESH_RULES: ReadonlyArray<{ kind: RefreshEventKind; ere: string; detailed?: boolean }> = [
  { kind: 'timer-started', ere: `Started ${TIMER}` },
  { kind: 'timer-stopped', ere: String.raw`Stopped ${TIMER}|gce-workload-cert-refresh\.timer: Deactivated` },
  { kind: 'run-failed', ere: 'Error refreshCreds:|Failed to refresh workload credentials:', detailed: true },
  { kind: 'run-failed', ere: `${SERVICE}: (Main process exited, code=[a-z]+, status=[1-9]|Failed with result)|Failed to start ${SERVICE}` },
  { kind: 'refresh-disabled', ere: 'MWLID credential refresh is not enabled' },
  {
    kind: 'run-succeeded',
    ere: String.raw`gce_workload_cert_refresh\[[0-9]+\]: .*: Done *$|Successfully refreshed workload credentials|${SERVICE}: (Succeeded|Deactivated successfully)|Finished ${SERVICE}`,
  },
  { kind: 'run-started', ere: `Starting ${SERVICE}|Refreshing workload credentials` },
];

const RULES = REFRESH_RULES.map((rule) => ({ ...rule, pattern: new RegExp(rule.ere) }));

const TIMESTAMPS = [
  /\b(\d{4}\/\d\d\/\d\d \d\d:\d\d:\d\d)\b/,
  /^(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[^\s]*)/,
  /^([A-Z][a-z]{2} [ \d]\d \d\d:\d\d:\d\d)/,
];

function timeOf(line: string): string | undefined {
  for (const pattern of TIMESTAMPS) {
    const match = pattern.exec(line);
    if (match) return match[1];
  }
  return undefined;
}

/** journalctl's notices, not journal entries: `-- No entries --`, and the three-line hint for unprivileged users. */
const NOTICE = /^(?:-- |Hint: |Users in groups |Pass -q to turn off)/;

/** journalctl prints the hint on stderr, so both streams are read. */
export function parseRefresherJournal(output: string, stderr = ''): RefresherJournal {
  const lines = consoleLines(output).map((line) => line.trim()).filter(Boolean);
  const events: RefreshEvent[] = [];
  for (const line of lines) {
    const rule = RULES.find(({ pattern }) => pattern.test(line));
    if (!rule) continue;
    const time = timeOf(line);
    events.push({ kind: rule.kind, line, ...(time ? { time } : {}), ...(rule.detailed ? { detailed: true } : {}) });
  }
  return {
    empty: lines.every((line) => NOTICE.test(line)),
    restricted: /not seeing messages from other users/i.test(output + stderr),
    events,
  };
}

const OUTCOMES: ReadonlySet<RefreshEventKind> = new Set(['run-succeeded', 'run-failed', 'refresh-disabled']);

/** The last run's outcome, with the most telling line of that run when it failed. */
export function lastRefreshOutcome(events: readonly RefreshEvent[]): RefreshEvent | undefined {
  const lastIndex = events.findLastIndex((event) => OUTCOMES.has(event.kind));
  const last = events[lastIndex];
  if (!last || last.kind !== 'run-failed') return last;
  const runStart = events.slice(0, lastIndex).findLastIndex((event) => event.kind === 'run-started');
  const run = events.slice(runStart + 1, lastIndex + 1);
  return run.findLast((event) => event.kind === 'run-failed' && event.detailed) ?? last;
}
