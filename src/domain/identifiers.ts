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

const idAlphabet = (min: number, max: number) => `^[a-z0-9][a-z0-9-]{${min - 2},${max - 2}}[a-z0-9]$`;

/**
 * POSIX extended regular expressions that JavaScript reads the same way: the generated
 * shell scripts validate their flags with exactly these (`[[ $value =~ $pattern ]]`).
 */
export const IDENTIFIER_PATTERNS: Record<IdentifierKind, string> = {
  vm: '^[a-z]([-a-z0-9]{0,61}[a-z0-9])?$',
  zone: '^[a-z]+-[a-z]+[0-9]+-[a-z]$',
  region: '^[a-z]+-[a-z]+[0-9]+$',
  project: '^([a-z][-a-z0-9.]{0,61}[a-z0-9]:)?[a-z][-a-z0-9]{4,28}[a-z0-9]$',
  projectNumber: '^[1-9][0-9]{0,19}$',
  poolId: idAlphabet(4, 32),
  namespace: idAlphabet(2, 63),
  managedIdentity: idAlphabet(2, 63),
  caPoolId: '^[A-Za-z0-9_][-A-Za-z0-9_]{0,63}$',
  metadataHost: '^([A-Za-z0-9][-A-Za-z0-9.]{0,252}|\\[[0-9A-Fa-f:.]+\\])(:[0-9]{1,5})?$',
  path: '^[^\\n\\r]{1,4096}$',
};

/** `gcp-` starts no pool, namespace or managed identity ID: Google keeps it. */
export const RESERVED_PREFIX = 'gcp-';
const RESERVABLE: ReadonlySet<IdentifierKind> = new Set(['poolId', 'namespace', 'managedIdentity']);
const compiled = Object.fromEntries(Object.entries(IDENTIFIER_PATTERNS).map(([kind, ere]) => [kind, new RegExp(ere)])) as Record<IdentifierKind, RegExp>;

export function isValidIdentifier(kind: IdentifierKind, value: string): boolean {
  if (value.includes('\0')) return false;
  return compiled[kind].test(value) && !(RESERVABLE.has(kind) && value.startsWith(RESERVED_PREFIX));
}
