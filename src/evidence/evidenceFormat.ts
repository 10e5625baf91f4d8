import type { ProbeResult } from '../probes/probe.js';

/**
 * The framed evidence format: one line per probe, its outputs base64-encoded so that any
 * bytes survive (FACTS: serial consoles hold escapes, a broken file may hold anything).
 *
 *   WIDCHECK-EVIDENCE 1 playbook=missing-dir
 *   probe <id> <exit status> <stdout base64 or -> <stderr base64 or -> [<ms>]
 *   WIDCHECK-EVIDENCE-END
 */
export const EVIDENCE_HEADER = 'WIDCHECK-EVIDENCE 1';
export const EVIDENCE_END = 'WIDCHECK-EVIDENCE-END';
/** `timeout` from coreutils exits 124 when it stopped the command. */
const TIMEOUT_STATUS = 124;

export interface Evidence {
  playbook?: string;
  results: Map<string, ProbeResult>;
  /** The end marker was seen: nothing was cut off. */
  complete: boolean;
}

export type EvidenceParse = { ok: true; evidence: Evidence } | { ok: false; message: string };

const decode = (field: string | undefined) => (!field || field === '-' ? '' : Buffer.from(field, 'base64').toString('utf8'));

/** Reads evidence out of whatever surrounds it (an ssh banner, a terminal's CR LF). Total: never throws. */
export function parseEvidence(text: string): EvidenceParse {
  const lines = text.split(/\r?\n/);
  const start = lines.findIndex((line) => line.startsWith(EVIDENCE_HEADER));
  if (start < 0) return { ok: false, message: `no "${EVIDENCE_HEADER}" line: this is not wid-check evidence` };
  const playbook = /playbook=(\S+)/.exec(lines[start]!)?.[1];
  const results = new Map<string, ProbeResult>();
  let complete = false;
  for (const line of lines.slice(start + 1)) {
    if (line === EVIDENCE_END) {
      complete = true;
      break;
    }
    const [kind, id, status, stdout, stderr, ms] = line.split(' ');
    if (kind !== 'probe' || !id || !/^\d+$/.test(status ?? '')) continue;
    const exitCode = Number(status);
    results.set(id, {
      probeId: id,
      stdout: decode(stdout),
      stderr: decode(stderr),
      exitCode: exitCode === TIMEOUT_STATUS ? null : exitCode,
      ms: Number(ms) || 0,
      ...(exitCode === TIMEOUT_STATUS ? { interrupted: 'timeout' as const } : {}),
    });
  }
  return { ok: true, evidence: { ...(playbook ? { playbook } : {}), results, complete } };
}
