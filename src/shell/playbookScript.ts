import { readFileSync } from 'node:fs';
import { poolPrincipals, REQUIRED_CA_POOL_ROLES } from '../domain/principal.js';
import { IDENTIFIER_PATTERNS, type IdentifierKind } from '../domain/identifiers.js';
import { MINIMUM_AGENT_VERSION } from '../domain/agentVersion.js';
import { DEFAULT_CREDS_DIR, DEFAULT_METADATA_HOST, type Target } from '../domain/target.js';
import { createSupportingVm, enableOnExistingVm, updatePartnerMetadata } from '../checks/remedyCommands.js';
import { IDENTITY_ATTRIBUTE } from '../discovery/identity.js';
import { ISSUANCE_ATTRIBUTE, TRUST_ATTRIBUTE } from '../discovery/workloadConfig.js';
import { UNREACHABLE_EXITS } from '../parsers/curlResponse.js';
import { AGENT_START_PATTERNS } from '../parsers/guestAgentVersion.js';
import { FEATURE_NOT_ENABLED, NOT_FOUND_TEXT } from '../parsers/metadataReply.js';
import { REFRESH_RULES } from '../parsers/refresherJournal.js';
import type { Playbook } from '../playbooks/playbook.js';
import { AGENT_JOURNAL_LINES, NEW_AGENT_UNITS, REFRESH_SERVICE_UNIT, REFRESH_TIMER_UNIT } from '../probes/catalog.js';
import { HTTP_STATUS_MARKER, metadataProbe } from '../probes/metadataProbe.js';
import { t, type MessageId } from '../report/message.js';
import { TOOL_VERSION } from '../version.js';
import { bashMessage } from './bashMessage.js';
import { collectorBody } from './collectorScript.js';
import { shellQuote, shellWord } from './quote.js';

/** The bash twin of each check: its fragment and function. A playbook with a check missing here has no script. */
const CHECK_FUNCTIONS: Record<string, { fragment: string; fn: string; needs?: string }> = {
  'config-status': { fragment: 'check-config-status.sh', fn: 'check_config_status', needs: 'curl-failed.sh' },
  'guest-agent-version': { fragment: 'check-guest-agent-version.sh', fn: 'check_guest_agent_version' },
  refresher: { fragment: 'check-refresher.sh', fn: 'check_refresher' },
  'config-status-file': { fragment: 'check-config-status-file.sh', fn: 'check_config_status_file' },
  'ca-pool-iam': { fragment: 'check-ca-pool-iam.sh', fn: 'check_ca_pool_iam', needs: 'workload.sh' },
  'workload-identity': { fragment: 'check-workload-identity.sh', fn: 'check_workload_identity', needs: 'workload.sh' },
  'trust-domain': { fragment: 'check-trust-domain.sh', fn: 'check_trust_domain', needs: 'workload.sh' },
  'workload-endpoints': { fragment: 'check-workload-endpoints.sh', fn: 'check_workload_endpoints', needs: 'curl-failed.sh' },
};

const fragment = (name: string) => readFileSync(new URL(`./fragments/${name}`, import.meta.url), 'utf8');

/** Placeholders for values the script fills at run time from its own variables. */
const S = { host: '\u0000H\u0000', path: '\u0000P\u0000', vm: '\u0000V\u0000', zone: '\u0000Z\u0000', project: '\u0000J\u0000', number: '\u0000N\u0000', pool: '\u0000O\u0000' };
const VARIABLES = { [S.host]: 'METADATA_HOST', [S.path]: 'MD_PATH', [S.project]: 'PROJECT', [S.number]: 'PROJECT_NUMBER', [S.pool]: 'POOL_ID' };
const TARGET_VARIABLES = { [S.vm]: 'VM:-VM_NAME', [S.zone]: 'ZONE:-ZONE', [S.project]: 'PROJECT:-PROJECT_ID' };
const TEMPLATE_TARGET: Target = { vm: S.vm, zone: S.zone, project: S.project, via: 'local' };

/** A metadata request of the TypeScript probe, with the script's host, path and timeout. */
function curlWords(path: string): string {
  const probe = metadataProbe({ id: 'md', path, host: S.host, timeoutMs: 2000 });
  return probe.argv.map((word, index) => (probe.argv[index - 1] === '--max-time' ? '"$MT"' : shellWord(word, VARIABLES))).join(' ');
}

/** A remedy command as a double-quoted bash word with the script's values (or the guide's placeholders). */
function fixWord(commands: string[]): string {
  const command = commands[0]!.replace(/[\\"$`]/g, (character) => `\\${character}`);
  return `"${Object.entries(TARGET_VARIABLES).reduce((text, [sentinel, variable]) => text.split(sentinel).join(`\${${variable}}`), command)}"`;
}

function values(playbook: string): Record<string, string> {
  const patterns = Object.fromEntries(
    (Object.keys(IDENTIFIER_PATTERNS) as IdentifierKind[]).map((kind) => [`RE_${kind}`, shellQuote(IDENTIFIER_PATTERNS[kind])]),
  );
  const refreshTable = [
    `REFRESH_ERES=(${REFRESH_RULES.map((rule) => shellQuote(rule.ere)).join(' ')})`,
    `REFRESH_KINDS=(${REFRESH_RULES.map((rule) => rule.kind).join(' ')})`,
    `REFRESH_DETAILED=(${REFRESH_RULES.map((rule) => (rule.detailed ? 1 : 0)).join(' ')})`,
  ].join('\n');
  return {
    ...patterns,
    VERSION: TOOL_VERSION,
    PLAYBOOK: playbook,
    DEFAULT_CREDS_DIR: shellQuote(DEFAULT_CREDS_DIR),
    DEFAULT_METADATA_HOST,
    CURL: curlWords(S.path),
    CURL_CONFIG_STATUS: curlWords('instance/gce-workload-certificates/config-status'),
    MARKER: HTTP_STATUS_MARKER,
    UNREACHABLE_EXITS: [...UNREACHABLE_EXITS].join(' | '),
    FEATURE_NOT_ENABLED: shellQuote(FEATURE_NOT_ENABLED),
    NOT_FOUND_TEXT: shellQuote(NOT_FOUND_TEXT),
    FIX_ENABLE: fixWord(enableOnExistingVm(TEMPLATE_TARGET)),
    FIX_CREATE: fixWord(createSupportingVm(TEMPLATE_TARGET)),
    FIX_UPDATE: fixWord(updatePartnerMetadata(TEMPLATE_TARGET)),
    MINIMUM_AGENT_VERSION,
    AGENT_START_ERE: shellQuote(AGENT_START_PATTERNS.map((pattern) => pattern.ere).join('|')),
    TIMER_UNIT: REFRESH_TIMER_UNIT,
    SERVICE_UNIT: REFRESH_SERVICE_UNIT,
    AGENT_UNITS: NEW_AGENT_UNITS.map((unit) => `-u ${unit}`).join(' '),
    AGENT_JOURNAL_LINES: String(AGENT_JOURNAL_LINES),
    REFRESH_TABLE: refreshTable,
    IDENTITY_PATH: shellQuote(`instance/partner-attributes/${IDENTITY_ATTRIBUTE}`),
    ISSUANCE_PATH: shellQuote(`instance/partner-attributes/${ISSUANCE_ATTRIBUTE}/?recursive=true&alt=json`),
    TRUST_PATH: shellQuote(`instance/partner-attributes/${TRUST_ATTRIBUTE}/?recursive=true&alt=json`),
    PRINCIPALS: poolPrincipals({ projectNumber: S.number, poolId: S.pool }).map((principal) => shellWord(principal, VARIABLES)).join(' '),
    ROLES: REQUIRED_CA_POOL_ROLES.join(' '),
  };
}

/** Fills `@@NAME@@` and `@@MSG:id[:name=variable,…]@@`; an unknown placeholder is a bug, caught here. */
function fill(text: string, filled: Record<string, string>): string {
  return text.replace(/@@([A-Za-z_]+|MSG:[a-z0-9.-]+(?::[a-z=,A-Z_]+)?)@@/g, (whole, key: string) => {
    if (key.startsWith('MSG:')) {
      const [, id, renames = ''] = key.split(':');
      return bashMessage(id as MessageId, Object.fromEntries(renames.split(',').filter(Boolean).map((pair) => pair.split('=') as [string, string])));
    }
    const value = filled[key];
    if (value === undefined) throw new Error(`unknown placeholder ${whole}`);
    return value;
  });
}

export type ScriptResult = { ok: true; script: string } | { ok: false; missing: string[] };

/**
 * A standalone bash script of a playbook, generated from its data: the same steps, gates,
 * commands, patterns, cause codes and texts. `--evidence` makes it collect instead of judge.
 */
export function playbookScript(playbook: Playbook): ScriptResult {
  const missing = playbook.steps.map((step) => step.check.id).filter((id) => !CHECK_FUNCTIONS[id]);
  if (missing.length) return { ok: false, missing };
  const filled = values(playbook.id);
  const steps = playbook.steps.map(({ check, gate }) => {
    const fn = CHECK_FUNCTIONS[check.id]!.fn;
    if (!gate) return fn;
    const skip = shellQuote(t(gate.reason, { check: gate.after }));
    return `if gate_closed ${gate.after} ${shellQuote(gate.skipWhen.statuses.join(' '))} ${shellQuote((gate.skipWhen.codes ?? []).join(' '))}; then\n  report ${check.id} skip ${skip}\nelse\n  ${fn}\nfi`;
  });
  const needed = [...new Set(playbook.steps.flatMap((step) => [CHECK_FUNCTIONS[step.check.id]!.needs, CHECK_FUNCTIONS[step.check.id]!.fragment]).filter((name): name is string => !!name))];
  const heading = shellQuote(`wid-check ${playbook.id}`);
  const parts = [
    '#!/usr/bin/env bash',
    fill(fragment('prelude.sh'), filled),
    `if [ "$EVIDENCE" = 1 ]; then\n${collectorBody(playbook.id)}\n  exit 0\nfi`,
    fill(fragment('runtime.sh'), filled),
    ...needed.map((name) => fill(fragment(name), filled)),
    `printf '%s\\n\\n' ${heading}`,
    ...steps,
    fill(fragment('epilogue.sh').replace('@@MSG:text.result.problem@@', '@@MSG:text.result.problem:count=FINDINGS@@'), filled),
  ];
  return { ok: true, script: parts.join('\n') + '\n' };
}
