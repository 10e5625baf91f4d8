import { flagValue, readScenario } from './state.js';

/** A stand-in for journalctl: `-u UNIT` (repeatable), `-n LINES`, `--no-pager`. */
const args = process.argv.slice(2);
const journal = readScenario().journal;
const units = args.flatMap((arg, index) => (arg === '-u' ? [args[index + 1] ?? ''] : arg.startsWith('--unit=') ? [arg.slice(7)] : []));
const lines = units.flatMap((unit) => (journal[unit] ?? '').split('\n').filter(Boolean));
const limit = Number(flagValue(args, '-n') ?? Infinity);
process.stdout.write(lines.length === 0 ? '-- No entries --\n' : lines.slice(-limit).join('\n') + '\n');
