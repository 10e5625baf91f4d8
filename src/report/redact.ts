/**
 * Last line of defence for "secrets stay secret": whatever a check quotes, no private key
 * body leaves the tool, in any format or log.
 */
const PEM_PRIVATE_KEY = /-----BEGIN ([A-Z0-9 ]*)PRIVATE KEY-----[\s\S]*?(?:-----END \1PRIVATE KEY-----|$)/g;
const JSON_PRIVATE_KEY = /("privateKeyPem"\s*:\s*)"(?:[^"\\]|\\.)*"/g;

export function redactSecrets(text: string): string {
  return text.replace(JSON_PRIVATE_KEY, '$1"[redacted]"').replace(PEM_PRIVATE_KEY, '[private key redacted]');
}
