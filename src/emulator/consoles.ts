/** Serial consoles in the real line forms of FACTS §6, with the CR LF and escapes real VMs print. */
const CRLF = '\r\n';

const bootNoise = [
  '\x1b[2J\x1b[01;01H\x1b[=3h\x1b[2J\x1b[01;01HCSM BBS Table full.',
  '[    0.000000] Linux version 6.1.0-26-cloud-amd64 (debian-kernel@lists.debian.org)',
  '[\x1b[0;32m  OK  \x1b[0m] Started \x1b[0;1;39mGCE Workload Certificate refresh timer\x1b[0m.',
];

export function linuxConsole(agentLines: string[]): string {
  return [...bootNoise, ...agentLines, 'Nov 17 04:03:52 vm systemd[1]: Reached target multi-user.target - Multi-User System.'].join(CRLF) + CRLF;
}

export const legacyAgentLine = (version: string) => `Nov 17 04:03:51 vm google_guest_agent[487]: GCE Agent Started (version ${version})`;
export const kernelTimestampAgentLine = (version: string) => `[    9.881234] google_guest_agent[652]: GCE Agent Started (version ${version})`;
export const newAgentLines = (version: string) => [
  `Nov 17 04:03:51 vm google_guest_agent_manager[412]: Google Guest Agent (version: "${version}") Initialized...`,
  `Nov 17 04:03:52 vm google_guest_agent[480]: GCE Core plugin Initialized (version: "${version}")`,
];
