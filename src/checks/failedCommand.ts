import { commandFailure } from '../parsers/commandFailure.js';
import { parseGcloudError } from '../parsers/gcloudError.js';
import type { ProbeResult } from '../probes/probe.js';
import { finding } from '../report/finding.js';
import { message } from '../report/message.js';
import type { CheckOutcome } from './check.js';

const INSTALL_HINTS: Record<string, string[]> = {
  gcloud: ['curl https://sdk.cloud.google.com | bash'],
  curl: ['sudo apt-get install -y curl'],
  journalctl: [],
};

/**
 * The outcome of a command that gave no usable answer (missing program, timeout, huge
 * output), or undefined when the command ran and its output should be parsed.
 */
export function failedCommandOutcome(checkId: string, result: ProbeResult, program: string): CheckOutcome | undefined {
  const failure = commandFailure(result, program);
  if (!failure) return undefined;
  switch (failure.kind) {
    case 'tool-missing':
      return {
        status: 'error',
        detail: message('detail.tool-missing', { program }),
        findings: [
          finding('tool-missing', checkId, {
            summary: message('finding.tool-missing', { program }),
            evidence: { program, stderr: result.stderr.trim() },
            remedy: message('remedy.tool-missing', { program }),
            commands: INSTALL_HINTS[program] ?? [],
          }),
        ],
      };
    case 'timeout':
      return { status: 'error', detail: message('detail.timeout', { program, ms: result.ms }), findings: [] };
    case 'output-too-large':
      return { status: 'error', detail: message('detail.output-too-large', { program }), findings: [] };
    case 'spawn-failed':
      return { status: 'error', detail: message('detail.spawn-failed', { program, message: failure.message }), findings: [] };
    case 'not-collected':
      return { status: 'error', detail: message('detail.not-collected', { message: failure.message }), findings: [] };
  }
}

/** A gcloud command that exited non-zero: log-in and permission problems are findings of their own. */
export function failedGcloudOutcome(checkId: string, result: ProbeResult): CheckOutcome {
  const error = parseGcloudError(result.stderr);
  if (error.kind === 'not-logged-in' || error.kind === 'permission-denied') {
    return {
      status: 'error',
      detail: message('detail.gcloud-failed', { message: error.message }),
      findings: [
        finding('gcloud-auth', checkId, {
          summary: message(error.kind === 'not-logged-in' ? 'finding.gcloud-not-logged-in' : 'finding.gcloud-permission', {
            message: error.message,
          }),
          evidence: { stderr: error.message },
          remedy: message(error.kind === 'not-logged-in' ? 'remedy.gcloud-login' : 'remedy.gcloud-permission'),
          commands: error.kind === 'not-logged-in' ? ['gcloud auth login'] : [],
        }),
      ],
    };
  }
  return { status: 'error', detail: message('detail.gcloud-failed', { message: error.message }), findings: [] };
}
