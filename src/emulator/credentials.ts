import 'reflect-metadata';
import * as x509 from '@peculiar/x509';
import { createPrivateKey, webcrypto } from 'node:crypto';
import { mkdir, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

x509.cryptoProvider.set(webcrypto as unknown as Parameters<typeof x509.cryptoProvider.set>[0]);

const ALGORITHM = { name: 'ECDSA', namedCurve: 'P-256', hash: 'SHA-256' } as const;
const HOUR = 3600_000;

export interface WorkloadCredentials {
  /** Leaf then intermediate, a blank line between PEM blocks (FACTS §2). */
  certificatesPem: string;
  /** SEC1 `EC PRIVATE KEY`, as the metadata server hands it out. */
  privateKeyPem: string;
  trustAnchorsPem: string;
}

const generateKeys = () => webcrypto.subtle.generateKey(ALGORITHM, true, ['sign', 'verify']) as Promise<webcrypto.CryptoKeyPair>;
let serial = 1;
const nextSerial = () => (serial++).toString(16).padStart(2, '0');

export interface IssueOptions {
  issuedAt?: Date;
  /** Sign the leaf for this ID instead (a leaf that does not match the VM's identity). */
  leafId?: string;
  /** Hand out a private key of another pair (a key that does not match the leaf). */
  foreignKey?: boolean;
  /** Hand out the trust anchor of another CA (a chain that does not verify). */
  foreignAnchor?: boolean;
}

const exportSec1 = async (key: webcrypto.CryptoKey) =>
  createPrivateKey({ key: Buffer.from(await webcrypto.subtle.exportKey('pkcs8', key)), format: 'der', type: 'pkcs8' }).export({ type: 'sec1', format: 'pem' }).toString();

const selfSignedRoot = async (keys: webcrypto.CryptoKeyPair, issuedAt: Date, name: string) =>
  x509.X509CertificateGenerator.createSelfSigned({
    serialNumber: nextSerial(),
    name,
    notBefore: new Date(issuedAt.getTime() - 24 * HOUR),
    notAfter: new Date(issuedAt.getTime() + 365 * 24 * HOUR),
    keys,
    signingAlgorithm: ALGORITHM,
    extensions: [new x509.BasicConstraintsExtension(true, 1, true), new x509.KeyUsagesExtension(x509.KeyUsageFlags.keyCertSign | x509.KeyUsageFlags.cRLSign, true)],
  });

/** A root (the trust anchor) and the subordinate CA that signs leaves, as a CA pool has them. */
export interface IssuingCa {
  root: x509.X509Certificate;
  intermediate: x509.X509Certificate;
  intermediateKeys: webcrypto.CryptoKeyPair;
}

export async function createCa(name = 'wid-check emulator', issuedAt = new Date(Date.now() - HOUR)): Promise<IssuingCa> {
  const rootKeys = await generateKeys();
  const root = await selfSignedRoot(rootKeys, issuedAt, `CN=${name} root, O=wid-check`);
  const intermediateKeys = await generateKeys();
  const intermediate = await x509.X509CertificateGenerator.create({
    serialNumber: nextSerial(),
    subject: `CN=${name} subordinate, O=wid-check`,
    issuer: root.subject,
    notBefore: new Date(issuedAt.getTime() - 24 * HOUR),
    notAfter: new Date(issuedAt.getTime() + 180 * 24 * HOUR),
    publicKey: intermediateKeys.publicKey,
    signingKey: rootKeys.privateKey,
    signingAlgorithm: ALGORITHM,
    extensions: [new x509.BasicConstraintsExtension(true, 0, true), new x509.KeyUsagesExtension(x509.KeyUsageFlags.keyCertSign | x509.KeyUsageFlags.cRLSign, true)],
  });
  return { root, intermediate, intermediateKeys };
}

/**
 * Real certificates in the shape the CA Service issues: a 24-hour leaf with an empty subject
 * and one URI SAN, the SPIFFE ID, signed by the subordinate; the root is the trust anchor.
 */
export async function issueCredentials(spiffeId: string, options: IssueOptions & { ca?: IssuingCa } = {}): Promise<WorkloadCredentials> {
  const issuedAt = options.issuedAt ?? new Date(Date.now() - HOUR);
  const ca = options.ca ?? (await createCa('wid-check emulator', issuedAt));
  const leafKeys = await generateKeys();
  const leaf = await x509.X509CertificateGenerator.create({
    serialNumber: nextSerial(),
    subject: '',
    issuer: ca.intermediate.subject,
    notBefore: issuedAt,
    notAfter: new Date(issuedAt.getTime() + 24 * HOUR),
    publicKey: leafKeys.publicKey,
    signingKey: ca.intermediateKeys.privateKey,
    signingAlgorithm: ALGORITHM,
    extensions: [
      new x509.BasicConstraintsExtension(false, undefined, true),
      new x509.KeyUsagesExtension(x509.KeyUsageFlags.digitalSignature | x509.KeyUsageFlags.keyEncipherment, true),
      new x509.ExtendedKeyUsageExtension([x509.ExtendedKeyUsage.serverAuth, x509.ExtendedKeyUsage.clientAuth]),
      new x509.SubjectAlternativeNameExtension([{ type: 'url', value: options.leafId ?? spiffeId }], true),
    ],
  });
  const anchor = options.foreignAnchor ? await selfSignedRoot(await generateKeys(), issuedAt, 'CN=another root, O=elsewhere') : ca.root;
  return {
    certificatesPem: `${leaf.toString('pem')}\n\n${ca.intermediate.toString('pem')}\n`,
    privateKeyPem: await exportSec1(options.foreignKey ? (await generateKeys()).privateKey : leafKeys.privateKey),
    trustAnchorsPem: `${anchor.toString('pem')}\n`,
  };
}

/** `trust_bundles.json`: a JWK set per trust domain, each certificate as base64 DER in `x5c`. */
export function trustBundlesJson(domain: string, trustAnchorsPem: string): string {
  const der = (pem: string) => pem.replace(/-----[A-Z ]+-----|\s/g, '');
  const blocks = trustAnchorsPem.match(/-----BEGIN CERTIFICATE-----[\s\S]*?-----END CERTIFICATE-----/g) ?? [];
  return JSON.stringify({ [domain]: { keys: blocks.map((pem) => ({ use: 'x509-svid', kty: 'EC', crv: 'P-256', x5c: [der(pem)] })) } }, null, 2);
}

/**
 * The credentials directory of FACTS §8: `workload-spiffe-credentials` is a symlink to a
 * timestamped contents directory; `config_status` is written first, and is all there is
 * when no credentials came. Returns the path of the symlink.
 */
export async function writeCredentialsDirectory(
  secretsDir: string,
  files: { configStatus?: string; credentials?: WorkloadCredentials; trustBundles?: string },
  at = new Date(),
): Promise<string> {
  const contents = `workload-spiffe-contents-${at.toISOString().replace(/\.\d+Z$/, 'Z')}`;
  const file = (name: string, text: string) => writeFile(join(secretsDir, contents, name), text, { mode: 0o644 });
  await mkdir(join(secretsDir, contents), { recursive: true });
  if (files.configStatus !== undefined) await file('config_status', files.configStatus);
  if (files.credentials) {
    await file('certificates.pem', files.credentials.certificatesPem);
    await file('private_key.pem', files.credentials.privateKeyPem);
    if (files.trustBundles) await file('trust_bundles.json', files.trustBundles);
    else await file('ca_certificates.pem', files.credentials.trustAnchorsPem);
  }
  const link = join(secretsDir, 'workload-spiffe-credentials');
  await symlink(contents, link);
  return link;
}
