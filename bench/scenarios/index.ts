import type { ApiDataset } from '../seed';
import { activityScenarios } from './activities.scenarios';
import { customerScenarios } from './customers.scenarios';
import { poolScenarios } from './pools.scenarios';
import { protectionScenarios } from './protection.scenarios';
import { salesScenarios } from './sales.scenarios';
import { scenarioKit, type Scenario, type ScenarioKit } from './scenario';
import { serviceScenarios } from './service.scenarios';
import { settingsScenarios } from './settings.scenarios';
import { userScenarios } from './users.scenarios';

export type { Scenario, Shape } from './scenario';
export { customersPerRepNeeded, scenarioKit } from './scenario';

/** One entry per module; a module's scenarios run in the order listed (later ones may use what earlier ones made). */
const MODULES: ((kit: ScenarioKit) => Scenario[])[] = [userScenarios, customerScenarios, protectionScenarios, activityScenarios, salesScenarios, serviceScenarios, poolScenarios, settingsScenarios];

export function apiScenarios(data: ApiDataset, requestsPerScenario: number, start: Date): Scenario[] {
  const kit = scenarioKit(data, requestsPerScenario, start);
  return MODULES.flatMap((module) => module(kit));
}
