import { redactSecrets } from '../report/redact.js';
import type { GlobalArgs } from './globalOptions.js';

const LEVELS = ['debug', 'info', 'warning', 'error', 'none'] as const;

/** Diagnostics on stderr, so that stdout carries only the report. */
export interface Log {
  debug: (text: string) => void;
  info: (text: string) => void;
  warning: (text: string) => void;
}

export function createLog(args: Pick<GlobalArgs, 'verbosity' | 'quiet'>, stream: NodeJS.WritableStream = process.stderr): Log {
  const threshold = LEVELS.indexOf(args.quiet && args.verbosity !== 'debug' ? 'error' : args.verbosity);
  const at = (level: (typeof LEVELS)[number]) => (text: string) => {
    if (LEVELS.indexOf(level) >= threshold) stream.write(redactSecrets(text.endsWith('\n') ? text : `${text}\n`));
  };
  return { debug: at('debug'), info: at('info'), warning: at('warning') };
}
