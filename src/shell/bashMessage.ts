import { en } from '../report/messages/en.js';
import type { MessageId } from '../report/message.js';

/**
 * A catalog message as a double-quoted bash word: `{name}` becomes `${name}` (or the bash
 * variable `renames` names), so the script speaks with the CLI's voice.
 */
export function bashMessage(id: MessageId, renames: Record<string, string> = {}): string {
  const escaped = (en[id] as string).replace(/[\\"$`]/g, (character) => `\\${character}`);
  return `"${escaped.replace(/\{(\w+)\}/g, (_, name: string) => `\${${renames[name] ?? name}}`)}"`;
}
