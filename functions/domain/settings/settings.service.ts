import { defineErrors, COMMON_ERRORS, CrmError } from '../shared/errors';
import type { ServiceContext } from '../shared/service-context';
import type { SettingsInput } from './settings.schemas';
import type { CompanySettings } from './settings.types';

export const SETTINGS_ERRORS = defineErrors({
  warningAfterDeadline: {
    code: 'BAD_USER_INPUT',
    zh: '回收提醒须早于最短保护期（{shortest} 天），当前提前 {warning} 天',
    en: 'Warnings must come before the shortest protection period ({shortest} days); got {warning}',
  },
});

/** Admins change rule numbers; warnings must fall inside every protection period. */
export async function updateCompanySettings(ctx: ServiceContext, input: SettingsInput): Promise<CompanySettings> {
  if (ctx.actor.role !== 'ADMIN') throw new CrmError(COMMON_ERRORS.forbidden, { action: '修改公司规则设置' });
  const current = await ctx.repos.settings.get();
  const defined = Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined)) as Partial<CompanySettings>;
  const next: CompanySettings = { ...current, ...defined };
  const shortest = Math.min(next.potentialProtectionDays, next.intentProtectionDays, next.followUpFreshnessDays);
  const longestWarning = Math.max(0, ...next.warningDaysBefore, ...next.managerWarningDaysBefore);
  if (longestWarning >= shortest) throw new CrmError(SETTINGS_ERRORS.warningAfterDeadline, { shortest, warning: longestWarning });
  await ctx.repos.settings.save(next, ctx.actor.id, ctx.clock.now().toISOString());
  return next;
}
