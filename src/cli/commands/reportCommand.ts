import { render, t } from '../../report/message.js';
import { renderReport } from '../../report/render/index.js';
import { EXIT_CODES, type CheckRecord, type Report } from '../../report/report.js';
import type { GlobalArgs } from '../globalOptions.js';
import { openRunContext, type RunContext, type RunSource } from '../runContext.js';

const useColor = (env: NodeJS.ProcessEnv) => Boolean(process.stdout.isTTY) && !env.NO_COLOR && env.TERM !== 'dumb';

/** Opens a run, produces a report, prints it, and resolves to the contract's exit status. */
export async function runReportCommand(
  args: GlobalArgs,
  produce: (context: RunContext, onCheckDone: (record: CheckRecord) => void) => Promise<Report>,
  source: RunSource = {},
): Promise<number> {
  const context = await openRunContext(args, source);
  try {
    const showProgress = Boolean(process.stderr.isTTY) && !args.quiet && args.verbosity !== 'none';
    const report = await produce(context, (record) => {
      if (showProgress) process.stderr.write(`${t('text.progress', { check: record.id, status: record.status }, context.language)}\n`);
      context.log.info(`${record.id}: ${render(record.detail, context.language)}`);
    });
    process.stdout.write(await renderReport(report, args.format, { color: args.format === 'text' && useColor(process.env), language: context.language }));
    return EXIT_CODES[report.status];
  } finally {
    await context.close();
  }
}
