import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { shellQuote, shellWord } from '../../src/shell/quote.js';

/** What bash makes of a word: printed back by a real bash, with the given variables set. */
const throughBash = (word: string, env: Record<string, string> = {}) =>
  execFileSync('bash', ['-c', `printf %s ${word}`], { env: { PATH: process.env.PATH, ...env } }).toString();

const HOSTILE = [
  'plain',
  'with spaces',
  "it's",
  'double "quotes"',
  '$(touch /tmp/wid-check-pwned)',
  '`id`',
  '$HOME and ${HOME}',
  'new\nline',
  'back\\slash',
  '*?[glob]',
  '; rm -rf / #',
  '-n',
];

describe('shellQuote', () => {
  it.each(HOSTILE)('%j survives bash unchanged', (word) => {
    expect(throughBash(shellQuote(word))).toBe(word);
  });
});

describe('shellWord', () => {
  it.each(HOSTILE)('%j around a variable survives bash, and the variable expands once', (word) => {
    const placeholder = '\u0000V\u0000';
    const value = "a value with 'quotes' and $(no expansion)";
    expect(throughBash(shellWord(`${word}${placeholder}${word}`, { [placeholder]: 'VALUE' }), { VALUE: value })).toBe(`${word}${value}${word}`);
  });
});
