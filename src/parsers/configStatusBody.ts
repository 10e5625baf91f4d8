import { FEATURE_NOT_ENABLED, plainText } from './metadataReply.js';

/** One entry of a config-status errors map (`partnerMetadataConfigsErrors`, `metadataAttributesErrors`, …). */
export interface ConfigError {
  /** The failing entry, as the map names it. */
  entry: string;
  code?: string;
  message: string;
}

export type ConfigStatus =
  | { kind: 'ok'; status?: string }
  | { kind: 'errors'; errors: ConfigError[] }
  | { kind: 'feature-not-enabled' }
  | { kind: 'text'; text: string }
  | { kind: 'invalid-json'; message: string };

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const firstString = (record: Record<string, unknown>, keys: string[]) =>
  keys.map((key) => record[key]).find((value): value is string => typeof value === 'string');

function errorEntry(entry: string, value: unknown): ConfigError {
  if (typeof value === 'string') return { entry, message: value, ...codeIn(value) };
  if (isRecord(value)) {
    const code = firstString(value, ['code', 'errorCode', 'status', 'reason']);
    const message = firstString(value, ['message', 'errorMessage', 'error', 'detail', 'details']) ?? JSON.stringify(value);
    return { entry, message, ...(code ? { code } : codeIn(message)) };
  }
  return { entry, message: JSON.stringify(value) };
}

/** Codes such as INTERNAL_ERROR are sometimes only inside the message text. */
function codeIn(message: string): { code?: string } {
  const match = /\b([A-Z][A-Z0-9]*_[A-Z0-9_]+)\b/.exec(message);
  return match ? { code: match[1] } : {};
}

/** Parses the config-status body (endpoint or `config_status` file). Total: never throws. */
export function parseConfigStatus(body: string): ConfigStatus {
  const trimmed = body.trim();
  if (plainText(trimmed).toLowerCase().includes(FEATURE_NOT_ENABLED)) return { kind: 'feature-not-enabled' };
  if (!/^[[{]/.test(trimmed)) return { kind: 'text', text: trimmed };
  let parsed: unknown;
  try {
    parsed = JSON.parse(trimmed);
  } catch (error) {
    return { kind: 'invalid-json', message: (error as Error).message };
  }
  if (!isRecord(parsed)) return { kind: 'invalid-json', message: 'not a JSON object' };
  const errors = Object.entries(parsed)
    .filter(([key, value]) => /errors?$/i.test(key) && isRecord(value))
    .flatMap(([, map]) => Object.entries(map as Record<string, unknown>).map(([entry, value]) => errorEntry(entry, value)));
  if (errors.length > 0) return { kind: 'errors', errors };
  const status = typeof parsed.status === 'string' ? parsed.status : undefined;
  if (status && !/^ok$/i.test(status)) {
    return { kind: 'errors', errors: [{ entry: 'status', message: status, ...codeIn(status) }] };
  }
  return status ? { kind: 'ok', status } : { kind: 'ok' };
}
