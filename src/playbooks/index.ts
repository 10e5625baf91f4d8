import { missingDirPlaybook } from './missingDir.js';
import type { Playbook } from './playbook.js';

export const PLAYBOOKS: readonly Playbook[] = [missingDirPlaybook];

export const allChecks = () => [...new Map(PLAYBOOKS.flatMap((p) => p.steps.map((s) => [s.check.id, s.check] as const))).values()];
