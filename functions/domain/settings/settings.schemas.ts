import * as z from 'zod';
import { requiredText, type FieldLabels } from '../shared/validation';

const days = (max: number) => z.number().int().min(1).max(max);

export const SettingsInput = z
  .object({
    timeZone: z.string().refine((tz) => {
      try {
        new Intl.DateTimeFormat('en', { timeZone: tz });
        return true;
      } catch {
        return false;
      }
    }, '未知时区 / unknown time zone'),
    potentialProtectionDays: days(365),
    intentProtectionDays: days(365),
    followUpFreshnessDays: days(365),
    extensionMaxDays: days(365),
    reclaimCooldownDays: z.number().int().min(0).max(365),
    maxOwnedCustomers: z.number().int().min(1).max(100_000),
    maxHotCustomers: z.number().int().min(0).max(1_000),
    maxLockedCustomers: z.number().int().min(0).max(1_000),
    repsMayLock: z.boolean(),
    repsMayChooseReleasePool: z.boolean(),
    warningDaysBefore: z.array(days(60)).max(5),
    managerWarningDaysBefore: z.array(days(60)).max(5),
    invalidFollowUpLimit: z.number().int().min(1).max(100),
    validFollowUpMinChars: z.number().int().min(1).max(200),
    contentlessPhrases: z.array(requiredText(20)).max(100),
  })
  .partial();
export type SettingsInput = z.output<typeof SettingsInput>;

export const SETTINGS_LABELS: FieldLabels = {
  timeZone: ['时区', 'time zone'],
  potentialProtectionDays: ['潜在客户保护天数', 'potential protection days'],
  intentProtectionDays: ['意向客户保护天数', 'intent protection days'],
  followUpFreshnessDays: ['有效跟进间隔天数', 'follow-up freshness days'],
  extensionMaxDays: ['最长延期天数', 'max extension days'],
  reclaimCooldownDays: ['放弃后禁止领取天数', 'reclaim cooldown days'],
  maxOwnedCustomers: ['个人客户上限', 'owned customer cap'],
  maxHotCustomers: ['热点客户上限', 'hot customer cap'],
  maxLockedCustomers: ['锁定客户上限', 'locked customer cap'],
  repsMayLock: ['销售可自行锁定', 'reps may lock'],
  repsMayChooseReleasePool: ['放弃时可选公海', 'reps choose the release pool'],
  warningDaysBefore: ['回收提醒提前天数', 'warning days'],
  managerWarningDaysBefore: ['主管提醒提前天数', 'manager warning days'],
};
