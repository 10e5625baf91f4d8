import { trustDomainOf } from '../domain/spiffeId.js';
import type { WorkloadCredentials } from './credentials.js';
import { notFoundPage } from './googlePages.js';
import type { Json, Reply, Scenario } from './scenario.js';

/** A metadata directory: leaves are values, `Reply` leaves answer with their own status. */
export type MetadataNode = string | number | boolean | null | Reply | MetadataNode[] | { [name: string]: MetadataNode };

export const isReply = (node: MetadataNode): node is Reply =>
  typeof node === 'object' && node !== null && !Array.isArray(node) && typeof node.status === 'number' && typeof node.body === 'string';

export const isDirectory = (node: MetadataNode): node is MetadataNode[] | { [name: string]: MetadataNode } =>
  typeof node === 'object' && node !== null && !isReply(node);

const ENDPOINTS = 'instance/gce-workload-certificates';

function endpointReply(scenario: Scenario, endpoint: string, body: string | undefined): Reply {
  const metadata = scenario.metadata!;
  if (metadata.endpoints) return metadata.endpoints;
  if (body !== undefined) return { status: 200, body };
  const configStatus = metadata.configStatus;
  if (configStatus.status === 200) return { status: 404, body: notFoundPage(`/computeMetadata/v1/${ENDPOINTS}/${endpoint}`) };
  return configStatus.status === 404 && !configStatus.body.includes('feature not enabled')
    ? { status: 404, body: notFoundPage(`/computeMetadata/v1/${ENDPOINTS}/${endpoint}`) }
    : configStatus;
}

/** The metadata tree a scenario's VM sees, with the old endpoint names beside the new (FACTS §2). */
export function metadataTree(scenario: Scenario, credentials?: WorkloadCredentials): MetadataNode {
  const { instance, metadata } = scenario;
  const configStatus = metadata?.configStatus ?? { status: 404, body: '' };
  const domain = trustDomainOf(scenario.workloadIdentity);
  const identities = credentials
    ? JSON.stringify({ status: 'OK', workloadCredentials: { [scenario.workloadIdentity]: { certificatePem: credentials.certificatesPem, privateKeyPem: credentials.privateKeyPem } } })
    : undefined;
  const anchors = credentials ? JSON.stringify({ status: 'OK', trustAnchors: { [domain]: { trustAnchorsPem: credentials.trustAnchorsPem } } }) : undefined;
  const workloadIdentities = metadata ? endpointReply(scenario, 'workload-identities', identities) : configStatus;
  const trustAnchors = metadata ? endpointReply(scenario, 'trust-anchors', anchors) : configStatus;
  return {
    instance: {
      name: instance.name,
      hostname: `${instance.name}.${instance.zone}.c.${instance.projectId}.internal`,
      zone: `projects/${instance.projectNumber}/zones/${instance.zone}`,
      attributes: metadata?.partnerAttributes ? { 'enable-workload-certificate': 'true' } : {},
      'partner-attributes': (metadata?.partnerAttributes ?? {}) as { [name: string]: Json },
      'gce-workload-certificates': { 'config-status': configStatus, 'workload-identities': workloadIdentities, 'trust-anchors': trustAnchors },
      'workload-certificates-config-status': configStatus,
      'workload-identities': workloadIdentities,
      'workload-trusted-root-certs': trustAnchors,
    },
    project: { 'project-id': instance.projectId, 'numeric-project-id': instance.projectNumber },
  };
}
