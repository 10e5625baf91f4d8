import type { Options } from 'yargs';
import { isValidIdentifier, type IdentifierKind } from '../domain/identifiers.js';
import { parseSpiffeId } from '../domain/spiffeId.js';
import { DEFAULT_CREDS_DIR } from '../domain/target.js';
import { SCENARIOS } from '../emulator/scenarios/index.js';
import { t, type MessageId } from '../report/message.js';
import { FORMATS, type Format } from '../report/render/index.js';
import { UsageError } from './usageError.js';

export interface GlobalArgs {
  project?: string;
  zone?: string;
  vm?: string;
  format: Format;
  verbosity: 'debug' | 'info' | 'warning' | 'error' | 'none';
  quiet: boolean;
  timeout: number;
  'creds-dir': string;
  'metadata-host'?: string;
  'ca-pool'?: string;
  'ca-pool-region'?: string;
  'pool-id'?: string;
  'project-number'?: string;
  namespace?: string;
  'managed-identity'?: string;
  'workload-identity'?: string;
  simulate?: string;
  ssh: boolean;
  'tunnel-through-iap': boolean;
  lang: 'en' | 'ko';
}

const text = (id: MessageId) => t(id);
const identifier = (describe: MessageId): Options => ({ type: 'string', describe: text(describe), group: text('cli.group.target') });

export const GLOBAL_OPTIONS: Record<string, Options> = {
  project: identifier('cli.option.project'),
  zone: identifier('cli.option.zone'),
  vm: identifier('cli.option.vm'),
  format: { choices: FORMATS, default: 'text', describe: text('cli.option.format'), group: text('cli.group.output') },
  verbosity: { choices: ['debug', 'info', 'warning', 'error', 'none'], default: 'warning', describe: text('cli.option.verbosity'), group: text('cli.group.output') },
  quiet: { type: 'boolean', default: false, describe: text('cli.option.quiet'), group: text('cli.group.output') },
  lang: { choices: ['en', 'ko'], describe: text('cli.option.lang'), group: text('cli.group.output') },
  timeout: { type: 'number', default: 10, describe: text('cli.option.timeout'), group: text('cli.group.run') },
  'creds-dir': { type: 'string', default: DEFAULT_CREDS_DIR, describe: text('cli.option.creds-dir'), group: text('cli.group.run') },
  'metadata-host': { type: 'string', describe: text('cli.option.metadata-host'), group: text('cli.group.run') },
  simulate: { type: 'string', describe: text('cli.option.simulate'), group: text('cli.group.run') },
  ssh: { type: 'boolean', default: false, describe: text('cli.option.ssh'), group: text('cli.group.run') },
  'tunnel-through-iap': { type: 'boolean', default: false, describe: text('cli.option.tunnel-through-iap'), group: text('cli.group.run') },
  'ca-pool': identifier('cli.option.ca-pool'),
  'ca-pool-region': identifier('cli.option.ca-pool-region'),
  'pool-id': identifier('cli.option.pool-id'),
  'project-number': identifier('cli.option.project-number'),
  namespace: identifier('cli.option.namespace'),
  'managed-identity': identifier('cli.option.managed-identity'),
  'workload-identity': identifier('cli.option.workload-identity'),
};

const IDENTIFIER_FLAGS: Array<[keyof GlobalArgs, IdentifierKind]> = [
  ['project', 'project'],
  ['zone', 'zone'],
  ['vm', 'vm'],
  ['ca-pool', 'caPoolId'],
  ['ca-pool-region', 'region'],
  ['pool-id', 'poolId'],
  ['project-number', 'projectNumber'],
  ['namespace', 'namespace'],
  ['managed-identity', 'managedIdentity'],
  ['creds-dir', 'path'],
  ['metadata-host', 'metadataHost'],
];

/** Runs before any command starts: a bad value exits 2 and nothing is executed. */
export function validateGlobalArgs(args: Partial<GlobalArgs>): true {
  for (const [flag, kind] of IDENTIFIER_FLAGS) {
    const value = args[flag];
    if (value === undefined) continue;
    if (typeof value !== 'string' || !isValidIdentifier(kind, value)) {
      throw new UsageError(t('error.invalid-identifier', { flag, value: JSON.stringify(value), rule: t(`rule.${kind}`) }));
    }
  }
  const identity = args['workload-identity'];
  if (identity !== undefined) {
    const parsed = parseSpiffeId(String(identity));
    if (!parsed.ok) throw new UsageError(t('error.invalid-workload-identity', { value: JSON.stringify(identity), reason: parsed.reason }));
  }
  if (args.timeout !== undefined && !(Number.isFinite(args.timeout) && args.timeout > 0 && args.timeout <= 3600)) {
    throw new UsageError(t('error.invalid-timeout', { value: String(args.timeout) }));
  }
  if (args.ssh && (!args.vm || !args.zone)) throw new UsageError(t('error.ssh-needs-vm'));
  if (args['tunnel-through-iap'] && !args.ssh) throw new UsageError(t('error.iap-needs-ssh'));
  if (args.simulate !== undefined && !SCENARIOS.some((scenario) => scenario.id === args.simulate)) {
    throw new UsageError(t('error.unknown-scenario', { value: JSON.stringify(args.simulate), scenarios: SCENARIOS.map((s) => s.id).join(', ') }));
  }
  return true;
}
