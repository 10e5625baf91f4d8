/** A guest agent version `YYYYMMDD.NN`, compared by date then build number. */
export interface AgentVersion {
  /** As printed, distro suffix included (`20210414.00-0ubuntu1~20.04.0`). */
  raw: string;
  date: number;
  build: number;
}

/** The oldest agent that serves managed workload identities (troubleshooting doc, step A.2). */
export const MINIMUM_AGENT_VERSION = '20231103.01';

export function parseAgentVersion(raw: string): AgentVersion | undefined {
  const match = /^(\d{8})\.(\d+)/.exec(raw.trim());
  if (!match) return undefined;
  return { raw: raw.trim(), date: Number(match[1]), build: Number(match[2]) };
}

export function compareAgentVersions(a: AgentVersion, b: AgentVersion): number {
  return a.date - b.date || a.build - b.build;
}

export function isOlderThanMinimum(version: AgentVersion): boolean {
  const minimum = parseAgentVersion(MINIMUM_AGENT_VERSION)!;
  return compareAgentVersions(version, minimum) < 0;
}
