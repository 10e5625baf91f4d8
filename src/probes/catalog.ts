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
