import { describe, expect, it } from 'vitest';
import { redactSecrets } from '../../src/report/redact.js';

const pem = (label: string, body: string, eol = '\n') =>
  [`-----BEGIN ${label}-----`, ...body.match(/.{1,64}/g)!, `-----END ${label}-----`].join(eol) + eol;

// Fake base64 bodies: distinctive so that a leak is easy to spot.
const KEY_BODY = 'S3CR3TKEYMATERIAL'.repeat(6);
const CERT_BODY = 'PUBLICCERTIFICATE'.repeat(6);
const CERT = pem('CERTIFICATE', CERT_BODY);

describe('redactSecrets: PEM private keys', () => {
  it.each(['EC PRIVATE KEY', 'RSA PRIVATE KEY', 'PRIVATE KEY', 'ENCRYPTED PRIVATE KEY', 'OPENSSH PRIVATE KEY', 'DSA PRIVATE KEY'])(
    'removes a %s block whole',
    (label) => {
      const text = `private_key.pem:\n${pem(label, KEY_BODY)}end\n`;
      const redacted = redactSecrets(text);
      expect(redacted).toBe('private_key.pem:\n[private key redacted]\nend\n');
      expect(redacted).not.toContain('S3CR3T');
    },
  );

  it('removes a key with CR LF line ends', () => {
    const redacted = redactSecrets(pem('EC PRIVATE KEY', KEY_BODY, '\r\n'));
    expect(redacted).toBe('[private key redacted]\r\n');
  });

  it('keeps certificates around a key, and the order of the text', () => {
    const text = `${CERT}\n${pem('EC PRIVATE KEY', KEY_BODY)}\n${CERT}`;
    const redacted = redactSecrets(text);
    expect(redacted).toBe(`${CERT}\n[private key redacted]\n\n${CERT}`);
    expect(redacted.split(CERT)).toHaveLength(3);
  });

  it('removes every key, each on its own (the match stops at its own END)', () => {
    const text = `${pem('RSA PRIVATE KEY', KEY_BODY)}${CERT}${pem('PRIVATE KEY', KEY_BODY)}`;
    const redacted = redactSecrets(text);
    expect(redacted).not.toContain('S3CR3T');
    expect(redacted).toContain(CERT);
    expect(redacted.match(/\[private key redacted\]/g)).toHaveLength(2);
  });

  it('removes an unterminated key up to the end of the text', () => {
    const redacted = redactSecrets(`before\n-----BEGIN EC PRIVATE KEY-----\n${KEY_BODY}\n`);
    expect(redacted).toBe('before\n[private key redacted]');
  });

  it('does not stop at an END line of another label', () => {
    const text = `-----BEGIN RSA PRIVATE KEY-----\n${KEY_BODY}\n-----END PRIVATE KEY-----\nMORE${KEY_BODY}\n`;
    expect(redactSecrets(text)).not.toContain('S3CR3T');
  });

  it('keeps public material untouched', () => {
    const text = `${CERT}${pem('PUBLIC KEY', CERT_BODY)}${pem('EC PARAMETERS', 'BggqhkjOPQMBBw==')}${pem('CERTIFICATE REQUEST', CERT_BODY)}`;
    expect(redactSecrets(text)).toBe(text);
  });

  it('leaves text without secrets unchanged', () => {
    for (const text of ['', 'GCE Agent Started (version 20231103.01)', 'a PRIVATE KEY is mentioned here', '{"certificatePem": "x"}']) {
      expect(redactSecrets(text)).toBe(text);
    }
  });
});

describe('redactSecrets: JSON privateKeyPem values', () => {
  const jsonPem = (label: string) => `-----BEGIN ${label}-----\\n${KEY_BODY}\\n-----END ${label}-----\\n`;
  const certJson = `-----BEGIN CERTIFICATE-----\\n${CERT_BODY}\\n-----END CERTIFICATE-----\\n\\n-----BEGIN CERTIFICATE-----\\n${CERT_BODY}\\n-----END CERTIFICATE-----\\n`;

  it.each(['EC PRIVATE KEY', 'RSA PRIVATE KEY', 'PRIVATE KEY'])('redacts a %s in the workload-identities body and keeps it valid JSON', (label) => {
    const body = `{"status":"OK","workloadCredentials":{"spiffe://my-pool.global.123456789012.workload.id.goog/ns/ns1/sa/id1":{"certificatePem":"${certJson}","privateKeyPem":"${jsonPem(label)}"}}}`;
    const redacted = redactSecrets(body);
    expect(redacted).not.toContain('S3CR3T');
    const parsed = JSON.parse(redacted) as {
      workloadCredentials: Record<string, { certificatePem: string; privateKeyPem: string }>;
    };
    const entry = Object.values(parsed.workloadCredentials)[0]!;
    expect(entry.privateKeyPem).toBe('[redacted]');
    expect(entry.certificatePem).toBe(JSON.parse(`"${certJson}"`));
  });

  it('redacts pretty-printed JSON with spaces around the colon', () => {
    const body = JSON.stringify({ privateKeyPem: pem('EC PRIVATE KEY', KEY_BODY), certificatePem: CERT }, null, 2).replace('":', '" :');
    const redacted = redactSecrets(body);
    expect(redacted).toContain('"privateKeyPem" : "[redacted]"');
    expect(redacted).toContain(CERT_BODY.slice(0, 64));
    expect(redacted).not.toContain('S3CR3T');
  });

  it('redacts a value holding escaped quotes and backslashes without running past it', () => {
    const body = `{"privateKeyPem": "a \\"quoted\\" S3CR3T \\\\ value", "next": "kept"}`;
    expect(redactSecrets(body)).toBe('{"privateKeyPem": "[redacted]", "next": "kept"}');
  });

  it('redacts every entry of a multi-identity body', () => {
    const body = JSON.stringify({
      workloadCredentials: {
        a: { certificatePem: 'c1', privateKeyPem: 'S3CR3T-one' },
        b: { certificatePem: 'c2', privateKeyPem: 'S3CR3T-two' },
      },
    });
    const redacted = redactSecrets(body);
    expect(redacted).not.toContain('S3CR3T');
    expect(redacted.match(/"privateKeyPem":"\[redacted\]"/g)).toHaveLength(2);
    expect(redacted).toContain('"certificatePem":"c1"');
  });

  it('is idempotent', () => {
    const text = `${pem('EC PRIVATE KEY', KEY_BODY)}{"privateKeyPem": "S3CR3T"}`;
    expect(redactSecrets(redactSecrets(text))).toBe(redactSecrets(text));
  });
});
