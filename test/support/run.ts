import { execFile } from 'node:child_process';

export interface ProcessRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs a program asynchronously: an emulator in the test's own process must go on answering meanwhile. */
export function runProcess(program: string, args: string[], env: NodeJS.ProcessEnv = process.env, input?: string): Promise<ProcessRun> {
  return new Promise((resolve) => {
    const child = execFile(program, args, { env, maxBuffer: 64 * 1024 * 1024, timeout: 60_000 }, (error, stdout, stderr) => {
      resolve({ code: error && typeof error.code === 'number' ? error.code : error ? -1 : 0, stdout, stderr });
    });
    if (input !== undefined) child.stdin?.end(input);
  });
}
