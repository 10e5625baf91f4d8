import type { Reply, Scenario } from './scenario.js';

/** A metadata directory: leaves are text, `Reply` leaves answer with their own status. */
export type MetadataNode = string | Reply | { [name: string]: MetadataNode };

export const isReply = (node: MetadataNode): node is Reply =>
  typeof node === 'object' && typeof (node as Reply).status === 'number' && typeof (node as Reply).body === 'string';

/** The metadata tree a scenario's VM sees, with the old endpoint names beside the new (FACTS §2). */
export function metadataTree(scenario: Scenario): MetadataNode {
  const { instance, metadata } = scenario;
  const configStatus = metadata?.configStatus ?? { status: 404, body: '' };
  return {
    instance: {
      name: instance.name,
      hostname: `${instance.name}.${instance.zone}.c.${instance.projectId}.internal`,
      zone: `projects/${instance.projectNumber}/zones/${instance.zone}`,
      attributes: {},
      'gce-workload-certificates': { 'config-status': configStatus },
      'workload-certificates-config-status': configStatus,
    },
    project: { 'project-id': instance.projectId, 'numeric-project-id': instance.projectNumber },
  };
}
