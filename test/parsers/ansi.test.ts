import { describe, expect, it } from 'vitest';
import { consoleLines, stripAnsi } from '../../src/parsers/ansi.js';

const ESC = '\x1b';

describe('stripAnsi', () => {
  it.each([
    ['SGR colour', `${ESC}[0;32m  OK  ${ESC}[0m`, '  OK  '],
    ['bold + colour', `${ESC}[0;1;39mGCE Workload Certificate refresh timer${ESC}[0m.`, 'GCE Workload Certificate refresh timer.'],
    ['clear screen + cursor home', `${ESC}[2J${ESC}[01;01Hhello`, 'hello'],
    ['the Windows console set mode ESC[=3h', `${ESC}[=3h${ESC}[1m${ESC}[37m${ESC}[40mboot`, 'boot'],
    ['private mode ESC[?25l / ESC[?25h', `${ESC}[?25lhidden cursor${ESC}[?25h`, 'hidden cursor'],
    ['erase line ESC[K', `progress${ESC}[K`, 'progress'],
    ['cursor moves', `${ESC}[1A${ESC}[2Bx${ESC}[10C${ESC}[3D`, 'x'],
    ['a CSI with an intermediate byte (ESC[0 q)', `a${ESC}[0 qb`, 'ab'],
    ['two-character escapes (ESC M, ESC D)', `a${ESC}Mb${ESC}Dc`, 'abc'],
    ['no escapes', 'plain text [  OK  ] (version 20231103.01)', 'plain text [  OK  ] (version 20231103.01)'],
    ['empty', '', ''],
  ])('%s', (_, input, expected) => {
    expect(stripAnsi(input)).toBe(expected);
  });

  it('leaves brackets that are not escapes alone', () => {
    expect(stripAnsi('[    9.881234] google_guest_agent[652]: x')).toBe('[    9.881234] google_guest_agent[652]: x');
  });

  it('leaves CR and LF for consoleLines to handle', () => {
    expect(stripAnsi(`${ESC}[0mA\r\nB\rC\n`)).toBe('A\r\nB\rC\n');
  });

  // Finding (left unfixed on purpose, see the report): ECMA-48 parameter bytes are 0x30–0x3F,
  // but the pattern accepts only digits, `;`, `=` and `?`: `:` (colour sub-parameters) and
  // `<`/`>` (private markers) leave the whole sequence in the text.
  it('strips CSI sequences with `:` sub-parameters or `>` private markers', () => {
    expect(stripAnsi(`${ESC}[38:5:196mred${ESC}[0m ${ESC}[>0c`)).toBe('red ');
  });
});

describe('consoleLines', () => {
  it.each([
    ['LF', 'a\nb\nc', ['a', 'b', 'c']],
    ['CR LF', 'a\r\nb\r\nc', ['a', 'b', 'c']],
    ['lone CR', 'a\rb\rc', ['a', 'b', 'c']],
    ['mixed', 'a\r\nb\rc\nd', ['a', 'b', 'c', 'd']],
    ['trailing newline', 'a\r\n', ['a', '']],
    ['blank lines kept', 'a\n\nb', ['a', '', 'b']],
    ['CR CR LF', 'a\r\r\nb', ['a', '', 'b']],
    ['empty', '', ['']],
  ])('splits on %s', (_, text, expected) => {
    expect(consoleLines(text)).toEqual(expected);
  });

  it('strips escapes before splitting', () => {
    expect(consoleLines(`${ESC}[0;32mone${ESC}[0m\r\n${ESC}[2Jtwo`)).toEqual(['one', 'two']);
  });

  it('does not split inside a line because an escape sequence was removed', () => {
    expect(consoleLines(`GCE Agent ${ESC}[1mStarted${ESC}[0m (version 20231103.01)`)).toEqual(['GCE Agent Started (version 20231103.01)']);
  });
});
