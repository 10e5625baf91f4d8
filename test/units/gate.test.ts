import { describe, expect, it } from 'vitest';
import type { CheckStatus } from '../../src/checks/check.js';
import { gateCloses } from '../../src/engine/gate.js';
import type { Gate } from '../../src/playbooks/playbook.js';
import type { CauseCode } from '../../src/report/causes.js';
import { finding } from '../../src/report/finding.js';
import type { CheckRecord } from '../../src/report/report.js';

const record = (status: CheckStatus, codes: CauseCode[] = []): CheckRecord => ({
  id: 'config-status',
  title: { id: 'check.tls-handshake.title' },
  commands: [],
  ms: 1,
  status,
  detail: { id: 'detail.peer-chain-ok' },
  findings: codes.map((code) => finding(code, 'config-status', { summary: { id: 'detail.peer-chain-ok' }, remedy: { id: 'remedy.peer-trust' } })),
});

const gate = (statuses: CheckStatus[], codes?: CauseCode[]): Gate => ({
  after: 'config-status',
  skipWhen: codes ? { statuses, codes } : { statuses },
  reason: 'gate.feature-off',
});

const ALL: CheckStatus[] = ['pass', 'fail', 'warn', 'skip', 'error'];

describe('gateCloses', () => {
  it.each(ALL)('stays open when the step it waits for has no record (gate on %s)', (status) => {
    expect(gateCloses(gate([status]), undefined)).toBe(false);
    expect(gateCloses(gate([status], ['feature-not-enabled']), undefined)).toBe(false);
  });

  describe('statuses only', () => {
    it.each<[CheckStatus, boolean]>([
      ['pass', false],
      ['fail', true],
      ['warn', false],
      ['skip', false],
      ['error', true],
    ])('skipWhen fail|error, before ended %s → closes: %s', (status, closes) => {
      expect(gateCloses(gate(['fail', 'error']), record(status))).toBe(closes);
    });

    it('closes on the status whatever the findings are', () => {
      expect(gateCloses(gate(['fail']), record('fail', ['key-mismatch']))).toBe(true);
      expect(gateCloses(gate(['fail']), record('fail'))).toBe(true);
    });

    it('an empty status list never closes', () => {
      for (const status of ALL) expect(gateCloses(gate([]), record(status, ['feature-not-enabled']))).toBe(false);
    });

    it.each(ALL)('a gate listing every status closes after %s', (status) => {
      expect(gateCloses(gate(ALL), record(status))).toBe(true);
    });
  });

  describe('statuses and codes', () => {
    const featureGate = gate(['fail'], ['vm-unsupported', 'feature-not-enabled', 'metadata-unreachable']);

    it.each<[string, CheckStatus, CauseCode[], boolean]>([
      ['fail with a listed code', 'fail', ['feature-not-enabled'], true],
      ['fail with another listed code', 'fail', ['metadata-unreachable'], true],
      ['fail with a listed code among others', 'fail', ['config-error', 'vm-unsupported'], true],
      ['fail with only unlisted codes', 'fail', ['config-error', 'refresh-failing'], false],
      ['fail with no findings', 'fail', [], false],
      ['warn with a listed code (status not listed)', 'warn', ['feature-not-enabled'], false],
      ['error with a listed code (status not listed)', 'error', ['metadata-unreachable'], false],
      ['pass', 'pass', [], false],
    ])('%s → closes: %s', (_, status, codes, closes) => {
      expect(gateCloses(featureGate, record(status, codes))).toBe(closes);
    });
  });
});
