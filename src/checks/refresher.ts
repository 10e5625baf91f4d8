import type { Params, Target } from '../domain/target.js';
import { lastRefreshOutcome, parseRefresherJournal, type RefresherJournal } from '../parsers/refresherJournal.js';
import { AGENT_JOURNAL_LINES, NEW_AGENT_UNITS, REFRESH_SERVICE_UNIT, REFRESH_TIMER_UNIT, journalProbe } from '../probes/catalog.js';
import type { ProbeResult } from '../probes/probe.js';
import { finding } from '../report/finding.js';
import { message, type Message } from '../report/message.js';
import { simplePlan, type Check, type CheckOutcome } from './check.js';
import { failedCommandOutcome } from './failedCommand.js';
import { enableOnExistingVm } from './remedyCommands.js';

const ID = 'refresher';

const probes = (params: Params) => [
  journalProbe([REFRESH_TIMER_UNIT], params),
  journalProbe([REFRESH_SERVICE_UNIT], params),
  journalProbe(NEW_AGENT_UNITS, params, AGENT_JOURNAL_LINES),
];

/** Step A.3 of the document: did the refresh timer run, and did the service fetch the credentials? */
export const refresherCheck: Check = {
  id: ID,
  title: 'check.refresher.title',
  where: 'vm',
  documented: probes,
  plan: async ({ params }) => simplePlan(probes(params)),
  evaluate: (results, _facts, target) => judgeRefresher(results, target),
};

function judgeRefresher(results: ProbeResult[], target: Target): CheckOutcome {
  for (const result of results) {
    const failed = failedCommandOutcome(ID, result, 'journalctl');
    if (failed) return failed;
  }
  const unreadable = results.find((result) => result.exitCode !== 0);
  if (unreadable) {
    return { status: 'error', detail: message('detail.journal-unreadable', { message: unreadable.stderr.trim().split('\n')[0] ?? '' }), findings: [] };
  }
  const [timer, service, agent] = results.map((result) => parseRefresherJournal(result.stdout, result.stderr)) as [
    RefresherJournal,
    RefresherJournal,
    RefresherJournal,
  ];
  const outcome = lastRefreshOutcome(agent.events) ?? lastRefreshOutcome(service.events);
  if (outcome?.kind === 'run-succeeded') {
    return { status: 'pass', detail: message('detail.refresh-ok', { time: outcome.time ?? '?' }), findings: [] };
  }
  if (outcome?.kind === 'run-failed') {
    return notWorking('refresh-failing', message('finding.refresh-failing', { time: outcome.time ?? '?' }), outcome.line, 'remedy.refresh-failing', [
      `sudo systemctl start ${REFRESH_SERVICE_UNIT}`,
      `journalctl -u ${REFRESH_SERVICE_UNIT} -n 20 --no-pager`,
    ]);
  }
  if (outcome?.kind === 'refresh-disabled') {
    return notWorking('refresh-not-running', message('finding.refresh-disabled'), outcome.line, 'remedy.refresh-disabled', enableOnExistingVm(target).slice(1));
  }
  if ([timer, service, agent].some((journal) => journal.restricted && journal.empty)) {
    return { status: 'error', detail: message('detail.journal-restricted'), findings: [] };
  }
  const timerEvents = timer.events.filter((event) => event.kind === 'timer-started' || event.kind === 'timer-stopped');
  const lastTimer = timerEvents.at(-1);
  const summary = !lastTimer
    ? message('finding.refresh-timer-never-ran')
    : lastTimer.kind === 'timer-stopped'
      ? message('finding.refresh-timer-inactive', { time: lastTimer.time ?? '?' })
      : message('finding.refresh-service-never-ran', { time: lastTimer.time ?? '?' });
  return notWorking('refresh-not-running', summary, lastTimer?.line ?? '-- No entries --', 'remedy.refresh-not-running', [
    `sudo systemctl enable --now ${REFRESH_TIMER_UNIT}`,
    `systemctl list-timers ${REFRESH_TIMER_UNIT}`,
  ]);
}

function notWorking(
  code: 'refresh-failing' | 'refresh-not-running',
  summary: Message,
  line: string,
  remedy: 'remedy.refresh-failing' | 'remedy.refresh-disabled' | 'remedy.refresh-not-running',
  commands: string[],
): CheckOutcome {
  return {
    status: 'fail',
    detail: summary,
    findings: [finding(code, ID, { summary, evidence: { line }, remedy: message(remedy), commands })],
  };
}
