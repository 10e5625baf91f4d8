import { describe, expect, it } from 'vitest';
import type { DirectoryState } from '../../src/parsers/credentialsListing.js';
import { configStatusOnlyPlaybook } from '../../src/playbooks/configStatusOnly.js';
import { credentialsPlaybook } from '../../src/playbooks/credentials.js';
import { DIAGNOSE_ROUTES, needsEndpoints, symptomOf, type SymptomId } from '../../src/playbooks/diagnose.js';
import { PLAYBOOKS } from '../../src/playbooks/index.js';
import { metadata404Playbook } from '../../src/playbooks/metadata404.js';
import { missingDirPlaybook } from '../../src/playbooks/missingDir.js';
import { t } from '../../src/report/message.js';

const STATES: Record<DirectoryState['kind'], DirectoryState> = {
  absent: { kind: 'absent' },
  unreadable: { kind: 'unreadable', message: 'ls: Permission denied' },
  'config-status-only': { kind: 'config-status-only' },
  complete: { kind: 'complete', files: ['ca_certificates.pem', 'certificates.pem', 'private_key.pem'] },
  incomplete: { kind: 'incomplete', files: ['config_status', 'certificates.pem'] },
};
const ALL_SYMPTOMS: SymptomId[] = ['missing-dir', 'config-status-only', 'metadata-404', 'incomplete', 'complete'];

describe('symptomOf', () => {
  it.each<[DirectoryState['kind'], boolean, SymptomId]>([
    ['absent', false, 'missing-dir'],
    ['absent', true, 'missing-dir'],
    ['unreadable', false, 'missing-dir'],
    ['unreadable', true, 'missing-dir'],
    ['config-status-only', false, 'config-status-only'],
    ['config-status-only', true, 'config-status-only'],
    ['complete', false, 'complete'],
    ['complete', true, 'complete'],
    ['incomplete', false, 'incomplete'],
    ['incomplete', true, 'metadata-404'],
  ])('%s, endpoints answer 404: %s → %s', (kind, endpoints404, expected) => {
    expect(symptomOf(STATES[kind], endpoints404)).toBe(expected);
  });

  it('an incomplete directory with no files at all still asks the endpoints', () => {
    expect(symptomOf({ kind: 'incomplete', files: [] }, true)).toBe('metadata-404');
    expect(symptomOf({ kind: 'incomplete', files: [] }, false)).toBe('incomplete');
  });
});

describe('needsEndpoints', () => {
  it.each<[DirectoryState['kind'], boolean]>([
    ['absent', false],
    ['unreadable', false],
    ['config-status-only', false],
    ['complete', false],
    ['incomplete', true],
  ])('%s → %s', (kind, expected) => {
    expect(needsEndpoints(STATES[kind])).toBe(expected);
  });

  it('the endpoints answer changes the symptom exactly when they are asked', () => {
    for (const state of Object.values(STATES)) {
      const changes = symptomOf(state, true) !== symptomOf(state, false);
      expect(changes, state.kind).toBe(needsEndpoints(state));
    }
  });
});

describe('DIAGNOSE_ROUTES', () => {
  it('lists every symptom exactly once', () => {
    const symptoms = DIAGNOSE_ROUTES.map((route) => route.symptom);
    expect(new Set(symptoms).size).toBe(symptoms.length);
    expect([...symptoms].sort()).toEqual([...ALL_SYMPTOMS].sort());
  });

  it.each(ALL_SYMPTOMS)('%s maps to exactly one route', (symptom) => {
    expect(DIAGNOSE_ROUTES.filter((route) => route.symptom === symptom)).toHaveLength(1);
  });

  it('every symptom symptomOf can return has a route', () => {
    for (const state of Object.values(STATES)) {
      for (const endpoints404 of [true, false]) {
        const symptom = symptomOf(state, endpoints404);
        expect(DIAGNOSE_ROUTES.filter((route) => route.symptom === symptom), symptom).toHaveLength(1);
      }
    }
  });

  it.each<[SymptomId, unknown]>([
    ['missing-dir', missingDirPlaybook],
    ['config-status-only', configStatusOnlyPlaybook],
    ['complete', credentialsPlaybook],
    ['metadata-404', metadata404Playbook],
    ['incomplete', missingDirPlaybook],
  ])('%s runs its playbook', (symptom, playbook) => {
    expect(DIAGNOSE_ROUTES.find((route) => route.symptom === symptom)!.playbook).toBe(playbook);
  });

  it('routes only to registered playbooks', () => {
    for (const route of DIAGNOSE_ROUTES) expect(PLAYBOOKS).toContain(route.playbook);
  });

  it.each(DIAGNOSE_ROUTES.map((route) => [route.symptom, route.when] as const))('%s is explained by %s', (symptom, when) => {
    expect(when).toBe(`route.${symptom}`);
    const text = t(when);
    expect(text.length).toBeGreaterThan(0);
    expect(text).not.toBe(when);
  });
});
