import { describe, expect, it } from 'vitest';
import {
  MINIMUM_AGENT_VERSION,
  compareAgentVersions,
  isOlderThanMinimum,
  parseAgentVersion,
  type AgentVersion,
} from '../../src/domain/agentVersion.js';

const v = (raw: string): AgentVersion => {
  const parsed = parseAgentVersion(raw);
  if (!parsed) throw new Error(`test setup: ${raw} does not parse`);
  return parsed;
};

describe('parseAgentVersion', () => {
  it.each([
    ['20231103.01', { raw: '20231103.01', date: 20231103, build: 1 }],
    ['20231103.00', { raw: '20231103.00', date: 20231103, build: 0 }],
    ['20231103.10', { raw: '20231103.10', date: 20231103, build: 10 }],
    ['20210908.1', { raw: '20210908.1', date: 20210908, build: 1 }],
    ['20210414.00-0ubuntu1~20.04.0', { raw: '20210414.00-0ubuntu1~20.04.0', date: 20210414, build: 0 }],
    ['20240528.00-1.el9', { raw: '20240528.00-1.el9', date: 20240528, build: 0 }],
    ['  20231115.00\r\n', { raw: '20231115.00', date: 20231115, build: 0 }],
  ])('%j', (raw, expected) => {
    expect(parseAgentVersion(raw)).toEqual(expected);
  });

  it.each(['', 'unknown', '2023110.01', '20231103', '20231103.', 'v20231103.01', '1.2.3', 'x20231103.01'])(
    'rejects %j',
    (raw) => {
      expect(parseAgentVersion(raw)).toBeUndefined();
    },
  );
});

describe('compareAgentVersions', () => {
  it.each([
    ['20231103.01', '20231103.01', 0],
    ['20231103.01', '20231103.1', 0],
    ['20231103.00', '20231103.01', -1],
    ['20231103.10', '20231103.9', 1],
    ['20231103.9', '20231103.10', -1],
    ['20231104.00', '20231103.99', 1],
    ['20221231.99', '20230101.00', -1],
    ['20210414.00-0ubuntu1~20.04.0', '20210414.00', 0],
    ['20210414.01-0ubuntu1~20.04.0', '20210414.00-9', 1],
  ])('%s vs %s → sign %i', (a, b, sign) => {
    expect(Math.sign(compareAgentVersions(v(a), v(b)))).toBe(sign);
    expect(Math.sign(compareAgentVersions(v(b), v(a)))).toBe(-sign || 0);
  });

  it('sorts a mixed list by date then numeric build', () => {
    const sorted = ['20231103.10', '20210908.1', '20231103.9', '20231103.01', '20240109.00'].map(v).sort(compareAgentVersions);
    expect(sorted.map((version) => version.raw)).toEqual(['20210908.1', '20231103.01', '20231103.9', '20231103.10', '20240109.00']);
  });
});

describe('isOlderThanMinimum', () => {
  it('uses 20231103.01 as the minimum (troubleshooting doc, step A.2)', () => {
    expect(MINIMUM_AGENT_VERSION).toBe('20231103.01');
  });

  it.each([
    ['20231103.00', true],
    ['20231103.01', false],
    ['20231103.1', false],
    ['20231103.02', false],
    ['20231103.10', false],
    ['20231102.99', true],
    ['20231004.02', true],
    ['20230601.00', true],
    ['20210908.1', true],
    ['20210414.00-0ubuntu1~20.04.0', true],
    ['20231103.00-0ubuntu1~22.04.0', true],
    ['20231103.01-0ubuntu1~22.04.0', false],
    ['20231115.00', false],
    ['20240528.00', false],
    ['20250901.00', false],
  ])('%s → older: %s', (raw, older) => {
    expect(isOlderThanMinimum(v(raw))).toBe(older);
  });
});
