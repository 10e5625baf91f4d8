import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lastRefreshOutcome, parseRefresherJournal, type RefreshEvent } from '../../src/parsers/refresherJournal.js';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/serial/${name}`, import.meta.url), 'utf8');
const journal = (...lines: string[]) => lines.join('\n') + '\n';
const kinds = (events: readonly RefreshEvent[]) => events.map((event) => event.kind);

const HINT = 'Hint: You are currently not seeing messages from other users and the system.';
/** What journalctl really prints for a user outside the adm / systemd-journal groups. */
const FULL_HINT = [
  HINT,
  "      Users in groups 'adm', 'systemd-journal' can see all messages.",
  '      Pass -q to turn off this notice.',
];

const legacySuccess = (pid: number, time: string) => [
  `Nov 17 ${time} debian systemd[1]: Starting GCE Workload Certificate refresh...`,
  `Nov 17 ${time} debian gce_workload_cert_refresh[${pid}]: 2023/11/17 ${time}: Creating timestamp contents dir /run/secrets/workload-spiffe-contents-2023-11-17T${time}Z`,
  `Nov 17 ${time} debian gce_workload_cert_refresh[${pid}]: 2023/11/17 ${time}: Rotating symlink /run/secrets/workload-spiffe-credentials`,
  `Nov 17 ${time} debian gce_workload_cert_refresh[${pid}]: 2023/11/17 ${time}: Removing old content dir /run/secrets/workload-spiffe-contents-2023-11-17T04:03:51Z`,
  `Nov 17 ${time} debian gce_workload_cert_refresh[${pid}]: 2023/11/17 ${time}: Done`,
  `Nov 17 ${time} debian systemd[1]: gce-workload-cert-refresh.service: Succeeded.`,
  `Nov 17 ${time} debian systemd[1]: Finished GCE Workload Certificate refresh.`,
];

const REFRESH_CREDS_ERROR = 'Error refreshCreds: error getting workload-identities: request failed with status code: [412]';
const legacyFailure = (pid: number, time: string) => [
  `Nov 17 ${time} debian systemd[1]: Starting GCE Workload Certificate refresh...`,
  `Nov 17 ${time} debian gce_workload_cert_refresh[${pid}]: 2023/11/17 ${time}: ${REFRESH_CREDS_ERROR}`,
  `Nov 17 ${time} debian systemd[1]: gce-workload-cert-refresh.service: Main process exited, code=exited, status=1/FAILURE`,
  `Nov 17 ${time} debian systemd[1]: gce-workload-cert-refresh.service: Failed with result 'exit-code'.`,
  `Nov 17 ${time} debian systemd[1]: Failed to start GCE Workload Certificate refresh.`,
];

describe('parseRefresherJournal: one line at a time', () => {
  it.each([
    // timer
    ['Nov 17 04:03:47 debian systemd[1]: Started gce-workload-cert-refresh.timer - GCE Workload Certificate refresh timer.', 'timer-started', 'Nov 17 04:03:47'],
    ['Nov 17 04:03:47 debian systemd[1]: Started gce-workload-cert-refresh.timer.', 'timer-started', 'Nov 17 04:03:47'],
    ['Nov 17 04:03:47 debian systemd[1]: Started GCE Workload Certificate refresh timer.', 'timer-started', 'Nov 17 04:03:47'],
    ['Nov 17 05:10:02 vm systemd[1]: Stopped gce-workload-cert-refresh.timer - GCE Workload Certificate refresh timer.', 'timer-stopped', 'Nov 17 05:10:02'],
    ['Nov 17 05:10:02 vm systemd[1]: Stopped GCE Workload Certificate refresh timer.', 'timer-stopped', 'Nov 17 05:10:02'],
    ['Nov 17 05:10:02 vm systemd[1]: gce-workload-cert-refresh.timer: Deactivated successfully.', 'timer-stopped', 'Nov 17 05:10:02'],
    // service, legacy binary
    ['Nov 17 04:03:49 debian systemd[1]: Starting GCE Workload Certificate refresh...', 'run-started', 'Nov 17 04:03:49'],
    ['Nov 17 04:03:49 vm systemd[1]: Starting gce-workload-cert-refresh.service - GCE Workload Certificate refresh...', 'run-started', 'Nov 17 04:03:49'],
    ['Nov 17 04:03:51 debian gce_workload_cert_refresh[470]: 2023/11/17 04:03:51: Done', 'run-succeeded', '2023/11/17 04:03:51'],
    ['gce_workload_cert_refresh[470]: 2023/11/17 04:03:51: Done', 'run-succeeded', '2023/11/17 04:03:51'],
    ['Nov 17 04:03:51 debian systemd[1]: gce-workload-cert-refresh.service: Succeeded.', 'run-succeeded', 'Nov 17 04:03:51'],
    ['Nov 17 04:03:51 vm systemd[1]: gce-workload-cert-refresh.service: Deactivated successfully.', 'run-succeeded', 'Nov 17 04:03:51'],
    ['Nov 17 04:03:51 debian systemd[1]: Finished GCE Workload Certificate refresh.', 'run-succeeded', 'Nov 17 04:03:51'],
    ['Nov 17 04:03:51 vm systemd[1]: Finished gce-workload-cert-refresh.service - GCE Workload Certificate refresh.', 'run-succeeded', 'Nov 17 04:03:51'],
    [`Feb  3 11:10:43 vm gce_workload_cert_refresh[2201]: 2023/02/03 11:10:43: ${REFRESH_CREDS_ERROR}`, 'run-failed', '2023/02/03 11:10:43'],
    ['Feb  3 11:10:43 vm systemd[1]: gce-workload-cert-refresh.service: Main process exited, code=exited, status=1/FAILURE', 'run-failed', 'Feb  3 11:10:43'],
    ['Feb  3 11:10:43 vm systemd[1]: gce-workload-cert-refresh.service: Main process exited, code=killed, status=9/KILL', 'run-failed', 'Feb  3 11:10:43'],
    ["Feb  3 11:10:43 vm systemd[1]: gce-workload-cert-refresh.service: Failed with result 'exit-code'.", 'run-failed', 'Feb  3 11:10:43'],
    ['Feb  3 11:10:43 vm systemd[1]: Failed to start GCE Workload Certificate refresh.', 'run-failed', 'Feb  3 11:10:43'],
    ['Feb  3 11:10:43 vm systemd[1]: Failed to start gce-workload-cert-refresh.service - GCE Workload Certificate refresh.', 'run-failed', 'Feb  3 11:10:43'],
    // the new agent's core plugin
    ['Sep 01 10:00:00 vm google_guest_agent[812]: Refreshing workload credentials...', 'run-started', 'Sep 01 10:00:00'],
    ['Sep 01 10:00:01 vm google_guest_agent[812]: Successfully refreshed workload credentials', 'run-succeeded', 'Sep 01 10:00:01'],
    ['Sep 01 10:00:01 vm google_guest_agent[812]: Failed to refresh workload credentials: rpc error: code = Unavailable', 'run-failed', 'Sep 01 10:00:01'],
    ['Sep 01 10:00:01 vm google_guest_agent[812]: MWLID credential refresh is not enabled, skipping run', 'refresh-disabled', 'Sep 01 10:00:01'],
    // other timestamp formats
    ['2023-11-17T04:03:51+0000 vm gce_workload_cert_refresh[470]: 2023/11/17 04:03:51: Done', 'run-succeeded', '2023/11/17 04:03:51'],
    ['2023-11-17T04:03:51+0000 vm systemd[1]: gce-workload-cert-refresh.service: Succeeded.', 'run-succeeded', '2023-11-17T04:03:51+0000'],
  ])('%s → %s', (line, kind, time) => {
    const { events, empty } = parseRefresherJournal(journal(line));
    expect(empty).toBe(false);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ kind, line, time });
  });

  it.each([
    ['Error refreshCreds', `vm gce_workload_cert_refresh[1]: 2023/11/17 04:13:56: ${REFRESH_CREDS_ERROR}`],
    ['Failed to refresh workload credentials', 'vm google_guest_agent[1]: Failed to refresh workload credentials: boom'],
  ])('marks the refresher\'s own failure text (%s) as detailed', (_, line) => {
    const [event] = parseRefresherJournal(line).events;
    expect(event).toMatchObject({ kind: 'run-failed', detailed: true });
  });

  it('does not mark systemd\'s failure lines as detailed', () => {
    const { events } = parseRefresherJournal(journal(...legacyFailure(2201, '04:13:56').slice(2)));
    expect(kinds(events)).toEqual(['run-failed', 'run-failed', 'run-failed']);
    for (const event of events) expect(event.detailed).toBeUndefined();
  });

  it.each([
    ['config status 404 (logged, the run still succeeds)', 'Nov 17 04:03:51 vm gce_workload_cert_refresh[470]: 2023/11/17 04:03:51: Error getting config status, workload certificates may not be configured: HTTP 404'],
    ['progress messages', 'Nov 17 04:03:51 vm gce_workload_cert_refresh[470]: 2023/11/17 04:03:51: Rotating symlink /run/secrets/workload-spiffe-credentials'],
    ['a successful exit status', 'Nov 17 04:03:51 vm systemd[1]: gce-workload-cert-refresh.service: Main process exited, code=exited, status=0/SUCCESS'],
    ['another unit\'s failure', 'Nov 17 04:03:51 vm systemd[1]: Failed to start Google Compute Engine Guest Agent.'],
    ['another unit\'s Done', 'Nov 17 04:03:51 vm other_tool[12]: 2023/11/17 04:03:51: Done'],
    ['the refresher naming Done mid-message', 'Nov 17 04:03:51 vm gce_workload_cert_refresh[470]: 2023/11/17 04:03:51: Done rotating, now cleaning'],
  ])('ignores %s', (_, line) => {
    const parsed = parseRefresherJournal(journal(line));
    expect(parsed.events).toEqual([]);
    expect(parsed.empty).toBe(false);
    expect(lastRefreshOutcome(parsed.events)).toBeUndefined();
  });

  it('strips ANSI escapes and CR LF before matching and in the quoted line', () => {
    const parsed = parseRefresherJournal('[\x1b[0;32m  OK  \x1b[0m] Started \x1b[0;1;39mGCE Workload Certificate refresh timer\x1b[0m.\r\n');
    expect(parsed.events).toEqual([{ kind: 'timer-started', line: '[  OK  ] Started GCE Workload Certificate refresh timer.' }]);
  });

  it('leaves time out when the line has none', () => {
    const [event] = parseRefresherJournal('Started gce-workload-cert-refresh.timer.\n').events;
    expect(event).toEqual({ kind: 'timer-started', line: 'Started gce-workload-cert-refresh.timer.' });
    expect('time' in event!).toBe(false);
  });

  it('keeps the journal order of events', () => {
    const parsed = parseRefresherJournal(journal(...legacySuccess(470, '04:03:51'), ...legacyFailure(2201, '04:13:56')));
    expect(kinds(parsed.events)).toEqual([
      'run-started',
      'run-succeeded',
      'run-succeeded',
      'run-succeeded',
      'run-started',
      'run-failed',
      'run-failed',
      'run-failed',
      'run-failed',
    ]);
  });
});

describe('parseRefresherJournal: empty and restricted journals', () => {
  it.each([
    ['nothing at all', ''],
    ['only blank lines', '\n\r\n  \n'],
    ['-- No entries --', '-- No entries --\n'],
    ['a header and -- No entries --', '-- Logs begin at Fri 2023-11-17 04:03:40 UTC, end at Fri 2023-11-17 05:00:00 UTC. --\n-- No entries --\n'],
    ['the newer header and -- No entries --', '-- Journal begins at Fri 2023-11-17 04:03:40 UTC, ends at Fri 2023-11-17 05:00:00 UTC. --\r\n-- No entries --\r\n'],
  ])('%s is empty and not restricted', (_, output) => {
    expect(parseRefresherJournal(output)).toEqual({ empty: true, restricted: false, events: [] });
  });

  it('sees the restriction hint and the empty journal behind it', () => {
    expect(parseRefresherJournal(journal(HINT, '-- No entries --'))).toEqual({ empty: true, restricted: true, events: [] });
  });

  it('sees the restriction hint above entries, and still reads them', () => {
    const parsed = parseRefresherJournal(journal(...FULL_HINT, ...legacySuccess(470, '04:03:51')));
    expect(parsed.restricted).toBe(true);
    expect(parsed.empty).toBe(false);
    expect(lastRefreshOutcome(parsed.events)?.kind).toBe('run-succeeded');
  });

  it('sees the restriction hint among the three lines journalctl really prints', () => {
    expect(parseRefresherJournal(journal(...FULL_HINT, '-- No entries --')).restricted).toBe(true);
  });

  // BUG (left unfixed on purpose, see the report): the two indented continuation lines of
  // journalctl's real hint are neither `-- ` nor `Hint:` lines, so `empty` comes out false.
  it('calls the journal empty when journalctl prints its full three-line hint and -- No entries --', () => {
    expect(parseRefresherJournal(journal(...FULL_HINT, '-- No entries --')).empty).toBe(true);
  });

  it('is not empty when there are entries', () => {
    expect(parseRefresherJournal(journal('-- No entries --', 'Nov 17 04:03:47 debian systemd[1]: Started GCE Workload Certificate refresh timer.')).empty).toBe(false);
  });
});

describe('lastRefreshOutcome', () => {
  const outcomeOf = (...lines: string[]) => lastRefreshOutcome(parseRefresherJournal(journal(...lines)).events);

  it('is undefined without events, or with timer events and unfinished runs only', () => {
    expect(lastRefreshOutcome([])).toBeUndefined();
    expect(outcomeOf('Nov 17 04:03:47 debian systemd[1]: Started GCE Workload Certificate refresh timer.')).toBeUndefined();
    expect(outcomeOf('Nov 17 04:03:49 debian systemd[1]: Starting GCE Workload Certificate refresh...')).toBeUndefined();
  });

  it('quotes the Error refreshCreds line of a failing run, not systemd\'s', () => {
    const outcome = outcomeOf(...legacySuccess(470, '04:03:51'), ...legacyFailure(2201, '04:13:56'));
    expect(outcome).toEqual({
      kind: 'run-failed',
      detailed: true,
      time: '2023/11/17 04:13:56',
      line: `Nov 17 04:13:56 debian gce_workload_cert_refresh[2201]: 2023/11/17 04:13:56: ${REFRESH_CREDS_ERROR}`,
    });
  });

  it('quotes the new agent\'s own failure text', () => {
    const outcome = outcomeOf(
      'Sep 01 10:00:00 vm google_guest_agent[812]: Refreshing workload credentials...',
      'Sep 01 10:00:01 vm google_guest_agent[812]: Failed to refresh workload credentials: failed to get workload certificates: code = NotFound',
    );
    expect(outcome).toMatchObject({ kind: 'run-failed', detailed: true, time: 'Sep 01 10:00:01' });
    expect(outcome?.line).toContain('Failed to refresh workload credentials: failed to get workload certificates');
  });

  it('falls back to systemd\'s last failure line when the refresher said nothing', () => {
    const outcome = outcomeOf(...legacyFailure(2201, '04:13:56').filter((line) => !line.includes('Error refreshCreds')));
    expect(outcome).toEqual({
      kind: 'run-failed',
      time: 'Nov 17 04:13:56',
      line: 'Nov 17 04:13:56 debian systemd[1]: Failed to start GCE Workload Certificate refresh.',
    });
  });

  it('does not borrow an earlier run\'s error text for the last run', () => {
    const older = legacyFailure(2201, '04:13:56');
    const latest = legacyFailure(2300, '04:23:56').filter((line) => !line.includes('Error refreshCreds'));
    const outcome = outcomeOf(...older, ...latest);
    expect(outcome?.line).toBe('Nov 17 04:23:56 debian systemd[1]: Failed to start GCE Workload Certificate refresh.');
    expect(outcome?.detailed).toBeUndefined();
  });

  it('uses the error text when the journal starts mid-run (no Starting line)', () => {
    const outcome = outcomeOf(...legacyFailure(2201, '04:13:56').slice(1));
    expect(outcome).toMatchObject({ kind: 'run-failed', detailed: true });
    expect(outcome?.line).toContain('Error refreshCreds:');
  });

  it('reports success when the last run succeeded after failures', () => {
    const outcome = outcomeOf(...legacyFailure(2201, '04:13:56'), ...legacySuccess(2300, '04:23:56'));
    expect(outcome).toEqual({
      kind: 'run-succeeded',
      time: 'Nov 17 04:23:56',
      line: 'Nov 17 04:23:56 debian systemd[1]: Finished GCE Workload Certificate refresh.',
    });
  });

  it('reports failure when the last run failed after successes', () => {
    expect(outcomeOf(...legacySuccess(470, '04:03:51'), ...legacyFailure(2201, '04:13:56'))?.kind).toBe('run-failed');
  });

  it('treats a config-status 404 inside an otherwise successful run as success', () => {
    const outcome = outcomeOf(
      'Nov 17 04:03:49 vm systemd[1]: Starting gce-workload-cert-refresh.service - GCE Workload Certificate refresh...',
      'Nov 17 04:03:49 vm gce_workload_cert_refresh[470]: 2023/11/17 04:03:49: Error getting config status, workload certificates may not be configured: HTTP 404',
      'Nov 17 04:03:49 vm gce_workload_cert_refresh[470]: 2023/11/17 04:03:49: Done',
      'Nov 17 04:03:49 vm systemd[1]: gce-workload-cert-refresh.service: Deactivated successfully.',
    );
    expect(outcome?.kind).toBe('run-succeeded');
  });

  it('reports a disabled refresh from the new agent', () => {
    const outcome = outcomeOf(
      'Sep 01 10:00:00 vm google_guest_agent[812]: Refreshing workload credentials...',
      'Sep 01 10:00:01 vm google_guest_agent[812]: Successfully refreshed workload credentials',
      'Sep 01 10:10:00 vm google_guest_agent[812]: MWLID credential refresh is not enabled, skipping run',
    );
    expect(outcome).toMatchObject({ kind: 'refresh-disabled', time: 'Sep 01 10:10:00' });
  });

  it('looks past a run still in progress to the last finished one', () => {
    const outcome = outcomeOf(
      ...legacyFailure(2201, '04:13:56'),
      'Nov 17 04:23:56 debian systemd[1]: Starting GCE Workload Certificate refresh...',
    );
    expect(outcome).toMatchObject({ kind: 'run-failed', detailed: true, time: '2023/11/17 04:13:56' });
  });
});

describe('parseRefresherJournal on the real serial consoles', () => {
  it.each([
    { file: 'serial-debian-agent-20231115.txt', pids: [470, 2146, 2159], date: '2023/11/17' },
    { file: 'serial-debian-faulty-agent-20231115.txt', pids: [456, 895, 910], date: '2023/11/17' },
    { file: 'serial-notebooks-agent-20240528.txt', pids: [469, 3630, 5171], date: '2024/06/25' },
  ])('$file: every refresher run succeeded', ({ file, pids, date }) => {
    const parsed = parseRefresherJournal(fixture(file));
    expect(parsed.empty).toBe(false);
    expect(parsed.restricted).toBe(false);
    expect(parsed.events.filter((event) => event.kind === 'run-failed')).toEqual([]);
    expect(parsed.events.filter((event) => event.kind === 'timer-started')).toHaveLength(2);

    const done = parsed.events.filter((event) => /gce_workload_cert_refresh\[\d+\]: .*: Done$/.test(event.line));
    expect(done.map((event) => Number(/\[(\d+)\]/.exec(event.line)![1]))).toEqual(pids);
    for (const event of done) {
      expect(event.kind).toBe('run-succeeded');
      expect(event.time?.startsWith(date)).toBe(true);
      expect(event.line).not.toMatch(/[\x1b\r]/);
    }

    const outcome = lastRefreshOutcome(parsed.events);
    expect(outcome?.kind).toBe('run-succeeded');
    expect(outcome?.line).toMatch(/Finished GCE Workload Certificate refresh\.$/);
  });

  it('finds no refresher activity on the Windows console', () => {
    const parsed = parseRefresherJournal(fixture('serial-windows-agent-20231004.txt'));
    expect(parsed.events).toEqual([]);
    expect(lastRefreshOutcome(parsed.events)).toBeUndefined();
  });
});
