import type { Scenario, ScenarioKit } from './scenario';

export function settingsScenarios(k: ScenarioKit): Scenario[] {
  return [
    { name: 'companySettings', module: 'settings', shape: 'object', document: 'query { companySettings { potentialProtectionDays maxOwnedCustomers warningDaysBefore } }', next: (i) => ({ user: k.rep(i) }) },
    {
      name: 'updateCompanySettings',
      module: 'settings',
      shape: 'other',
      // Writes back the bench's own values, so the scenarios after it see the same rules.
      document: 'mutation($input: CompanySettingsInput!) { updateCompanySettings(input: $input) { maxHotCustomers } }',
      next: () => ({ user: k.admin, variables: { input: { maxHotCustomers: 10, maxOwnedCustomers: 100_000 } } }),
    },
    { name: 'health', module: 'system', shape: 'other', document: 'query { health { ok now } }', next: (i) => ({ user: k.rep(i) }) },
  ];
}
