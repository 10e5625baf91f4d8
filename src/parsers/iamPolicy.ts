import { isRecord, parseStructured } from './structuredText.js';

export interface IamBinding {
  role: string;
  members: string[];
  condition?: { title?: string; expression?: string };
}

export type IamPolicyResult = { ok: true; bindings: IamBinding[]; etag?: string } | { ok: false; message: string };

/** `gcloud privateca pools get-iam-policy` in YAML or JSON (FACTS §5); `etag: ACAB` alone is an empty policy. */
export function parseIamPolicy(text: string): IamPolicyResult {
  const parsed = parseStructured(text);
  if (!parsed.ok) return parsed;
  if (!isRecord(parsed.value)) return { ok: false, message: 'not an IAM policy' };
  const bindings = parsed.value.bindings ?? [];
  if (!Array.isArray(bindings)) return { ok: false, message: 'bindings is not a list' };
  const etag = typeof parsed.value.etag === 'string' ? parsed.value.etag : undefined;
  return {
    ok: true,
    ...(etag ? { etag } : {}),
    bindings: bindings.filter(isRecord).map((binding) => ({
      role: String(binding.role ?? ''),
      members: Array.isArray(binding.members) ? binding.members.filter((m): m is string => typeof m === 'string') : [],
      ...(isRecord(binding.condition)
        ? { condition: { title: String(binding.condition.title ?? ''), expression: String(binding.condition.expression ?? '') } }
        : {}),
    })),
  };
}
