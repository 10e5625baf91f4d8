import { isValidIdentifier, type IdentifierKind } from '../domain/identifiers.js';
import type { Params, Target } from '../domain/target.js';
import { parseCurlResponse } from '../parsers/curlResponse.js';
import { gcloudConfigProbe, metadataValueProbe } from '../probes/catalog.js';
import type { Runner } from '../probes/runner.js';

export type Source = 'flag' | 'environment' | 'metadata' | 'gcloud-config';
export interface ResolvedTarget extends Target {
  sources: Partial<Record<'vm' | 'zone' | 'project', Source>>;
}

type Lookup = () => Promise<string | undefined>;

/**
 * Fills in the VM, zone and project in the contract's order: flag, environment, the
 * metadata server (when on a VM), `gcloud config get-value`. A looked-up value that breaks
 * the identifier rules is ignored rather than passed on to a command.
 */
export async function resolveTarget(given: Partial<Target>, env: NodeJS.ProcessEnv, params: Params, runner: Runner, via: Target['via'] = 'local'): Promise<ResolvedTarget> {
  const fromMetadata = (path: string, kind: IdentifierKind, pick = (v: string) => v): Lookup => async () => {
    const reply = parseCurlResponse(await runner(metadataValueProbe(path, params)));
    return reply.kind === 'http' && reply.status === 200 ? valid(kind, pick(reply.body.trim())) : undefined;
  };
  const fromGcloud = (property: 'project' | 'compute/zone', kind: IdentifierKind): Lookup => async () => {
    const result = await runner(gcloudConfigProbe(property, params));
    return result.exitCode === 0 ? valid(kind, result.stdout.trim()) : undefined;
  };
  const sources: ResolvedTarget['sources'] = {};
  const first = async (field: 'vm' | 'zone' | 'project', kind: IdentifierKind, chain: Array<[Source, Lookup]>) => {
    for (const [source, lookup] of chain) {
      const value = await lookup();
      if (value) {
        sources[field] = source;
        return value;
      }
    }
    return undefined;
  };
  const flag = (value: string | undefined): Lookup => async () => value;
  const environment = (name: string, kind: IdentifierKind): Lookup => async () => valid(kind, env[name]);
  const [vm, zone, project] = await Promise.all([
    first('vm', 'vm', [['flag', flag(given.vm)], ['metadata', fromMetadata('instance/name', 'vm')]]),
    first('zone', 'zone', [
      ['flag', flag(given.zone)],
      ['environment', environment('CLOUDSDK_COMPUTE_ZONE', 'zone')],
      ['metadata', fromMetadata('instance/zone', 'zone', (v) => v.split('/').at(-1) ?? '')],
      ['gcloud-config', fromGcloud('compute/zone', 'zone')],
    ]),
    first('project', 'project', [
      ['flag', flag(given.project)],
      ['environment', environment('CLOUDSDK_CORE_PROJECT', 'project')],
      ['metadata', fromMetadata('project/project-id', 'project')],
      ['gcloud-config', fromGcloud('project', 'project')],
    ]),
  ]);
  return { ...(vm ? { vm } : {}), ...(zone ? { zone } : {}), ...(project ? { project } : {}), via, sources };
}

const valid = (kind: IdentifierKind, value: string | undefined) => (value && isValidIdentifier(kind, value) ? value : undefined);
