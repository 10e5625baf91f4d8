import type { CommandModule } from 'yargs';
import { DOCUMENT_PARAMS } from '../../domain/target.js';
import { t, type MessageId } from '../../report/message.js';
import type { GlobalArgs } from '../globalOptions.js';
import { languageOf } from '../runContext.js';
import { runReportCommand } from './reportCommand.js';

/** What the help shows of a playbook command; the playbook itself loads only when it runs. */
export interface PlaybookCommandSpec {
  id: string;
  aliases: string[];
  describe: MessageId;
  examples: Array<[string, MessageId]>;
}

type Args = GlobalArgs & { explain: boolean };

/** `--explain`: the decision tree from the playbook data, with the document's placeholders. */
async function explain(id: string, args: Args): Promise<number> {
  const language = languageOf(args, process.env);
  const { explainDiagnose, explainPlaybook, renderExplainText } = await import('../../report/render/explain.js');
  const { findPlaybook } = await import('../../playbooks/index.js');
  const { DIAGNOSE_ROUTES } = await import('../../playbooks/diagnose.js');
  const { credentialsListingProbe, workloadEndpointProbe } = await import('../../probes/catalog.js');
  const explained =
    id === 'diagnose'
      ? explainDiagnose(DIAGNOSE_ROUTES, [credentialsListingProbe(DOCUMENT_PARAMS).display, workloadEndpointProbe('workload-identities', DOCUMENT_PARAMS).display], DOCUMENT_PARAMS, language)
      : explainPlaybook(findPlaybook(id)!, DOCUMENT_PARAMS, language);
  process.stdout.write(args.format === 'json' ? JSON.stringify(explained, null, 2) + '\n' : renderExplainText(explained, language));
  return 0;
}

export function playbookCommand(spec: PlaybookCommandSpec, setExit: (code: number) => void): CommandModule<object, Args> {
  return {
    command: spec.id === 'diagnose' ? ['diagnose', '$0'] : spec.id,
    aliases: spec.aliases,
    describe: t(spec.describe),
    builder: (yargs) => {
      yargs.option('explain', { type: 'boolean', default: false, describe: t('cli.option.explain') });
      for (const [example, text] of spec.examples) yargs.example(example, t(text));
      return yargs as never;
    },
    handler: async (args) => {
      if (args.explain) return setExit(await explain(spec.id, args));
      const { runPlaybook } = await import('../../engine/runPlaybook.js');
      if (spec.id === 'diagnose') {
        const { runDiagnose } = await import('../../engine/diagnose.js');
        return setExit(await runReportCommand(args, (context, onCheckDone) => runDiagnose({ ...context, onCheckDone })));
      }
      const { findPlaybook } = await import('../../playbooks/index.js');
      setExit(await runReportCommand(args, (context, onCheckDone) => runPlaybook(findPlaybook(spec.id)!, { ...context, onCheckDone })));
    },
  };
}
