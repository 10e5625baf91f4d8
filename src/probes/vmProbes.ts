import type { Params } from '../domain/target.js';
import { IDENTITY_ATTRIBUTE } from '../discovery/identity.js';
import { ISSUANCE_ATTRIBUTE, TRUST_ATTRIBUTE } from '../discovery/workloadConfig.js';
import {
  configStatusFileProbe,
  configStatusProbe,
  credentialFileProbe,
  credentialsLinkProbe,
  credentialsListingProbe,
  journalProbe,
  metadataValueProbe,
  AGENT_JOURNAL_LINES,
  NEW_AGENT_UNITS,
  partnerAttributeProbe,
  publicKeyProbe,
  REFRESH_SERVICE_UNIT,
  REFRESH_TIMER_UNIT,
  workloadEndpointProbe,
} from './catalog.js';
import type { Probe } from './probe.js';

/**
 * Every VM-side command any playbook may run. Remote runs and evidence scripts collect them
 * all in one go: they are quick reads, and which ones a run needs depends on what it finds.
 */
export function vmSideProbes(params: Params): Probe[] {
  return [
    configStatusProbe(params),
    workloadEndpointProbe('workload-identities', params),
    workloadEndpointProbe('trust-anchors', params),
    ...['instance/name', 'instance/zone', 'project/project-id'].map((path) => metadataValueProbe(path, params)),
    partnerAttributeProbe(IDENTITY_ATTRIBUTE, params),
    partnerAttributeProbe(ISSUANCE_ATTRIBUTE, params, true),
    partnerAttributeProbe(TRUST_ATTRIBUTE, params, true),
    journalProbe([REFRESH_TIMER_UNIT], params),
    journalProbe([REFRESH_SERVICE_UNIT], params),
    journalProbe(NEW_AGENT_UNITS, params, AGENT_JOURNAL_LINES),
    credentialsListingProbe(params),
    credentialsLinkProbe(params),
    configStatusFileProbe(params),
    ...['certificates.pem', 'ca_certificates.pem', 'trust_bundles.json'].map((file) => credentialFileProbe(file, params)),
    publicKeyProbe(params),
  ];
}
