import type { CommandModule } from 'yargs';
import { SCENARIOS } from '../../emulator/scenarios/index.js';
import { t } from '../../report/message.js';
import type { GlobalArgs } from '../globalOptions.js';

/** `wid-check scenarios`: the simulated VMs `--simulate` can run against. */
export function scenariosCommand(): CommandModule<object, GlobalArgs> {
  return {
    command: 'scenarios',
    describe: t('cli.command.scenarios'),
    handler: (args) => {
      if (args.format === 'json') {
        return void process.stdout.write(JSON.stringify(SCENARIOS.map(({ id, summary }) => ({ id, summary })), null, 2) + '\n');
      }
      const width = Math.max(...SCENARIOS.map((scenario) => scenario.id.length));
      for (const scenario of SCENARIOS) process.stdout.write(`${scenario.id.padEnd(width)}  ${scenario.summary}\n`);
    },
  };
}
