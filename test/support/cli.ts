import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const BIN = fileURLToPath(new URL('../../bin/wid-check.js', import.meta.url));

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the built CLI as a real process, the way a user does. */
export function runCli(args: string[], env: NodeJS.ProcessEnv = process.env): Promise<CliRun> {
  return new Promise((resolve) => {
    execFile(process.execPath, [BIN, ...args], { env, maxBuffer: 64 * 1024 * 1024, timeout: 60_000 }, (error, stdout, stderr) => {
      const code = error && typeof error.code === 'number' ? error.code : error ? -1 : 0;
      resolve({ code, stdout, stderr });
    });
  });
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
