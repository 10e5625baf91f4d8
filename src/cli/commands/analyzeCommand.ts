import { readFile } from 'node:fs/promises';
import type { CommandModule } from 'yargs';
import { parseEvidence } from '../../evidence/evidenceFormat.js';
import { t } from '../../report/message.js';
import type { GlobalArgs } from '../globalOptions.js';
import { UsageError } from '../usageError.js';
import { runReportCommand } from './reportCommand.js';

type Args = GlobalArgs & { file: string };

/** Evidence is a few hundred KiB; anything far larger is not evidence. */
const LIMIT_MIB = 64;

async function readInput(file: string): Promise<string> {
  if (file !== '-') return readFile(file, 'utf8');
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** `wid-check analyze FILE`: the TypeScript checks over evidence a generated script collected. */
export function analyzeCommand(setExit: (code: number) => void): CommandModule<object, Args> {
  return {
    command: 'analyze <file>',
    describe: t('cli.command.analyze'),
    builder: (yargs) => yargs.positional('file', { type: 'string', demandOption: true }).example('$0 analyze evidence.txt --project my-project', t('cli.example.evidence')) as never,
    handler: async (args) => {
      // yargs hands a lone "-" over as an empty string.
      const file = args.file === '' ? '-' : args.file;
      let text: string;
      try {
        text = await readInput(file);
      } catch (error) {
        throw new UsageError(t('error.evidence-unreadable', { file, message: (error as Error).message }));
      }
      if (text.length > LIMIT_MIB * 1024 * 1024) throw new UsageError(t('error.evidence-too-large', { file, limit: LIMIT_MIB }));
      const parsed = parseEvidence(text);
      if (!parsed.ok) throw new UsageError(t('error.evidence-unreadable', { file, message: parsed.message }));
      const { findPlaybook } = await import('../../playbooks/index.js');
      const { runPlaybook } = await import('../../engine/runPlaybook.js');
      const { runDiagnose } = await import('../../engine/diagnose.js');
      const playbook = parsed.evidence.playbook ? findPlaybook(parsed.evidence.playbook) : undefined;
      setExit(
        await runReportCommand(
          args,
          (context, onCheckDone) => (playbook ? runPlaybook(playbook, { ...context, onCheckDone }) : runDiagnose({ ...context, onCheckDone })),
          { evidence: parsed.evidence },
        ),
      );
    },
  };
}
