import { parseSpiffeId } from '../domain/spiffeId.js';
import { discoverIdentity } from '../discovery/identity.js';
import { credentialFileProbe } from '../probes/catalog.js';
import { uriSans } from '../parsers/certificates.js';
import { finding } from '../report/finding.js';
import { message, t, type Message } from '../report/message.js';
import type { Check, CheckOutcome } from './check.js';
import { credentialsPlan } from './credentialsPlan.js';

const ID = 'leaf-identity';

interface Facts {
  sans: string[];
  /** The configured identity (flag, else the VM's), canonical; undefined when unknown. */
  expected?: string;
}

/** The leaf names exactly one URI SAN, a valid SPIFFE ID, equal to the configured identity. */
export const leafIdentityCheck: Check<Facts> = {
  id: ID,
  title: 'check.leaf-identity.title',
  where: 'vm',
  documented: (params) => [credentialFileProbe('certificates.pem', params)],
  plan: (context) =>
    credentialsPlan(context, ID, async (files) => {
      const flag = context.params.workload.workloadIdentity;
      const discovered = flag ? undefined : await discoverIdentity(context, ID);
      const raw = flag ?? (discovered?.kind === 'found' ? discovered.value.raw : undefined);
      const parsed = raw ? parseSpiffeId(raw) : undefined;
      return {
        probes: [],
        facts: { sans: uriSans(files.leaf), ...(parsed?.ok ? { expected: parsed.id.uri } : {}) },
        discovered: discovered?.discovered ?? [],
      };
    }),
  evaluate: (_results, { sans, expected }) => judgeLeaf(sans, expected),
};

function judgeLeaf(sans: string[], expected: string | undefined): CheckOutcome {
  const mismatch = (summary: Message): CheckOutcome => ({
    status: 'fail',
    detail: summary,
    findings: [
      finding('spiffe-id-mismatch', ID, {
        summary,
        evidence: { uriSans: sans.join(', ') || '(none)', ...(expected ? { configured: expected } : {}) },
        remedy: message('remedy.reissue-credentials'),
        commands: ['sudo systemctl start gce-workload-cert-refresh.service'],
      }),
    ],
  });
  if (sans.length !== 1) return mismatch(message('finding.leaf-san-count', { count: sans.length }));
  const parsed = parseSpiffeId(sans[0]!);
  if (!parsed.ok || !sans[0]!.startsWith('spiffe://')) return mismatch(message('finding.leaf-san-invalid', { value: sans[0]!, reason: parsed.ok ? t('reason.not-spiffe-uri') : parsed.reason }));
  if (expected && parsed.id.uri !== expected) return mismatch(message('finding.leaf-san-differs', { value: parsed.id.uri, expected }));
  return { status: 'pass', detail: message(expected ? 'detail.leaf-identity-ok' : 'detail.leaf-identity-unchecked', { value: parsed.id.uri }), findings: [] };
}
