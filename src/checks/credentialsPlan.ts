import { readCredentials, type CredentialFiles } from '../discovery/credentials.js';
import { planWithout } from '../discovery/planFrom.js';
import { message } from '../report/message.js';
import type { CheckContext, CheckPlan } from './check.js';

/** Plans a check of the credential files: reads them (once per run), then adds what the check needs. */
export async function credentialsPlan<Facts>(
  context: CheckContext,
  checkId: string,
  then: (files: CredentialFiles) => Promise<CheckPlan<Facts>>,
): Promise<CheckPlan<Facts>> {
  const files = await readCredentials(context, checkId);
  if (files.kind !== 'found') return planWithout(files, { skip: message('skip.no-certificates', { dir: context.params.credsDir }) });
  const plan = await then(files.value);
  return { ...plan, discovered: [...files.discovered, ...(plan.discovered ?? [])] };
}
