import type { ApiDataset } from '../seed';
import { customerScenarios } from './customers.scenarios';
import { protectionScenarios } from './protection.scenarios';
import { scenarioKit, type Scenario, type ScenarioKit } from './scenario';
import { settingsScenarios } from './settings.scenarios';
import { userScenarios } from './users.scenarios';

export type { Scenario, Shape } from './scenario';
export { customersPerRepNeeded } from './scenario';

/** One entry per module; a module's scenarios run in the order listed (later ones may use what earlier ones made). */
const MODULES: ((kit: ScenarioKit) => Scenario[])[] = [userScenarios, customerScenarios, protectionScenarios, settingsScenarios];

export function apiScenarios(data: ApiDataset, requestsPerScenario: number): Scenario[] {
  const kit = scenarioKit(data, requestsPerScenario);
  return MODULES.flatMap((module) => module(kit));
}
