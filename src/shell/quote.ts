/** Single-quotes a word for bash: safe for any bytes, `'` included. */
export function shellQuote(word: string): string {
  return /^[A-Za-z0-9_@%+=:,./-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}

/**
 * A word in which placeholders stand for script variables: the literal parts are quoted,
 * the variables expand inside double quotes (`'http://'"${METADATA_HOST}"'/computeMetadata…'`).
 */
export function shellWord(word: string, variables: Record<string, string>): string {
  const names = Object.keys(variables);
  if (names.length === 0) return shellQuote(word);
  const pattern = new RegExp(`(${names.map((name) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})`);
  return word
    .split(pattern)
    .filter(Boolean)
    .map((part) => (part in variables ? `"\${${variables[part]}}"` : shellQuote(part)))
    .join('');
}
