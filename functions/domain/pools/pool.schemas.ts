import * as z from 'zod';
import { isoDateTime, requiredText, text, type FieldLabels } from '../shared/validation';

const days = z.number().int().min(1).max(365);
const dayList = z.array(days).max(5);
const id = z.string().min(1).max(64);

export const PoolInput = z.object({
  name: requiredText(40),
  everyone: z.boolean(),
  memberDepartmentIds: z.array(id).max(100),
  memberUserIds: z.array(id).max(1000),
  adminIds: z.array(id).max(50),
  claimRules: z.object({
    dailyClaimCap: z.number().int().min(1).max(10_000).nullish().transform((v) => v ?? undefined),
    cooldownDays: z.number().int().min(0).max(365),
    holdHours: z.number().int().min(0).max(24 * 90),
    dailyOpenCap: z.number().int().min(1).max(100_000).nullish().transform((v) => v ?? undefined),
  }),
  reclaimRules: z.object({
    followUpDays: days.nullish().transform((v) => v ?? undefined),
    followUpDaysByGrade: z
      .object({ A: days.nullish(), B: days.nullish(), C: days.nullish() })
      .nullish()
      .transform((g) => (g ? Object.fromEntries(Object.entries(g).filter(([, v]) => v != null)) : undefined)),
    potentialDays: days.nullish().transform((v) => v ?? undefined),
    intentDays: days.nullish().transform((v) => v ?? undefined),
    warningDaysBefore: dayList.nullish().transform((v) => v ?? undefined),
    managerWarningDaysBefore: dayList.nullish().transform((v) => v ?? undefined),
    noOpenOpportunityDays: days.nullish().transform((v) => v ?? undefined),
    exemptWithOpenOpportunity: z.boolean().nullish().transform((v) => v || undefined),
    targetPoolId: id.nullish().transform((v) => v ?? undefined),
  }),
});

export const TeamMemberInput = z.object({
  userId: id,
  role: z.enum(['CO_FOLLOWER', 'AFTER_SALES']),
  access: z.enum(['READ', 'WRITE']),
  until: isoDateTime.nullish().transform((v) => v ?? undefined),
});

export const AssignmentRuleInput = z
  .object({
    name: requiredText(40),
    source: text(40).nullish().transform((v) => v || undefined),
    region: text(40).nullish().transform((v) => v || undefined),
    departmentId: id,
    mode: z.enum(['ROUND_ROBIN', 'POOL']),
    poolId: id.nullish().transform((v) => v ?? undefined),
  })
  .refine((r) => r.mode !== 'POOL' || r.poolId, { message: '分配到公海时须指定公海 / a POOL rule needs poolId', path: ['poolId'] });

export const POOL_LABELS: FieldLabels = {
  name: ['名称', 'name'],
  claimRules: ['领取规则', 'claim rules'],
  reclaimRules: ['回收规则', 'reclaim rules'],
  memberDepartmentIds: ['成员部门', 'member departments'],
  memberUserIds: ['成员', 'members'],
  userId: ['用户', 'user'],
  until: ['截止时间', 'until'],
  departmentId: ['部门', 'department'],
  poolId: ['公海', 'pool'],
};
