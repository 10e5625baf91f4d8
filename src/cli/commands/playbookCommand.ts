import type { CommandModule } from 'yargs';
import { runPlaybook } from '../../engine/runPlaybook.js';
import type { Playbook } from '../../playbooks/playbook.js';
import { t, render, type MessageId } from '../../report/message.js';
import { renderReport } from '../../report/render/index.js';
import { EXIT_CODES } from '../../report/report.js';
import type { GlobalArgs } from '../globalOptions.js';
import { openRunContext } from '../runContext.js';

const useColor = (env: NodeJS.ProcessEnv) => Boolean(process.stdout.isTTY) && !env.NO_COLOR && env.TERM !== 'dumb';

/** Runs one playbook and prints its report; resolves to the contract's exit status. */
export async function runPlaybookCommand(playbook: Playbook, args: GlobalArgs): Promise<number> {
  const context = await openRunContext(args);
  try {
    const showProgress = Boolean(process.stderr.isTTY) && !args.quiet && args.verbosity !== 'none';
    const report = await runPlaybook(playbook, {
      ...context,
      onCheckDone: (record) => {
        if (showProgress) process.stderr.write(`${t('text.progress', { check: record.id, status: record.status }, context.language)}\n`);
        context.log.info(`${record.id}: ${render(record.detail, context.language)}`);
      },
    });
    process.stdout.write(await renderReport(report, args.format, { color: args.format === 'text' && useColor(process.env), language: context.language }));
    return EXIT_CODES[report.status];
  } finally {
    await context.close();
  }
}

/** What the help shows of a playbook command; the playbook itself loads only when it runs. */
export interface PlaybookCommandSpec {
  id: string;
  aliases: string[];
  describe: MessageId;
  examples: Array<[string, MessageId]>;
}

export function playbookCommand(spec: PlaybookCommandSpec, setExit: (code: number) => void): CommandModule<object, GlobalArgs> {
  return {
    command: spec.id,
    aliases: spec.aliases,
    describe: t(spec.describe),
    builder: (yargs) => {
      for (const [example, text] of spec.examples) yargs.example(example, t(text));
      return yargs as never;
    },
    handler: async (args) => {
      const { findPlaybook } = await import('../../playbooks/index.js');
      setExit(await runPlaybookCommand(findPlaybook(spec.id)!, args));
    },
  };
}
