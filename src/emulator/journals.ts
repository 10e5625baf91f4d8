/** Journal excerpts in the real forms of FACTS §7 (`journalctl -u UNIT`, short format). */
const HOST = 'vm';

export const timerStarted = `Nov 17 04:03:48 ${HOST} systemd[1]: Started gce-workload-cert-refresh.timer - GCE Workload Certificate refresh timer.`;
export const timerStopped = `Nov 17 05:10:02 ${HOST} systemd[1]: gce-workload-cert-refresh.timer: Deactivated successfully.
Nov 17 05:10:02 ${HOST} systemd[1]: Stopped gce-workload-cert-refresh.timer - GCE Workload Certificate refresh timer.`;

export const serviceSucceeded = (time: string) => `Nov 17 ${time} ${HOST} systemd[1]: Starting gce-workload-cert-refresh.service - GCE Workload Certificate refresh...
Nov 17 ${time} ${HOST} gce_workload_cert_refresh[2146]: 2023/11/17 ${time}: Creating timestamp contents dir /run/secrets/workload-spiffe-contents-2023-11-17T${time}Z
Nov 17 ${time} ${HOST} gce_workload_cert_refresh[2146]: 2023/11/17 ${time}: Rotating symlink /run/secrets/workload-spiffe-credentials
Nov 17 ${time} ${HOST} gce_workload_cert_refresh[2146]: 2023/11/17 ${time}: Done
Nov 17 ${time} ${HOST} systemd[1]: gce-workload-cert-refresh.service: Deactivated successfully.
Nov 17 ${time} ${HOST} systemd[1]: Finished gce-workload-cert-refresh.service - GCE Workload Certificate refresh.`;

export const serviceFailed = (time: string, error: string) => `Nov 17 ${time} ${HOST} systemd[1]: Starting gce-workload-cert-refresh.service - GCE Workload Certificate refresh...
Nov 17 ${time} ${HOST} gce_workload_cert_refresh[2201]: 2023/11/17 ${time}: Error refreshCreds: ${error}
Nov 17 ${time} ${HOST} systemd[1]: gce-workload-cert-refresh.service: Main process exited, code=exited, status=1/FAILURE
Nov 17 ${time} ${HOST} systemd[1]: gce-workload-cert-refresh.service: Failed with result 'exit-code'.
Nov 17 ${time} ${HOST} systemd[1]: Failed to start gce-workload-cert-refresh.service - GCE Workload Certificate refresh.`;

export const newAgentRefreshed = (time: string) => `Nov 17 ${time} ${HOST} google_guest_agent[480]: Refreshing workload credentials...
Nov 17 ${time} ${HOST} google_guest_agent[480]: Successfully refreshed workload credentials`;

export const newAgentRefreshDisabled = (time: string) =>
  `Nov 17 ${time} ${HOST} google_guest_agent[480]: MWLID credential refresh is not enabled, skipping run`;

export const journal = (...entries: string[]) => entries.join('\n') + '\n';
