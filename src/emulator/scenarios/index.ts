import type { Scenario } from '../scenario.js';
import { credentialsScenarios } from './credentials.js';
import { missingDirScenarios } from './missingDir.js';
import { workloadConfigScenarios } from './workloadConfig.js';

export const SCENARIOS: readonly Scenario[] = [...missingDirScenarios, ...workloadConfigScenarios, ...credentialsScenarios];

export const findScenario = (id: string) => SCENARIOS.find((scenario) => scenario.id === id);
