import type { Params, Target } from '../domain/target.js';
import { metadataProbe } from './metadataProbe.js';
import type { Probe } from './probe.js';

/**
 * Every command the tool runs. The `display` strings are the troubleshooting document's own
 * commands with the user's values filled in; test/documentCommands.test.ts holds them to it.
 */
export const REFRESH_TIMER_UNIT = 'gce-workload-cert-refresh.timer';
export const REFRESH_SERVICE_UNIT = 'gce-workload-cert-refresh.service';
/** The 2024+ agent refreshes credentials in its core plugin, which logs under these units. */
export const NEW_AGENT_UNITS = ['google-guest-agent-manager.service', 'google-guest-agent.service'] as const;
/** The agent logs much else; its last lines are enough to find the latest refresh. */
export const AGENT_JOURNAL_LINES = 2000;

export const configStatusProbe = (params: Params): Probe =>
  metadataProbe({
    id: 'config-status',
    path: 'instance/gce-workload-certificates/config-status',
    host: params.metadataHost,
    timeoutMs: params.metadataTimeoutMs,
    documented: true,
  });

export const metadataValueProbe = (path: string, params: Params): Probe =>
  metadataProbe({ id: `metadata:${path}`, path, host: params.metadataHost, timeoutMs: params.metadataTimeoutMs });

export function serialPortProbe(target: Required<Pick<Target, 'vm'>> & Target, params: Params): Probe {
  const scope = [target.zone && `--zone=${target.zone}`, target.project && `--project=${target.project}`].filter(
    (flag): flag is string => Boolean(flag),
  );
  return {
    id: 'serial-port-output',
    where: 'project',
    argv: ['gcloud', 'compute', 'instances', 'get-serial-port-output', target.vm, ...scope],
    display: ['gcloud compute instances get-serial-port-output', target.vm, ...scope].join(' ') + ' | grep "GCE Agent Started"',
    timeoutMs: params.timeoutMs,
  };
}

export const journalProbe = (units: readonly string[], params: Params, lines?: number): Probe => ({
  id: `journal:${units.join('+')}`,
  where: 'vm',
  argv: ['journalctl', ...units.flatMap((unit) => ['-u', unit]), '--no-pager', ...(lines ? ['-n', String(lines)] : [])],
  display: ['journalctl', ...units.flatMap((unit) => ['-u', unit])].join(' '),
  timeoutMs: params.timeoutMs,
});

export const gcloudConfigProbe = (property: 'project' | 'compute/zone', params: Params): Probe => ({
  id: `gcloud-config:${property}`,
  where: 'project',
  argv: ['gcloud', 'config', 'get-value', property],
  display: `gcloud config get-value ${property}`,
  timeoutMs: params.timeoutMs,
});

/** A partner attribute of the VM; configs are directory trees, read whole as JSON (FACTS §2). */
export const partnerAttributeProbe = (name: string, params: Params, tree = false): Probe =>
  metadataValueProbe(`instance/partner-attributes/${name}${tree ? '/?recursive=true&alt=json' : ''}`, params);

export const workloadEndpointProbe = (endpoint: 'workload-identities' | 'trust-anchors', params: Params): Probe =>
  metadataProbe({ id: endpoint, path: `instance/gce-workload-certificates/${endpoint}`, host: params.metadataHost, timeoutMs: params.metadataTimeoutMs, documented: true });

export const configStatusFileProbe = (params: Params): Probe => ({
  id: 'config_status',
  where: 'vm',
  argv: ['cat', '--', `${params.credsDir}/config_status`],
  display: `cat ${params.credsDir}/config_status`,
  timeoutMs: params.timeoutMs,
});

const gcloudProbe = (id: string, args: string[], display: string, params: Params): Probe => ({
  id,
  where: 'project',
  argv: ['gcloud', ...args, '--format=json'],
  display,
  timeoutMs: params.timeoutMs,
});

export function instanceDescribeProbe(target: Target & { vm: string; zone: string }, params: Params): Probe {
  const args = ['compute', 'instances', 'describe', target.vm, `--zone=${target.zone}`, ...(target.project ? [`--project=${target.project}`] : [])];
  return gcloudProbe('instance-describe', args, `gcloud ${args.join(' ')}`, params);
}

export function workloadIdentityPoolProbe(poolId: string, projectNumber: string, params: Params): Probe {
  const args = ['iam', 'workload-identity-pools', 'describe', poolId, '--location=global', `--project=${projectNumber}`];
  return gcloudProbe('pool-describe', args, `gcloud ${args.join(' ')}`, params);
}

/** Step B.3: the document's command, with the CA pool's project added when it is known. */
export function caPoolIamProbe(pool: { id: string; region: string; project?: string }, params: Params): Probe {
  const args = ['privateca', 'pools', 'get-iam-policy', pool.id, `--location=${pool.region}`, ...(pool.project ? [`--project=${pool.project}`] : [])];
  return gcloudProbe('ca-pool-iam-policy', args, `gcloud ${args.join(' ')}`, params);
}

/** A file of the credentials directory, read as the user would read it. */
export const credentialFileProbe = (file: string, params: Params): Probe => ({
  id: `file:${file}`,
  where: 'vm',
  argv: ['cat', '--', `${params.credsDir}/${file}`],
  display: `cat ${params.credsDir}/${file}`,
  timeoutMs: params.timeoutMs,
});

/** The symptom: what the credentials directory holds (FACTS §8). */
export const credentialsListingProbe = (params: Params): Probe => ({
  id: 'credentials-listing',
  where: 'vm',
  argv: ['ls', '-A', '--', params.credsDir],
  display: `ls -A ${params.credsDir}`,
  timeoutMs: params.timeoutMs,
});

/** The symlink's target names the contents directory, whose name is the last rotation's time. */
export const credentialsLinkProbe = (params: Params): Probe => ({
  id: 'credentials-link',
  where: 'vm',
  argv: ['readlink', '--', params.credsDir],
  display: `readlink ${params.credsDir}`,
  timeoutMs: params.timeoutMs,
});

/** Only the public half leaves openssl: the private key is never read into the tool's output. */
export const publicKeyProbe = (params: Params): Probe => ({
  id: 'private-key-public-half',
  where: 'vm',
  argv: ['openssl', 'pkey', '-in', `${params.credsDir}/private_key.pem`, '-pubout'],
  display: `openssl pkey -in ${params.credsDir}/private_key.pem -pubout`,
  timeoutMs: params.timeoutMs,
});
