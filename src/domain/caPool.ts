import { isValidIdentifier } from './identifiers.js';

/** `projects/PROJECT/locations/REGION/caPools/POOL_ID`, as issuance configs name a CA pool. */
export interface CaPool {
  project: string;
  region: string;
  id: string;
}

export function parseCaPoolName(name: string): CaPool | undefined {
  const match = /^projects\/([^/]+)\/locations\/([^/]+)\/caPools\/([^/]+)$/.exec(name.trim());
  if (!match) return undefined;
  const [, project, region, id] = match as unknown as [string, string, string, string];
  const projectOk = isValidIdentifier('project', project) || isValidIdentifier('projectNumber', project);
  return projectOk && isValidIdentifier('region', region) && isValidIdentifier('caPoolId', id) ? { project, region, id } : undefined;
}
