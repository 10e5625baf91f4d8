import { parseConfigStatus } from '../parsers/configStatusBody.js';
import { configStatusFileProbe } from '../probes/catalog.js';
import { message } from '../report/message.js';
import { simplePlan, type Check } from './check.js';
import { judgeStatusBody } from './configStatus.js';
import { failedCommandOutcome } from './failedCommand.js';

const ID = 'config-status-file';

/** Steps B.1, B.2 and B.6: what `config_status` in the credentials directory says. */
export const configStatusFileCheck: Check = {
  id: ID,
  title: 'check.config-status-file.title',
  where: 'vm',
  documented: (params) => [configStatusFileProbe(params)],
  plan: async ({ params }) => simplePlan([configStatusFileProbe(params)]),
  evaluate: ([result], _facts, target, params) => {
    const failed = failedCommandOutcome(ID, result!, 'cat');
    if (failed) return failed;
    if (result!.exitCode !== 0) {
      const missing = /No such file|Not a directory/i.test(result!.stderr);
      return {
        status: missing ? 'skip' : 'error',
        detail: missing ? message('skip.no-config-status-file', { dir: params.credsDir }) : message('detail.file-unreadable', { message: result!.stderr.trim() }),
        findings: [],
      };
    }
    return judgeStatusBody(parseConfigStatus(result!.stdout), target, ID, 'recreate');
  },
};
