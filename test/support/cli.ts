import { fileURLToPath } from 'node:url';
import { runProcess, type ProcessRun } from './run.js';

export const BIN = fileURLToPath(new URL('../../bin/wid-check.js', import.meta.url));

export type CliRun = ProcessRun;

/** Runs the built CLI as a real process, the way a user does. */
export function runCli(args: string[], env: NodeJS.ProcessEnv = process.env, input?: string): Promise<CliRun> {
  return runProcess(process.execPath, [BIN, ...args], env, input);
}

export interface JsonReport {
  schemaVersion: number;
  status: string;
  playbook: string;
  target: Record<string, string>;
  findings: Array<{ code: string; severity: string; check: string; summary: string; evidence: Record<string, string>; remedy: { text: string; url?: string; commands: string[] } }>;
  checks: Array<{ id: string; status: string; command: string; commands: string[]; detail: string; ms: number }>;
}

export const findingCodes = (report: JsonReport) => [...new Set(report.findings.map((finding) => finding.code))].sort();
export const checkStatuses = (report: JsonReport) => Object.fromEntries(report.checks.map((check) => [check.id, check.status]));
