import { DEFAULT_METADATA_HOST, type Params } from '../domain/target.js';
import { EVIDENCE_END, EVIDENCE_HEADER } from '../evidence/evidenceFormat.js';
import { vmSideProbes } from '../probes/vmProbes.js';
import { shellQuote, shellWord } from './quote.js';

/** Placeholders that the script replaces with its own variables (set by flags or the environment). */
const CREDS = '\u0000CREDS_DIR\u0000';
const HOST = '\u0000METADATA_HOST\u0000';
const VARIABLES = { [CREDS]: 'CREDS_DIR', [HOST]: 'METADATA_HOST' };

const TEMPLATE_PARAMS: Params = { credsDir: CREDS, metadataHost: HOST, timeoutMs: 10_000, metadataTimeoutMs: 2000, workload: {} };

/** The probe lines of the collector: every VM-side command, with the script's variables in place. */
function collectorProbeLines(): string[] {
  return vmSideProbes(TEMPLATE_PARAMS).map((probe) => `probe ${shellQuote(probe.id)} ${probe.argv.map((word) => shellWord(word, VARIABLES)).join(' ')}`);
}

/** The bash body that runs every VM-side probe and prints them framed (needs bash, coreutils, curl). */
export function collectorBody(playbook: string): string {
  return [
    // Secrets stay secret in evidence too: workload-identities hands out the private key. The
    // same two forms as src/report/redact.ts, in sed.
    'redact() {',
    `  sed -E -e 's/("privateKeyPem"[[:space:]]*:[[:space:]]*")[^"]*"/\\1[redacted]"/g' \\`,
    `    -e '/-----BEGIN [A-Z ]*PRIVATE KEY-----/,/-----END [A-Z ]*PRIVATE KEY-----/c\\[private key redacted]'`,
    '}',
    'b64() { if [ -s "$1" ]; then redact < "$1" | base64 -w0; else printf -- -; fi; }',
    'probe() {',
    '  local id=$1 out err started status',
    '  shift',
    '  out=$(mktemp) err=$(mktemp)',
    '  started=$(date +%s%3N)',
    '  timeout "$TIMEOUT" "$@" > "$out" 2> "$err" < /dev/null',
    '  status=$?',
    '  printf \'probe %s %s %s %s %s\\n\' "$id" "$status" "$(b64 "$out")" "$(b64 "$err")" "$(( $(date +%s%3N) - started ))"',
    '  rm -f -- "$out" "$err"',
    '}',
    `echo '${EVIDENCE_HEADER} playbook=${playbook}'`,
    ...collectorProbeLines(),
    `echo '${EVIDENCE_END}'`,
  ].join('\n');
}

/** A self-contained collector for `gcloud compute ssh --command`: defaults of the VM itself. */
export function remoteCollector(playbook: string, params: Pick<Params, 'credsDir' | 'timeoutMs'>): string {
  return [
    `CREDS_DIR=${shellWord(params.credsDir, {})}`,
    `METADATA_HOST="\${GCE_METADATA_HOST:-${DEFAULT_METADATA_HOST}}"`,
    `TIMEOUT=${Math.ceil(params.timeoutMs / 1000)}`,
    collectorBody(playbook),
  ].join('\n');
}
