/** CSI and other ESC sequences as real serial consoles print them (colours, cursor moves, `ESC[=3h`). */
const ESCAPES = /\x1b(?:\[[0-?]*[ -/]*[@-~]|[@-Z\\-_])/g;

export function stripAnsi(text: string): string {
  return text.replace(ESCAPES, '');
}

/** Console lines end in CR LF, and a lone CR can start a fresh line mid-record. */
export function consoleLines(text: string): string[] {
  return stripAnsi(text).split(/\r\n|\r|\n/);
}
