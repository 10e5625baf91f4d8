import { parseAgentVersion, type AgentVersion } from '../domain/agentVersion.js';
import { consoleLines } from './ansi.js';

export interface AgentStart {
  version: AgentVersion;
  /** `legacy` prints "GCE Agent Started"; the 2024+ agent prints "Google Guest Agent (version: …) Initialized". */
  agent: 'legacy' | 'new';
  /** The console line, escapes stripped, as evidence. */
  line: string;
  /** Windows agents log `YYYY/MM/DD hh:mm:ss GCEGuestAgent: …`; the update command differs. */
  platform: 'linux' | 'windows';
}

/** POSIX extended regular expressions that JavaScript reads the same way: generated scripts grep with them. */
const VERSION = String.raw`([0-9]{8}\.[0-9]+[^)" ]*)`;
export const AGENT_START_PATTERNS: ReadonlyArray<{ agent: AgentStart['agent']; ere: string }> = [
  { agent: 'legacy', ere: String.raw`GCE Agent Started \(version ${VERSION}\)` },
  { agent: 'new', ere: String.raw`Google Guest Agent \(version: "${VERSION}"\) Initialized` },
  { agent: 'new', ere: String.raw`Initialized \(version: "${VERSION}"\)` },
];
const START_LINES = AGENT_START_PATTERNS.map(({ agent, ere }) => ({ agent, pattern: new RegExp(ere) }));

/**
 * Every guest agent start line of a serial console, oldest first. Real consoles interleave
 * programs mid-line, so the line is matched anywhere, after stripping escape sequences.
 */
export function findAgentStarts(console: string): AgentStart[] {
  const starts: AgentStart[] = [];
  for (const line of consoleLines(console)) {
    for (const { agent, pattern } of START_LINES) {
      const match = pattern.exec(line);
      const version = match && parseAgentVersion(match[1]!);
      if (version) {
        const platform = /\d{4}\/\d\d\/\d\d \d\d:\d\d:\d\d GCEGuestAgent: /.test(line) ? 'windows' : 'linux';
        starts.push({ version, agent, line: line.trim(), platform });
        break;
      }
    }
  }
  return starts;
}

/** The serial log holds several boots: the latest start line is the running agent. */
export function latestAgentStart(console: string): AgentStart | undefined {
  return findAgentStarts(console).at(-1);
}
