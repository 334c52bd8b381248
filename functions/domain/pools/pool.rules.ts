import type { Customer, Grade } from '../customers/customer.types';
import type { CompanySettings } from '../settings/settings.types';
import type { Actor } from '../users/user.types';
import { isInSubtree } from '../users/access.rules';
import { DEFAULT_POOL_ID, type Pool, type ReclaimRules } from './pool.types';

/** The company-wide pool every company starts with, carrying the PRODUCT.md defaults. */
export function defaultPool(settings: CompanySettings, now: string): Pool {
  return {
    id: DEFAULT_POOL_ID,
    name: '公共客户池',
    everyone: true,
    memberDeptPaths: [],
    memberUserIds: [],
    adminIds: [],
    claimRules: { cooldownDays: settings.reclaimCooldownDays, holdHours: 0 },
    reclaimRules: {},
    createdAt: now,
    updatedAt: now,
    version: 0,
  };
}

export function isPoolMember(actor: Actor, pool: Pool): boolean {
  if (actor.role === 'ADMIN' || pool.everyone || pool.adminIds.includes(actor.id)) return true;
  return pool.memberUserIds.includes(actor.id) || pool.memberDeptPaths.some((path) => isInSubtree(actor.departmentPath, path));
}

/** The protection numbers for owned customers of a pool: pool rules over company settings. */
export type ProtectionNumbers = Pick<
  CompanySettings,
  'potentialProtectionDays' | 'intentProtectionDays' | 'followUpFreshnessDays' | 'warningDaysBefore' | 'managerWarningDaysBefore'
> & { noOpenOpportunityDays?: number; exemptWithOpenOpportunity?: boolean };

export function poolRuleOverrides(rules: ReclaimRules, grade: Grade | undefined): Partial<ProtectionNumbers> {
  const followUp = (grade && rules.followUpDaysByGrade?.[grade]) ?? rules.followUpDays;
  const overrides: Partial<ProtectionNumbers> = {};
  if (followUp !== undefined) overrides.followUpFreshnessDays = followUp;
  if (rules.potentialDays !== undefined) overrides.potentialProtectionDays = rules.potentialDays;
  if (rules.intentDays !== undefined) overrides.intentProtectionDays = rules.intentDays;
  if (rules.warningDaysBefore !== undefined) overrides.warningDaysBefore = rules.warningDaysBefore;
  if (rules.managerWarningDaysBefore !== undefined) overrides.managerWarningDaysBefore = rules.managerWarningDaysBefore;
  if (rules.noOpenOpportunityDays !== undefined) overrides.noOpenOpportunityDays = rules.noOpenOpportunityDays;
  if (rules.exemptWithOpenOpportunity) overrides.exemptWithOpenOpportunity = true;
  return overrides;
}

/** Whether a customer of `pool` is touched by a change of its reclaim rules for `grade` (undefined = every grade). */
export function ruleGroupOf(customer: Pick<Customer, 'poolId' | 'valueGrade'>): { poolId: string; grade: Grade | '-' } {
  return { poolId: customer.poolId ?? DEFAULT_POOL_ID, grade: customer.valueGrade ?? '-' };
}

/** Rules must make sense: warnings before the shortest period, targets that exist. */
export function reclaimRuleProblems(rules: ReclaimRules, settings: CompanySettings, poolIds: string[]): string[] {
  const problems: string[] = [];
  const periods = [
    rules.followUpDays ?? settings.followUpFreshnessDays,
    ...Object.values(rules.followUpDaysByGrade ?? {}),
    rules.potentialDays ?? settings.potentialProtectionDays,
    rules.intentDays ?? settings.intentProtectionDays,
    ...(rules.noOpenOpportunityDays !== undefined ? [rules.noOpenOpportunityDays] : []),
  ];
  const shortest = Math.min(...periods);
  const warnings = [...(rules.warningDaysBefore ?? settings.warningDaysBefore), ...(rules.managerWarningDaysBefore ?? [])];
  if (warnings.some((d) => d >= shortest)) problems.push(`回收提醒须早于最短保护期（${shortest} 天）`);
  if (rules.targetPoolId && !poolIds.includes(rules.targetPoolId)) problems.push(`回收目标公海 ${rules.targetPoolId} 不存在`);
  return problems;
}
