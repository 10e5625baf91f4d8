import type { Scenario } from '../scenario.js';
import { missingDirScenarios } from './missingDir.js';
import { workloadConfigScenarios } from './workloadConfig.js';

export const SCENARIOS: readonly Scenario[] = [...missingDirScenarios, ...workloadConfigScenarios];

export const findScenario = (id: string) => SCENARIOS.find((scenario) => scenario.id === id);
