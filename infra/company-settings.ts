import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as z from 'zod';

export const COMPANIES_DIR = fileURLToPath(new URL('./companies', import.meta.url));

const dayCount = z.number().int().min(1).max(365);

function isKnownTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
    return true;
  } catch {
    return false;
  }
}

export const ruleDefaultsSchema = z
  .strictObject({
    protectionDays: dayCount.default(30),
    intentDays: dayCount.default(15),
    followUpDays: dayCount.default(15),
    extensionMaxDays: dayCount.default(30),
    reclaimCooldownDays: z.number().int().min(0).max(365).default(3),
    maxOwnedCustomers: z.number().int().min(1).max(100_000).default(200),
    maxHotCustomers: z.number().int().min(0).max(1_000).default(10),
    warningDaysBefore: z
      .array(dayCount)
      .max(5)
      .refine((days) => new Set(days).size === days.length, 'must not repeat a day')
      .default([3, 1]),
  })
  .refine((rules) => rules.maxHotCustomers <= rules.maxOwnedCustomers, {
    message: 'maxHotCustomers must not exceed maxOwnedCustomers',
    path: ['maxHotCustomers'],
  });

export const companySettingsSchema = z.strictObject({
  companyId: z
    .string()
    .regex(/^[a-z0-9-]{3,20}$/, 'must be 3–20 characters of lowercase letters, digits and hyphens'),
  displayName: z.string().trim().min(1),
  timeZone: z.string().refine(isKnownTimeZone, 'must be an IANA time zone such as Asia/Shanghai').default('Asia/Shanghai'),
  locale: z.enum(['zh-CN', 'en-US']).default('zh-CN'),
  // SNS alphanumeric sender ID rules; ignored by carriers in countries that do not support sender IDs.
  smsSenderId: z.string().regex(/^(?=.*[A-Za-z])[A-Za-z0-9]{1,11}$/, 'must be 1–11 letters or digits with at least one letter'),
  smsRatePerSecond: z.number().int().min(1).max(100).default(5),
  adminEmail: z.email(),
  enableIntrospection: z.boolean().default(false),
  corsAllowedOrigins: z.array(z.string().min(1)).min(1).default(['*']),
  apiThrottle: z
    .strictObject({
      rateLimit: z.number().int().min(1).default(50),
      burstLimit: z.number().int().min(1).default(100),
    })
    .default({ rateLimit: 50, burstLimit: 100 }),
  ruleDefaults: ruleDefaultsSchema.default(ruleDefaultsSchema.parse({})),
});

export type CompanySettings = z.output<typeof companySettingsSchema>;
export type RuleDefaults = CompanySettings['ruleDefaults'];

export class CompanySettingsError extends Error {
  override readonly name = 'CompanySettingsError';
}

export function availableCompanies(dir = COMPANIES_DIR): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((file) => file.endsWith('.json'))
    .map((file) => file.slice(0, -'.json'.length))
    .sort();
}

/** Validates raw settings; `source` names where they came from in error messages. */
export function parseCompanySettingsOrThrow(raw: unknown, source: string, expectedCompanyId?: string): CompanySettings {
  const result = companySettingsSchema.safeParse(raw);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `  - ${issue.path.join('.') || '(settings)'}: ${issue.message}`);
    throw new CompanySettingsError(`Invalid company settings in ${source}:\n${problems.join('\n')}`);
  }
  if (expectedCompanyId !== undefined && result.data.companyId !== expectedCompanyId) {
    throw new CompanySettingsError(
      `Invalid company settings in ${source}: companyId "${result.data.companyId}" does not match the file name "${expectedCompanyId}"`,
    );
  }
  return result.data;
}

export function loadCompanySettingsOrThrow(companyId: string | undefined, dir = COMPANIES_DIR): CompanySettings {
  const available = availableCompanies(dir);
  const choices = available.length > 0 ? available.join(', ') : '(none)';
  if (companyId === undefined || companyId === '') {
    throw new CompanySettingsError(`No company given. Pass -c company=<id>; available: ${choices}`);
  }
  if (!available.includes(companyId)) {
    throw new CompanySettingsError(
      `Unknown company "${companyId}": no ${join(dir, `${companyId}.json`)}. Available: ${choices}`,
    );
  }
  const file = join(dir, `${companyId}.json`);
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new CompanySettingsError(`Cannot read company settings ${file}: ${(error as Error).message}`);
  }
  return parseCompanySettingsOrThrow(raw, file, companyId);
}
