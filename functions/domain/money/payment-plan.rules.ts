import type { SalesSettings } from '../pipeline/sales-settings.types';
import { addDaysToDate, daysBetweenDates, localInstant } from './local-time';
import type { Fen } from './money';
import type { PaymentPlan, ReminderKind } from './money.types';

/**
 * Reminders of an instalment: `paymentReminderDaysBefore` days ahead and on the due day, at the
 * company's reminder hour; those already in the past at signing are skipped (the plan then shows as
 * due or overdue instead).
 */
export function reminderSchedule(dueDate: string, settings: Pick<SalesSettings, 'paymentReminderDaysBefore' | 'paymentReminderHour'>, timeZone: string, now: string): { kind: ReminderKind; at: string }[] {
  const schedule: { kind: ReminderKind; at: string }[] = [];
  if (settings.paymentReminderDaysBefore > 0) {
    schedule.push({ kind: 'BEFORE', at: localInstant(addDaysToDate(dueDate, -settings.paymentReminderDaysBefore), settings.paymentReminderHour, timeZone) });
  }
  schedule.push({ kind: 'DUE', at: localInstant(dueDate, settings.paymentReminderHour, timeZone) });
  return schedule.filter((r) => r.at > now);
}

/** The reminder after the one at `sentAt`, if any. */
export function reminderAfter(plan: Pick<PaymentPlan, 'reminders'>, sentAt: string): { kind: ReminderKind; at: string } | undefined {
  return plan.reminders.find((r) => r.at > sentAt);
}

export interface Allocation {
  planNo: number;
  amount: Fen;
  /** The plan's remaining amount the allocation was computed against. */
  remainingBefore: Fen;
}

/** Oldest instalment first; a named instalment takes it all. Undefined when the money does not fit. */
export function allocatePayment(plans: readonly Pick<PaymentPlan, 'planNo' | 'remaining' | 'status' | 'dueDate'>[], amount: Fen): Allocation[] | undefined {
  const open = plans.filter((p) => p.status === 'OPEN' && p.remaining > 0).sort((a, b) => a.dueDate.localeCompare(b.dueDate) || a.planNo - b.planNo);
  const allocations: Allocation[] = [];
  let left = amount;
  for (const plan of open) {
    if (left === 0) break;
    const take = Math.min(left, plan.remaining);
    allocations.push({ planNo: plan.planNo, amount: take, remainingBefore: plan.remaining });
    left -= take;
  }
  return left === 0 ? allocations : undefined;
}

export const AGING_BUCKETS = ['NOT_DUE', 'DAYS_0_30', 'DAYS_31_60', 'DAYS_61_90', 'DAYS_OVER_90'] as const;
export type AgingBucket = (typeof AGING_BUCKETS)[number];

/** Days past due on the local calendar: due today is 0 days overdue (bucket 0–30). */
export function agingBucket(dueDate: string, today: string): AgingBucket {
  const overdue = daysBetweenDates(dueDate, today);
  if (overdue < 0) return 'NOT_DUE';
  if (overdue <= 30) return 'DAYS_0_30';
  if (overdue <= 60) return 'DAYS_31_60';
  if (overdue <= 90) return 'DAYS_61_90';
  return 'DAYS_OVER_90';
}

export function isOverdue(plan: Pick<PaymentPlan, 'status' | 'dueDate'>, today: string): boolean {
  return plan.status === 'OPEN' && plan.dueDate < today;
}
