import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isOlderThanMinimum } from '../../src/domain/agentVersion.js';
import { findAgentStarts, latestAgentStart } from '../../src/parsers/guestAgentVersion.js';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/serial/${name}`, import.meta.url), 'utf8');

const ESC = '\x1b';

describe('findAgentStarts: every line form of FACTS §6', () => {
  it.each([
    {
      form: 'legacy syslog line',
      line: 'Nov  3 10:00:00 HOST google_guest_agent[479]: GCE Agent Started (version 20231103.01)',
      raw: '20231103.01',
      date: 20231103,
      build: 1,
      agent: 'legacy',
      platform: 'linux',
    },
    {
      form: 'kernel timestamp',
      line: '[    9.881234] google_guest_agent[652]: GCE Agent Started (version 20230601.00)',
      raw: '20230601.00',
      date: 20230601,
      build: 0,
      agent: 'legacy',
      platform: 'linux',
    },
    {
      form: 'old distro build with a suffix',
      line: 'GCEGuestAgent[572]: 2021-10-06T20:52:08.8406Z GCEGuestAgent Info: GCE Agent Started (version 20210414.00-0ubuntu1~20.04.0)',
      raw: '20210414.00-0ubuntu1~20.04.0',
      date: 20210414,
      build: 0,
      agent: 'legacy',
      platform: 'linux',
    },
    {
      form: 'Windows',
      line: '2024/05/19 07:18:49 GCEGuestAgent: GCE Agent Started (version 20240109.00)',
      raw: '20240109.00',
      date: 20240109,
      build: 0,
      agent: 'legacy',
      platform: 'windows',
    },
    {
      form: 'new agent (2024+)',
      line: 'Sep  1 10:00:00 HOST google_guest_agent[812]: Google Guest Agent (version: "20250901.00") Initialized...',
      raw: '20250901.00',
      date: 20250901,
      build: 0,
      agent: 'new',
      platform: 'linux',
    },
    {
      form: 'new agent core plugin',
      line: 'Sep  1 10:00:01 HOST google_guest_agent[830]: core_plugin: Initialized (version: "20250902.03")',
      raw: '20250902.03',
      date: 20250902,
      build: 3,
      agent: 'new',
      platform: 'linux',
    },
    {
      form: 'odd one-digit build',
      line: 'Sep  9 12:00:00 HOST google_guest_agent[480]: GCE Agent Started (version 20210908.1)',
      raw: '20210908.1',
      date: 20210908,
      build: 1,
      agent: 'legacy',
      platform: 'linux',
    },
  ])('$form', ({ line, raw, date, build, agent, platform }) => {
    const starts = findAgentStarts(`${line}\n`);
    expect(starts).toEqual([{ version: { raw, date, build }, agent, platform, line }]);
  });

  it('reads a new agent on Windows as windows', () => {
    const [start] = findAgentStarts('2025/09/01 10:00:00 GCEGuestAgent: Google Guest Agent (version: "20250901.00") Initialized...\r\n');
    expect(start).toMatchObject({ agent: 'new', platform: 'windows', version: { raw: '20250901.00' } });
  });

  it('finds nothing in a console without start lines', () => {
    const console = [
      'Nov  3 10:00:00 HOST systemd[1]: Started Google Compute Engine Guest Agent.',
      'Nov  3 10:00:01 HOST google_guest_agent[479]: Starting the scheduler to run jobs',
      'Nov  3 10:00:02 HOST google_guest_agent[479]: GCE Agent Started',
      '',
    ].join('\n');
    expect(findAgentStarts(console)).toEqual([]);
    expect(latestAgentStart(console)).toBeUndefined();
    expect(findAgentStarts('')).toEqual([]);
  });

  it.each([
    ['no version at all', 'google_guest_agent[479]: GCE Agent Started (version unknown)'],
    ['a seven-digit date', 'google_guest_agent[479]: GCE Agent Started (version 2023110.01)'],
    ['no build number', 'google_guest_agent[479]: GCE Agent Started (version 20231103)'],
    ['the new agent without quotes', 'Google Guest Agent (version: 20250901.00) Initialized...'],
    ['the compat manager', 'Google Guest Compat Manager (version: "20250901.00") Initialized...'],
  ])('ignores %s', (_, line) => {
    expect(findAgentStarts(line)).toEqual([]);
  });

  it('strips ANSI escapes, including ones inside the start phrase', () => {
    const line = `${ESC}[0;32mNov  3 10:00:00 HOST google_guest_agent[479]: GCE Agent ${ESC}[1mStarted${ESC}[0m (version 20231103.01)${ESC}[0m\r\n`;
    const [start] = findAgentStarts(line);
    expect(start?.version.raw).toBe('20231103.01');
    expect(start?.line).toBe('Nov  3 10:00:00 HOST google_guest_agent[479]: GCE Agent Started (version 20231103.01)');
    expect(start?.line).not.toContain(ESC);
  });

  it('handles CR LF line ends without keeping the CR in the version or the line', () => {
    const console = 'boot\r\nNov  3 10:00:00 HOST google_guest_agent[479]: GCE Agent Started (version 20231103.01)\r\nnext line\r\n';
    const starts = findAgentStarts(console);
    expect(starts).toHaveLength(1);
    expect(starts[0]!.version.raw).toBe('20231103.01');
    expect(starts[0]!.line.endsWith(')')).toBe(true);
    expect(starts[0]!.line).not.toMatch(/[\r\n]/);
  });

  it('treats a lone CR as a line break', () => {
    const console = 'progress 10%\rprogress 100%\rNov  3 10:00:00 HOST google_guest_agent[479]: GCE Agent Started (version 20231103.01)\rtail';
    const [start] = findAgentStarts(console);
    expect(start?.line).toBe('Nov  3 10:00:00 HOST google_guest_agent[479]: GCE Agent Started (version 20231103.01)');
  });

  it('matches a start line that begins in the middle of another program\'s output', () => {
    const console =
      `[${ESC}[0;32m  OK  ${ESC}[0m] Started ${ESC}[0;1;39mDaily apt upgrade and clean activities${ESC}[0m.` +
      'Nov  3 10:00:00 HOST google_guest_agent[479]: GCE Agent Started (version 20231103.01)\r\n';
    const [start] = findAgentStarts(console);
    expect(start).toMatchObject({ agent: 'legacy', platform: 'linux', version: { raw: '20231103.01', build: 1 } });
    expect(start?.line).toBe(
      '[  OK  ] Started Daily apt upgrade and clean activities.Nov  3 10:00:00 HOST google_guest_agent[479]: GCE Agent Started (version 20231103.01)',
    );
  });

  it('matches a kernel line that interrupted the agent line', () => {
    const console = 'Nov 17 04:03:52 debian kernel: [   12.345678] random: crng init doneNov 17 04:03:52 debian google_guest_agent[473]: GCE Agent Started (version 20231115.00)\n';
    expect(latestAgentStart(console)?.version.raw).toBe('20231115.00');
  });

  it('reports every boot, oldest first, and the latest one wins', () => {
    const console = [
      'Nov  3 10:00:00 HOST google_guest_agent[479]: GCE Agent Started (version 20230601.00)',
      'Nov  3 10:05:00 HOST systemd[1]: Stopping Google Compute Engine Guest Agent...',
      '[    0.000000] Linux version 6.1.0-13-cloud-amd64',
      '[    9.881234] google_guest_agent[652]: GCE Agent Started (version 20231103.01)',
      '',
    ].join('\r\n');
    expect(findAgentStarts(console).map((start) => start.version.raw)).toEqual(['20230601.00', '20231103.01']);
    expect(latestAgentStart(console)?.version.raw).toBe('20231103.01');
  });

  it('takes the latest start line, not the highest version (a downgrade counts)', () => {
    const console = [
      'google_guest_agent[479]: GCE Agent Started (version 20240109.00)',
      'google_guest_agent[480]: GCE Agent Started (version 20230601.00)',
    ].join('\n');
    const latest = latestAgentStart(console);
    expect(latest?.version.raw).toBe('20230601.00');
    expect(isOlderThanMinimum(latest!.version)).toBe(true);
  });

  it('follows an upgrade from the legacy agent to the new one', () => {
    const console = [
      'Nov  3 10:00:00 HOST google_guest_agent[479]: GCE Agent Started (version 20231103.01)',
      'Sep  1 10:00:00 HOST google_guest_agent[812]: Google Guest Agent (version: "20250901.00") Initialized...',
      'Sep  1 10:00:01 HOST google_guest_agent[830]: Initialized (version: "20250901.00")',
    ].join('\n');
    const starts = findAgentStarts(console);
    expect(starts.map((start) => start.agent)).toEqual(['legacy', 'new', 'new']);
    expect(latestAgentStart(console)).toMatchObject({ agent: 'new', version: { raw: '20250901.00' } });
  });

  it('never reports a new agent as too old just because it prints no "GCE Agent Started"', () => {
    const latest = latestAgentStart('Google Guest Agent (version: "20250901.00") Initialized...\n');
    expect(latest?.agent).toBe('new');
    expect(isOlderThanMinimum(latest!.version)).toBe(false);
  });

  it('records one start per line even if a line matches several patterns', () => {
    const line = 'Google Guest Agent (version: "20250901.00") Initialized... Initialized (version: "20250901.00")';
    expect(findAgentStarts(line)).toHaveLength(1);
  });
});

describe('findAgentStarts on the real serial consoles of test/fixtures/serial', () => {
  it.each([
    { file: 'serial-debian-agent-20231115.txt', version: '20231115.00', pid: 487, count: 1, platform: 'linux', older: false },
    { file: 'serial-debian-faulty-agent-20231115.txt', version: '20231115.00', pid: 473, count: 1, platform: 'linux', older: false },
    { file: 'serial-notebooks-agent-20240528.txt', version: '20240528.00', pid: 577, count: 1, platform: 'linux', older: false },
    { file: 'serial-windows-agent-20231004.txt', version: '20231004.02', pid: undefined, count: 2, platform: 'windows', older: true },
  ])('$file: agent $version on $platform', ({ file, version, pid, count, platform, older }) => {
    const console = fixture(file);
    const starts = findAgentStarts(console);
    expect(starts).toHaveLength(count);
    for (const start of starts) {
      expect(start.agent).toBe('legacy');
      expect(start.platform).toBe(platform);
      expect(start.version.raw).toBe(version);
      expect(start.line).not.toMatch(/[\x1b\r\n]/);
      expect(start.line).toContain(`GCE Agent Started (version ${version})`);
      if (pid !== undefined) expect(start.line).toContain(`google_guest_agent[${pid}]: `);
    }
    const latest = latestAgentStart(console);
    expect(latest).toEqual(starts.at(-1));
    expect(isOlderThanMinimum(latest!.version)).toBe(older);
  });

  it('reads the Windows start line behind the ANSI screen codes', () => {
    const starts = findAgentStarts(fixture('serial-windows-agent-20231004.txt'));
    expect(starts.map((start) => start.line)).toEqual([
      '2023/11/17 04:04:27 GCEGuestAgent: GCE Agent Started (version 20231004.02)',
      '2023/11/17 04:16:10 GCEGuestAgent: GCE Agent Started (version 20231004.02)',
    ]);
    expect(starts[0]!.version).toEqual({ raw: '20231004.02', date: 20231004, build: 2 });
  });
});
