import { describe, expect, it } from 'vitest';
import { commandFailure } from '../../src/parsers/commandFailure.js';
import type { ProbeResult } from '../../src/probes/probe.js';

const result = (overrides: Partial<ProbeResult>): ProbeResult => ({
  probeId: 'serial-port-output',
  stdout: '',
  stderr: '',
  exitCode: 0,
  ms: 5,
  ...overrides,
});

describe('commandFailure', () => {
  it.each([
    ['a timeout', result({ interrupted: 'timeout', exitCode: null }), { kind: 'timeout' }],
    ['output over the cap', result({ interrupted: 'output-too-large', exitCode: null }), { kind: 'output-too-large' }],
    [
      'a spawn failure, with its trimmed stderr',
      result({ interrupted: 'spawn-failed', exitCode: null, stderr: '  spawn gcloud EACCES\n' }),
      { kind: 'spawn-failed', message: 'spawn gcloud EACCES' },
    ],
    ['bash: command not found', result({ exitCode: 127, stderr: 'bash: line 1: gcloud: command not found\n' }), { kind: 'tool-missing', program: 'gcloud' }],
    ['dash: not found', result({ exitCode: 127, stderr: 'sh: 1: gcloud: not found\n' }), { kind: 'tool-missing', program: 'gcloud' }],
    ['env: No such file', result({ exitCode: 127, stderr: "env: 'gcloud': No such file or directory\n" }), { kind: 'tool-missing', program: 'gcloud' }],
    ['upper-case NOT FOUND', result({ exitCode: 127, stderr: 'GCLOUD: NOT FOUND' }), { kind: 'tool-missing', program: 'gcloud' }],
  ])('%s', (_, probe, expected) => {
    expect(commandFailure(probe, 'gcloud')).toEqual(expected);
  });

  it('names the program it was told about', () => {
    expect(commandFailure(result({ exitCode: 127, stderr: 'sh: 1: journalctl: not found' }), 'journalctl')).toEqual({
      kind: 'tool-missing',
      program: 'journalctl',
    });
  });

  it('lets the interruption win over the exit code', () => {
    expect(commandFailure(result({ interrupted: 'timeout', exitCode: 127, stderr: 'command not found' }), 'curl')).toEqual({ kind: 'timeout' });
  });

  it.each([
    ['a clean run', result({ exitCode: 0, stdout: 'ok' })],
    ['an ordinary failure', result({ exitCode: 1, stderr: 'ERROR: (gcloud.compute.instances.describe) NOT_FOUND: was not found' })],
    ['a "not found" message with another exit code', result({ exitCode: 1, stderr: "ERROR: The resource 'x' was not found" })],
    ['exit 127 without a telling stderr', result({ exitCode: 127, stderr: 'something else' })],
    ['exit 127 with empty stderr', result({ exitCode: 127 })],
    ['curl unreachable', result({ exitCode: 7, stderr: 'curl: (7) Failed to connect' })],
  ])('returns undefined for %s', (_, probe) => {
    expect(commandFailure(probe, 'gcloud')).toBeUndefined();
  });
});
