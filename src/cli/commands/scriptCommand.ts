import type { CommandModule } from 'yargs';
import { t } from '../../report/message.js';
import type { GlobalArgs } from '../globalOptions.js';
import { UsageError } from '../usageError.js';

type Args = GlobalArgs & { playbook: string };

/** `wid-check script PLAYBOOK`: the playbook as a standalone bash script, for VMs without Node.js. */
export function scriptCommand(): CommandModule<object, Args> {
  return {
    command: 'script <playbook>',
    describe: t('cli.command.script'),
    builder: (yargs) =>
      yargs
        .positional('playbook', { type: 'string', demandOption: true })
        .example('$0 script missing-dir > wid-check.sh && bash wid-check.sh', t('cli.example.script'))
        .example('bash wid-check.sh --evidence > evidence.txt; wid-check analyze evidence.txt', t('cli.example.evidence')) as never,
    handler: async (args) => {
      const { findPlaybook } = await import('../../playbooks/index.js');
      const { playbookScript } = await import('../../shell/playbookScript.js');
      const playbook = findPlaybook(args.playbook);
      if (!playbook || playbook.id === 'credentials') throw new UsageError(t('error.unknown-playbook', { value: JSON.stringify(args.playbook) }));
      const generated = playbookScript(playbook);
      if (!generated.ok) throw new UsageError(t('error.no-script', { playbook: playbook.id, checks: generated.missing.join(', ') }));
      process.stdout.write(generated.script);
    },
  };
}
