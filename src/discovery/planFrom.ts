import type { CheckPlan } from '../checks/check.js';
import type { Lookup } from './lookup.js';

/** A lookup that found nothing usable, as the plan of the check that needed it. */
export function planWithout<T>(lookup: Exclude<Lookup<T>, { kind: 'found' }>, absent: CheckPlan<never>): CheckPlan<never> {
  switch (lookup.kind) {
    case 'unknown':
      return { skip: lookup.reason, discovered: lookup.discovered };
    case 'failed':
      return { outcome: lookup.outcome, discovered: lookup.discovered };
    case 'absent':
      return { ...absent, discovered: lookup.discovered };
  }
}
