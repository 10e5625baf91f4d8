import { parse } from 'yaml';

export type Structured = { ok: true; value: unknown } | { ok: false; message: string };

/** gcloud prints YAML by default and JSON with `--format=json`; YAML reads both. Total: never throws. */
export function parseStructured(text: string): Structured {
  if (text.includes('\0')) return { ok: false, message: 'binary output' };
  try {
    return { ok: true, value: parse(text, { maxAliasCount: 100, uniqueKeys: false }) };
  } catch (error) {
    return { ok: false, message: (error as Error).message.split('\n')[0] ?? 'not YAML or JSON' };
  }
}

export const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Follows a path of keys through nested objects; undefined where any step is missing. */
export function dig(value: unknown, ...path: string[]): unknown {
  return path.reduce<unknown>((node, key) => (isRecord(node) ? node[key] : undefined), value);
}

/** Metadata and gcloud give numbers as numbers or as strings (`"86400"`, `"86400s"`). */
export function numberIn(value: unknown): number | undefined {
  const number = typeof value === 'number' ? value : typeof value === 'string' ? Number.parseFloat(value) : NaN;
  return Number.isFinite(number) ? number : undefined;
}
