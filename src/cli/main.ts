import yargs from 'yargs';
import { t } from '../report/message.js';
import { EXIT_CODES } from '../report/report.js';
import { TOOL_VERSION } from '../version.js';
import { checksCommand } from './commands/checksCommand.js';
import { analyzeCommand } from './commands/analyzeCommand.js';
import { mtlsCommand } from './commands/mtlsCommand.js';
import { scriptCommand } from './commands/scriptCommand.js';
import { playbookCommand, type PlaybookCommandSpec } from './commands/playbookCommand.js';
import { scenariosCommand } from './commands/scenariosCommand.js';
import { GLOBAL_OPTIONS, validateGlobalArgs, type GlobalArgs } from './globalOptions.js';
import { UsageError } from './usageError.js';

const PLAYBOOK_COMMANDS: PlaybookCommandSpec[] = [
  {
    id: 'diagnose',
    aliases: [],
    describe: 'cli.command.diagnose',
    examples: [
      ['$0', 'cli.example.diagnose'],
      ['$0 diagnose --simulate credentials-stale', 'cli.example.simulate'],
      ['$0 diagnose --explain', 'cli.example.explain'],
    ],
  },
  {
    id: 'missing-dir',
    aliases: [],
    describe: 'cli.command.missing-dir',
    examples: [
      ['$0 missing-dir', 'cli.example.on-vm'],
      ['$0 missing-dir --vm vm-1 --zone us-central1-a --project my-project', 'cli.example.cloud-shell'],
      ['$0 missing-dir --simulate agent-outdated', 'cli.example.simulate'],
      ['$0 missing-dir --format json | jq .findings', 'cli.example.json'],
      ['$0 missing-dir --vm vm-1 --zone us-central1-a --ssh', 'cli.example.ssh'],
    ],
  },
  {
    id: 'config-status-only',
    aliases: ['only-config-status'],
    describe: 'cli.command.config-status-only',
    examples: [
      ['$0 config-status-only', 'cli.example.on-vm-discovers'],
      ['$0 config-status-only --workload-identity spiffe://my-pool.global.123456789012.workload.id.goog/ns/default/sa/frontend', 'cli.example.expected-identity'],
      ['$0 config-status-only --simulate ca-pool-permission-missing', 'cli.example.simulate'],
    ],
  },
  {
    id: '404',
    aliases: ['metadata-404'],
    describe: 'cli.command.metadata-404',
    examples: [
      ['$0 404', 'cli.example.on-vm-discovers'],
      ['$0 404 --ca-pool workload-ca --ca-pool-region us-central1', 'cli.example.ca-pool'],
      ['$0 404 --simulate trust-domain-missing', 'cli.example.simulate'],
    ],
  },
];

/** The CLI edge: parses argv, runs one command, and turns every failure into an exit status. */
export async function main(argv: string[]): Promise<number> {
  let exitCode: number = EXIT_CODES.ok;
  const setExit = (code: number) => {
    exitCode = code;
  };
  const parser = yargs(argv)
    .scriptName('wid-check')
    .usage(t('cli.usage'))
    .options(GLOBAL_OPTIONS)
    .command(PLAYBOOK_COMMANDS.map((spec) => playbookCommand(spec, setExit)))
    .command(mtlsCommand(setExit))
    .command(analyzeCommand(setExit))
    .command(scriptCommand())
    .command(checksCommand())
    .command(scenariosCommand())
    .check((args) => validateGlobalArgs(args as Partial<GlobalArgs>))
    .strict()
    .recommendCommands()
    .help()
    .alias('h', 'help')
    .version(TOOL_VERSION)
    .epilogue(t('cli.epilogue'))
    .wrap(Math.min(110, process.stdout.columns || 100))
    .exitProcess(false)
    .fail((text, error) => {
      throw error instanceof UsageError || !error ? new UsageError(text ?? error?.message) : error;
    });
  try {
    await parser.parseAsync();
    return exitCode;
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`wid-check: ${error.message}\n${t('error.usage-hint')}\n`);
      return EXIT_CODES.usage;
    }
    process.stderr.write(`wid-check: ${t('error.internal', { message: (error as Error)?.message ?? String(error) })}\n`);
    return EXIT_CODES.inconclusive;
  }
}
