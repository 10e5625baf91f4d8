/**
 * Identifier rules of FACTS §4 (and Compute Engine's own for projects, zones, regions).
 * Every value that can reach a command line is checked here first, so a hostile or mistyped
 * flag stops the run before any command starts.
 */
export type IdentifierKind =
  | 'vm'
  | 'zone'
  | 'region'
  | 'project'
  | 'projectNumber'
  | 'poolId'
  | 'namespace'
  | 'managedIdentity'
  | 'caPoolId'
  | 'metadataHost'
  | 'path';

const idAlphabet = (min: number, max: number) =>
  new RegExp(`^[a-z0-9](?:[a-z0-9-]{${min - 2},${max - 2}})[a-z0-9]$`);

const rules: Record<IdentifierKind, (value: string) => boolean> = {
  vm: (v) => /^[a-z](?:[-a-z0-9]{0,61}[a-z0-9])?$/.test(v),
  zone: (v) => /^[a-z]+-[a-z]+[0-9]+-[a-z]$/.test(v),
  region: (v) => /^[a-z]+-[a-z]+[0-9]+$/.test(v),
  project: (v) => /^(?:[a-z][-a-z0-9.]{0,61}[a-z0-9]:)?[a-z][-a-z0-9]{4,28}[a-z0-9]$/.test(v),
  projectNumber: (v) => /^[1-9][0-9]{0,19}$/.test(v),
  poolId: (v) => idAlphabet(4, 32).test(v) && !v.startsWith('gcp-'),
  namespace: (v) => idAlphabet(2, 63).test(v) && !v.startsWith('gcp-'),
  managedIdentity: (v) => idAlphabet(2, 63).test(v) && !v.startsWith('gcp-'),
  caPoolId: (v) => /^[A-Za-z0-9_][A-Za-z0-9_-]{0,63}$/.test(v),
  metadataHost: (v) => /^(?:[A-Za-z0-9](?:[A-Za-z0-9.-]{0,252})|\[[0-9A-Fa-f:.]+\])(?::[0-9]{1,5})?$/.test(v),
  path: (v) => v.length > 0 && v.length <= 4096 && !/[\0\n\r]/.test(v),
};

export function isValidIdentifier(kind: IdentifierKind, value: string): boolean {
  return rules[kind](value);
}
