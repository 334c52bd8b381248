import type { Runtime } from '../api/runtime';
import { systemClock } from '../domain/shared/clock';
import type { Locale } from '../domain/shared/errors';
import { DEFAULT_SETTINGS, type CompanySettings } from '../domain/settings/settings.types';
import { SnsNotifier } from '../notify/sns-notifier';
import { createStore } from '../store/client';
import { createRepositories } from '../store/repositories';
import { ENV, optionalEnv, requireEnv } from './env';

/** Rule defaults from the company's CDK settings (CRM_RULE_DEFAULTS), onto the product defaults. */
export function settingsFromEnv(): CompanySettings {
  const raw = JSON.parse(optionalEnv(ENV.ruleDefaults, '{}')) as Record<string, unknown>;
  const pick = <K extends keyof CompanySettings>(key: K, from: string) => (raw[from] ?? raw[key] ?? DEFAULT_SETTINGS[key]) as CompanySettings[K];
  return {
    ...DEFAULT_SETTINGS,
    locale: optionalEnv(ENV.locale, DEFAULT_SETTINGS.locale) as Locale,
    timeZone: optionalEnv(ENV.timeZone, DEFAULT_SETTINGS.timeZone),
    potentialProtectionDays: pick('potentialProtectionDays', 'protectionDays'),
    intentProtectionDays: pick('intentProtectionDays', 'intentDays'),
    followUpFreshnessDays: pick('followUpFreshnessDays', 'followUpDays'),
    extensionMaxDays: pick('extensionMaxDays', 'extensionMaxDays'),
    reclaimCooldownDays: pick('reclaimCooldownDays', 'reclaimCooldownDays'),
    maxOwnedCustomers: pick('maxOwnedCustomers', 'maxOwnedCustomers'),
    maxHotCustomers: pick('maxHotCustomers', 'maxHotCustomers'),
    warningDaysBefore: pick('warningDaysBefore', 'warningDaysBefore'),
  };
}

/** Wiring for functions running in AWS: real clock, SNS delivery, settings from the environment. */
export function createDeployedRuntime(): Runtime {
  const defaults = settingsFromEnv();
  // DYNAMODB_ENDPOINT is never set in AWS; the bench's cold-start probe points the bundle at DynamoDB Local (local credentials follow).
  const store = createStore({ tableName: requireEnv(ENV.tableName), endpoint: process.env[ENV.dynamoEndpoint] || undefined });
  return {
    companyId: requireEnv(ENV.companyId),
    locale: defaults.locale,
    repos: createRepositories(store, defaults),
    clock: systemClock,
    notifier: new SnsNotifier({
      reminderTopicArn: requireEnv(ENV.reminderTopicArn),
      smsSenderId: process.env[ENV.smsSenderId],
    }),
    cursorSecret: requireEnv(ENV.cursorSecret),
    introspection: optionalEnv(ENV.introspection, 'false') === 'true',
  };
}
