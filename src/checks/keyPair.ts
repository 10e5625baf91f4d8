import { createHash, createPublicKey, type X509Certificate } from 'node:crypto';
import { publicKeyProbe } from '../probes/catalog.js';
import type { ProbeResult } from '../probes/probe.js';
import { finding } from '../report/finding.js';
import { message } from '../report/message.js';
import type { Check, CheckOutcome } from './check.js';
import { credentialsPlan } from './credentialsPlan.js';
import { failedCommandOutcome } from './failedCommand.js';

const ID = 'key-pair';

/** SHA-256 of the SubjectPublicKeyInfo: safe to show, enough to tell two keys apart. */
const fingerprint = (key: ReturnType<typeof createPublicKey>) => createHash('sha256').update(key.export({ type: 'spki', format: 'der' })).digest('hex').slice(0, 32);

/** `private_key.pem` belongs to the leaf: compared by public key, the private key is never read here. */
export const keyPairCheck: Check<X509Certificate> = {
  id: ID,
  title: 'check.key-pair.title',
  where: 'vm',
  documented: (params) => [publicKeyProbe(params)],
  plan: (context) => credentialsPlan(context, ID, async (files) => ({ probes: [publicKeyProbe(context.params)], facts: files.leaf })),
  evaluate: ([result], leaf) => judgeKeyPair(result!, leaf),
};

function judgeKeyPair(result: ProbeResult, leaf: X509Certificate): CheckOutcome {
  const failed = failedCommandOutcome(ID, result, 'openssl');
  if (failed) return failed;
  if (result.exitCode !== 0) return { status: 'error', detail: message('detail.key-unreadable', { message: result.stderr.split('\n')[0] ?? '' }), findings: [] };
  let keyPrint: string;
  try {
    keyPrint = fingerprint(createPublicKey(result.stdout));
  } catch (error) {
    return { status: 'error', detail: message('detail.key-unreadable', { message: (error as Error).message }), findings: [] };
  }
  const leafPrint = fingerprint(leaf.publicKey);
  if (keyPrint === leafPrint) return { status: 'pass', detail: message('detail.key-pair-ok', { fingerprint: leafPrint }), findings: [] };
  const summary = message('finding.key-mismatch');
  return {
    status: 'fail',
    detail: summary,
    findings: [
      finding('key-mismatch', ID, {
        summary,
        evidence: { leafPublicKeySha256: leafPrint, privateKeyPublicHalfSha256: keyPrint },
        remedy: message('remedy.reissue-credentials'),
        commands: ['sudo systemctl start gce-workload-cert-refresh.service'],
      }),
    ],
  };
}
