import { failedCommandOutcome, failedGcloudOutcome } from '../checks/failedCommand.js';
import type { CheckContext, CheckOutcome } from '../checks/check.js';
import { parseCurlResponse } from '../parsers/curlResponse.js';
import { partnerAttributeProbe } from '../probes/catalog.js';
import type { Probe } from '../probes/probe.js';
import { message, type Message } from '../report/message.js';

/**
 * What a discovery step found: a value, the fact that there is none, that it could not look
 * (with the flag that supplies the value), or that a command failed (with that outcome).
 * Every variant carries the commands it ran, so the check can show them.
 */
export type Lookup<T> =
  | { kind: 'found'; value: T; discovered: Probe[] }
  | { kind: 'absent'; discovered: Probe[] }
  | { kind: 'unknown'; reason: Message; discovered: Probe[] }
  | { kind: 'failed'; outcome: CheckOutcome; discovered: Probe[] };

export type PartnerAttribute = { kind: 'value'; body: string } | { kind: 'absent' } | { kind: 'unreachable' };

/** A partner attribute through the metadata server; 404 means the VM has none. */
export async function readPartnerAttribute(context: CheckContext, name: string, tree: boolean): Promise<{ probe: Probe; attribute: PartnerAttribute }> {
  const probe = partnerAttributeProbe(name, context.params, tree);
  const reply = parseCurlResponse(await context.run(probe));
  if (reply.kind !== 'http') return { probe, attribute: { kind: 'unreachable' } };
  if (reply.status === 200 && reply.body.trim()) return { probe, attribute: { kind: 'value', body: reply.body } };
  return { probe, attribute: { kind: 'absent' } };
}

/** Runs a gcloud probe and parses its output, or says why it could not. */
export async function runGcloud<T>(
  context: CheckContext,
  checkId: string,
  probe: Probe,
  parse: (stdout: string) => { ok: true; value: T } | { ok: false; message: string },
): Promise<{ ok: true; value: T } | { ok: false; outcome: CheckOutcome }> {
  const result = await context.run(probe);
  const failed = failedCommandOutcome(checkId, result, 'gcloud') ?? (result.exitCode === 0 ? undefined : failedGcloudOutcome(checkId, result));
  if (failed) return { ok: false, outcome: failed };
  const parsed = parse(result.stdout);
  if (parsed.ok) return parsed;
  return { ok: false, outcome: { status: 'error', detail: message('detail.unparsable', { command: probe.display, message: parsed.message }), findings: [] } };
}
