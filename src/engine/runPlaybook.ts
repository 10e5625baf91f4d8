import type { CheckOutcome } from '../checks/check.js';
import type { Params, Target } from '../domain/target.js';
import type { Playbook, PlaybookStep } from '../playbooks/playbook.js';
import type { Probe } from '../probes/probe.js';
import type { Runner } from '../probes/runner.js';
import { message } from '../report/message.js';
import type { CheckRecord, Report } from '../report/report.js';
import { overallStatus } from '../report/report.js';
import type { ResolvedTarget } from './resolveTarget.js';

export interface RunOptions {
  params: Params;
  runner: Runner;
  /** Resolves the target once, on first use: only steps that need it wait for it. */
  target: () => Promise<ResolvedTarget>;
  onCheckDone?: (record: CheckRecord) => void;
}

/**
 * Runs every step as soon as its gate allows: steps without a gate start together, so
 * independent probes run concurrently; a gated step waits for the step it depends on.
 */
export async function runPlaybook(playbook: Playbook, options: RunOptions): Promise<Report> {
  const started = new Map<string, Promise<CheckRecord>>();
  const run = (step: PlaybookStep): Promise<CheckRecord> => {
    const existing = started.get(step.check.id);
    if (existing) return existing;
    const promise = runStep(step, options, (id) => {
      const dependency = playbook.steps.find((s) => s.check.id === id);
      return dependency ? run(dependency) : undefined;
    }).then((record) => {
      options.onCheckDone?.(record);
      return record;
    });
    started.set(step.check.id, promise);
    return promise;
  };
  const checks = await Promise.all(playbook.steps.map(run));
  const target = await settledTarget(options.target);
  return {
    playbook: playbook.id,
    target,
    status: overallStatus(checks),
    checks,
    findings: checks.flatMap((check) => check.findings),
  };
}

async function runStep(step: PlaybookStep, options: RunOptions, dependency: (id: string) => Promise<CheckRecord> | undefined): Promise<CheckRecord> {
  const { check, gate } = step;
  const record = (outcome: CheckOutcome, probes: Probe[] = [], ms = 0): CheckRecord => ({
    id: check.id,
    title: message(check.title),
    commands: (probes.length ? probes : check.documented(options.params)).map((probe) => probe.display),
    ms,
    ...outcome,
  });
  if (gate) {
    const before = await dependency(gate.after);
    if (before && gate.skipWhen.includes(before.status)) {
      return record({ status: 'skip', detail: message(gate.reason, { check: gate.after }), findings: [] });
    }
  }
  const plan = await check.plan({ params: options.params, target: options.target });
  if ('skip' in plan) return record({ status: 'skip', detail: plan.skip, findings: [] });
  const started = performance.now();
  const results = await Promise.all(plan.probes.map((probe) => options.runner(probe)));
  const ms = Math.round(performance.now() - started);
  try {
    return record(check.evaluate(results, await options.target(), options.params), plan.probes, ms);
  } catch (error) {
    return record({ status: 'error', detail: message('detail.check-crashed', { message: (error as Error).message }), findings: [] }, plan.probes, ms);
  }
}

async function settledTarget(target: () => Promise<ResolvedTarget>): Promise<Target> {
  const { sources: _sources, ...resolved } = await target();
  return resolved;
}
