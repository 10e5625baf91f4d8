import type { X509Certificate } from 'node:crypto';
import type { CheckContext } from '../checks/check.js';
import { trustDomainOf } from '../domain/spiffeId.js';
import { failedCommandOutcome } from '../checks/failedCommand.js';
import { parseCertificates, uriSans } from '../parsers/certificates.js';
import { parseTrustBundles } from '../parsers/trustBundles.js';
import { credentialFileProbe, credentialsLinkProbe } from '../probes/catalog.js';
import { message } from '../report/message.js';
import type { Lookup } from './lookup.js';

export interface CredentialFiles {
  leaf: X509Certificate;
  intermediates: X509Certificate[];
  /** Trust anchors by trust domain; `ca_certificates.pem` holds the leaf's own domain's. */
  anchors: Map<string, X509Certificate[]>;
  anchorsFile: 'ca_certificates.pem' | 'trust_bundles.json';
  /** The contents directory the symlink points to (`workload-spiffe-contents-<time>`). */
  contentsDir?: string;
}

const domainOf = (leaf: X509Certificate) => trustDomainOf(uriSans(leaf)[0] ?? '');

/** Reads the certificates and trust anchors of the credentials directory; every check of them shares the commands. */
export async function readCredentials(context: CheckContext, checkId: string): Promise<Lookup<CredentialFiles>> {
  const probes = ['certificates.pem', 'ca_certificates.pem', 'trust_bundles.json'].map((file) => credentialFileProbe(file, context.params));
  const link = credentialsLinkProbe(context.params);
  const [certificates, caFile, bundles, linked] = await Promise.all([...probes, link].map((probe) => context.run(probe)));
  const discovered = [...probes, link];
  const failed = failedCommandOutcome(checkId, certificates!, 'cat');
  if (failed) return { kind: 'failed', outcome: failed, discovered };
  if (certificates!.exitCode !== 0) return { kind: 'unknown', reason: message('skip.no-certificates', { dir: context.params.credsDir }), discovered };
  const chain = parseCertificates(certificates!.stdout);
  if (!chain.ok) return { kind: 'failed', outcome: unreadable('certificates.pem', chain.message), discovered };
  const [leaf, ...intermediates] = chain.certificates as [X509Certificate, ...X509Certificate[]];
  const contentsDir = linked!.exitCode === 0 ? linked!.stdout.trim() : undefined;
  const base = { leaf, intermediates, ...(contentsDir ? { contentsDir } : {}) };
  if (caFile!.exitCode === 0) {
    const anchors = parseCertificates(caFile!.stdout);
    if (!anchors.ok) return { kind: 'failed', outcome: unreadable('ca_certificates.pem', anchors.message), discovered };
    return { kind: 'found', value: { ...base, anchors: new Map([[domainOf(leaf), anchors.certificates]]), anchorsFile: 'ca_certificates.pem' }, discovered };
  }
  if (bundles!.exitCode === 0) {
    const parsed = parseTrustBundles(bundles!.stdout);
    if (!parsed.ok) return { kind: 'failed', outcome: unreadable('trust_bundles.json', parsed.message), discovered };
    return { kind: 'found', value: { ...base, anchors: parsed.domains, anchorsFile: 'trust_bundles.json' }, discovered };
  }
  return { kind: 'found', value: { ...base, anchors: new Map(), anchorsFile: 'ca_certificates.pem' }, discovered };
}

const unreadable = (file: string, reason: string) => ({ status: 'error' as const, detail: message('detail.unreadable-file', { file, message: reason }), findings: [] });
