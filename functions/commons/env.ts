/** Environment variables every deployed function reads. Missing required ones fail fast at cold start. */
export function requireEnv(name: string): string {
  const value = process.env[name];
  if (value === undefined || value === '') throw new Error(`Missing environment variable ${name}`);
  return value;
}

export function optionalEnv(name: string, fallback: string): string {
  const value = process.env[name];
  return value === undefined || value === '' ? fallback : value;
}

export const ENV = {
  tableName: 'TABLE_NAME',
  companyId: 'COMPANY_ID',
  locale: 'CRM_LOCALE',
  timeZone: 'CRM_TIMEZONE',
  cursorSecret: 'CURSOR_SECRET',
  introspection: 'ENABLE_INTROSPECTION',
  smsSenderId: 'SMS_SENDER_ID',
  smsRatePerSecond: 'SMS_RATE_PER_SECOND',
  reminderTopicArn: 'REMINDER_TOPIC_ARN',
  dynamoEndpoint: 'DYNAMODB_ENDPOINT',
  ruleDefaults: 'CRM_RULE_DEFAULTS',
} as const;
