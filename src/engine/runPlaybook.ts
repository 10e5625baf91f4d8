import type { CheckOutcome } from '../checks/check.js';
import type { Params, Target } from '../domain/target.js';
import type { Playbook, PlaybookStep } from '../playbooks/playbook.js';
import type { Probe } from '../probes/probe.js';
import type { Runner } from '../probes/runner.js';
import type { Finding } from '../report/finding.js';
import { message } from '../report/message.js';
import type { CheckRecord, Report } from '../report/report.js';
import { overallStatus } from '../report/report.js';
import { gateCloses } from './gate.js';
import { onceRunner } from './onceRunner.js';
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
 * A command that several checks need runs once.
 */
export async function runPlaybook(playbook: Playbook, options: RunOptions): Promise<Report> {
  const run = onceRunner(options.runner);
  const started = new Map<string, Promise<CheckRecord>>();
  const start = (step: PlaybookStep): Promise<CheckRecord> => {
    let promise = started.get(step.check.id);
    if (!promise) {
      const dependency = (id: string) => {
        const before = playbook.steps.find((s) => s.check.id === id);
        return before ? start(before) : Promise.resolve(undefined);
      };
      promise = runStep(step, { ...options, runner: run }, dependency).then((record) => {
        options.onCheckDone?.(record);
        return record;
      });
      started.set(step.check.id, promise);
    }
    return promise;
  };
  const checks = await Promise.all(playbook.steps.map(start));
  return {
    playbook: playbook.id,
    target: await settledTarget(options.target),
    status: overallStatus(checks),
    checks,
    findings: distinct(checks.flatMap((check) => check.findings)),
  };
}

async function runStep(step: PlaybookStep, options: RunOptions, dependency: (id: string) => Promise<CheckRecord | undefined>): Promise<CheckRecord> {
  const { check, gate } = step;
  const record = (outcome: CheckOutcome, probes: Probe[] = [], ms = 0): CheckRecord => ({
    id: check.id,
    title: message(check.title),
    commands: [...new Set((probes.length ? probes : check.documented(options.params)).map((probe) => probe.display))],
    ms,
    ...outcome,
  });
  if (gate && gateCloses(gate, await dependency(gate.after))) {
    return record({ status: 'skip', detail: message(gate.reason, { check: gate.after }), findings: [] });
  }
  const started = performance.now();
  const plan = await check.plan({ params: options.params, target: options.target, run: options.runner });
  const discovered = plan.discovered ?? [];
  if ('skip' in plan) return record({ status: 'skip', detail: plan.skip, findings: [] }, discovered, Math.round(performance.now() - started));
  if ('outcome' in plan) return record(plan.outcome, discovered, Math.round(performance.now() - started));
  const results = await Promise.all(plan.probes.map((probe) => options.runner(probe)));
  const ms = Math.round(performance.now() - started);
  const probes = [...discovered, ...plan.probes];
  try {
    return record(check.evaluate(results, plan.facts, await options.target(), options.params), probes, ms);
  } catch (error) {
    return record({ status: 'error', detail: message('detail.check-crashed', { message: (error as Error).message }), findings: [] }, probes, ms);
  }
}

/** Two checks that see the same cause the same way report it once. */
function distinct(findings: Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((finding) => {
    const key = JSON.stringify([finding.code, finding.summary]);
    return seen.has(key) ? false : (seen.add(key), true);
  });
}

async function settledTarget(target: () => Promise<ResolvedTarget>): Promise<Target> {
  const { sources: _sources, ...resolved } = await target();
  return resolved;
}
