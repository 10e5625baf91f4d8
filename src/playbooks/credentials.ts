import { chainOfTrustCheck } from '../checks/chainOfTrust.js';
import { freshnessCheck } from '../checks/freshness.js';
import { keyPairCheck } from '../checks/keyPair.js';
import { leafIdentityCheck } from '../checks/leafIdentity.js';
import type { Playbook } from './playbook.js';

/** Beyond the document: the directory is complete, so verify what it holds. */
export const credentialsPlaybook: Playbook = {
  id: 'credentials',
  aliases: [],
  title: 'playbook.credentials.title',
  steps: [{ check: leafIdentityCheck }, { check: chainOfTrustCheck }, { check: keyPairCheck }, { check: freshnessCheck }],
};
