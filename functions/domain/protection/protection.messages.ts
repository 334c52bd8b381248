import type { Customer, DeadlineReason } from '../customers/customer.types';
import type { CompanySettings } from '../settings/settings.types';
import { formatMonthDayTime } from '../shared/format';

/** Notice texts: short enough for one SMS segment (70 Chinese characters) with a normal customer name. */
const REASONS_ZH: Record<DeadlineReason, string> = {
  POTENTIAL_STAGE: '潜在客户未转意向',
  INTENT_STAGE: '意向客户未签约',
  NO_VALID_FOLLOW_UP: '未有效跟进',
  NO_OPEN_OPPORTUNITY: '长期无进行中商机',
  EXTENSION: '延期到期',
};

const REASONS_EN: Record<DeadlineReason, string> = {
  POTENTIAL_STAGE: 'not advanced to intent',
  INTENT_STAGE: 'intent not signed',
  NO_VALID_FOLLOW_UP: 'no valid follow-up',
  NO_OPEN_OPPORTUNITY: 'no open opportunity',
  EXTENSION: 'extension ended',
};

export function reclaimWarningText(c: Customer, daysBefore: number, s: Pick<CompanySettings, 'locale' | 'timeZone'>): string {
  const deadline = formatMonthDayTime(c.protection!.deadline!, s.timeZone, s.locale);
  const reason = c.protection!.deadlineReason ?? 'NO_VALID_FOLLOW_UP';
  return s.locale === 'en-US'
    ? `[CRM] "${c.name}" returns to the pool in ${daysBefore} day(s) (${deadline}, ${REASONS_EN[reason]}). Follow up now.`
    : `【销售管家】客户“${c.name}”将于${daysBefore}天后（${deadline}）因${REASONS_ZH[reason]}回收公海，请及时跟进。`;
}

export function reclaimedText(c: Customer, reason: DeadlineReason, s: Pick<CompanySettings, 'locale'>): string {
  return s.locale === 'en-US'
    ? `[CRM] "${c.name}" went back to the public pool (${REASONS_EN[reason]}).`
    : `【销售管家】客户“${c.name}”因${REASONS_ZH[reason]}已回收至公海。`;
}

export function reclaimReasonText(reason: DeadlineReason): string {
  return `系统回收：${REASONS_ZH[reason]}`;
}

export function managerWarningText(c: Customer, ownerName: string, daysBefore: number, s: Pick<CompanySettings, 'locale' | 'timeZone'>): string {
  const deadline = formatMonthDayTime(c.protection!.deadline!, s.timeZone, s.locale);
  return s.locale === 'en-US'
    ? `[CRM] ${ownerName}'s customer "${c.name}" returns to the pool in ${daysBefore} day(s) (${deadline}).`
    : `【销售管家】${ownerName}的客户“${c.name}”将于${daysBefore}天后（${deadline}）回收公海，请督促跟进。`;
}
