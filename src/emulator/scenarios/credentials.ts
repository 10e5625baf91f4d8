import { newAgentLines, linuxConsole } from '../consoles.js';
import type { Scenario } from '../scenario.js';
import { variant } from './base.js';

/** Complete credentials directories: what `diagnose` verifies beyond the document. */
export const credentialsScenarios: Scenario[] = [
  variant('healthy-trust-bundles', 'A working VM whose new agent wrote trust_bundles.json instead of ca_certificates.pem', {
    gcloud: { serialPortOutput: { stdout: linuxConsole(newAgentLines('20250901.00')) } },
    trustAnchorsFile: 'trust_bundles.json',
  }),
  variant('credentials-expired', 'The leaf certificate expired two hours ago', { credentialsFault: 'expired' }),
  variant('credentials-stale', 'The leaf is 20 hours into its 24: renewal was due at 12 hours', { credentialsFault: 'stale' }),
  variant('key-mismatch', 'private_key.pem belongs to another key pair than the leaf', { credentialsFault: 'key-mismatch' }),
  variant('spiffe-id-mismatch', 'The leaf is for …/sa/backend, the VM is …/sa/frontend', { credentialsFault: 'spiffe-id-mismatch' }),
  variant('chain-untrusted', 'ca_certificates.pem holds another CA\'s root: the chain does not verify', { credentialsFault: 'chain-untrusted' }),
];
