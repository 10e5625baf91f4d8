import type { CommandModule } from 'yargs';
import { DOCUMENT_PARAMS } from '../../domain/target.js';
import { t } from '../../report/message.js';
import type { GlobalArgs } from '../globalOptions.js';

/** `wid-check checks`: every check, where it runs, the document's commands it runs, and its playbooks. */
export function checksCommand(): CommandModule<object, GlobalArgs> {
  return {
    command: 'checks',
    describe: t('cli.command.checks'),
    handler: async (args) => {
      const { PLAYBOOKS } = await import('../../playbooks/index.js');
      const checks = new Map<string, { id: string; title: string; where: string; commands: string[]; playbooks: string[] }>();
      for (const playbook of PLAYBOOKS) {
        for (const { check } of playbook.steps) {
          const entry = checks.get(check.id) ?? {
            id: check.id,
            title: t(check.title),
            where: check.where,
            commands: check.documented(DOCUMENT_PARAMS).map((probe) => probe.display),
            playbooks: [],
          };
          entry.playbooks.push(playbook.id);
          checks.set(check.id, entry);
        }
      }
      const list = [...checks.values()];
      if (args.format === 'json') return void process.stdout.write(JSON.stringify(list, null, 2) + '\n');
      for (const check of list) {
        process.stdout.write(`${check.id}  (${check.where}; ${check.playbooks.join(', ')})\n  ${check.title}\n`);
        for (const command of check.commands) process.stdout.write(`    $ ${command}\n`);
      }
    },
  };
}
