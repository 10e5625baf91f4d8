import type { Scenario } from '../scenario.js';
import { missingDirScenarios } from './missingDir.js';

export const SCENARIOS: readonly Scenario[] = missingDirScenarios;

export const findScenario = (id: string) => SCENARIOS.find((scenario) => scenario.id === id);
