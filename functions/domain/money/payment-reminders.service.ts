import type { Notifier } from '../../notify/notifier';
import type { Repositories } from '../../store/repositories';
import { DAY_MS } from '../shared/clock';
import type { Locale } from '../shared/errors';
import { formatFen } from './money';
import type { PaymentPlan, ReminderKind } from './money.types';
import { reminderAfter } from './payment-plan.rules';

/** A payment reminder that is due: who to tell, about which instalment, and the text. */
export interface PaymentReminder {
  /** Idempotency key: `payment#<order>#<plan>#<kind>`. */
  id: string;
  kind: 'PAYMENT_DUE_SOON' | 'PAYMENT_DUE_TODAY';
  /** When it was scheduled (the plan's `nextReminderAt`). */
  at: string;
  ownerId: string;
  orderId: string;
  orderNumber: string;
  customerId: string;
  customerName: string;
  planNo: number;
  dueDate: string;
  remaining: string;
  currency: string;
  plan: PaymentPlan;
}

const KIND: Record<ReminderKind, PaymentReminder['kind']> = { BEFORE: 'PAYMENT_DUE_SOON', DUE: 'PAYMENT_DUE_TODAY' };

/** Days whose DUE buckets a sweep reads: from `since` (default a week back, to catch missed runs) to now. */
function bucketDays(now: Date, since: Date): string[] {
  const last = now.toISOString().slice(0, 10);
  const days: string[] = [];
  for (let t = since.getTime(); new Date(t).toISOString().slice(0, 10) <= last; t += DAY_MS) days.push(new Date(t).toISOString().slice(0, 10));
  return days;
}

/**
 * For the reminder sweep: instalments whose next reminder (one month before due — configurable —
 * or on the due day) is at or before `now`. One Query per day bucket of `DUE#PAYMENT#<day>`;
 * settled instalments have left the index, so their reminders never show up.
 */
export async function duePaymentReminders(repos: Repositories, now: Date, since: Date = new Date(now.getTime() - 7 * DAY_MS)): Promise<PaymentReminder[]> {
  const perDay = await Promise.all(bucketDays(now, since).map((day) => repos.money.dueReminders(day, now.toISOString())));
  return perDay
    .flat()
    .filter((p) => p.status === 'OPEN' && p.nextReminderAt && p.nextReminderKind)
    .map((plan) => ({
      id: `payment#${plan.orderId}#${plan.planNo}#${plan.nextReminderKind}`,
      kind: KIND[plan.nextReminderKind!],
      at: plan.nextReminderAt!,
      ownerId: plan.ownerId,
      orderId: plan.orderId,
      orderNumber: plan.orderNumber,
      customerId: plan.customerId,
      customerName: plan.customerName,
      planNo: plan.planNo,
      dueDate: plan.dueDate,
      remaining: formatFen(plan.remaining),
      currency: plan.currency,
      plan,
    }));
}

/**
 * After sending: moves the instalment to its next reminder (or out of the DUE index). Returns false
 * when another sweep already did (the reminder is no longer the pending one) — then do not send twice.
 * Call it before sending for at-most-once, after sending for at-least-once.
 */
export async function markPaymentReminderSent(repos: Repositories, reminder: PaymentReminder): Promise<boolean> {
  return repos.money.markReminderSent(reminder.plan, reminder.at, reminderAfter(reminder.plan, reminder.at));
}

export function paymentReminderText(r: PaymentReminder, locale: Locale): string {
  if (locale === 'en-US') {
    return r.kind === 'PAYMENT_DUE_TODAY'
      ? `Payment due today: ${r.customerName}, order ${r.orderNumber}, instalment ${r.planNo}, ${r.remaining} ${r.currency} outstanding.`
      : `Payment due on ${r.dueDate}: ${r.customerName}, order ${r.orderNumber}, instalment ${r.planNo}, ${r.remaining} ${r.currency} outstanding.`;
  }
  return r.kind === 'PAYMENT_DUE_TODAY'
    ? `【回款提醒】${r.customerName} 合同 ${r.orderNumber} 第 ${r.planNo} 期回款今日到期，未收 ${r.remaining} ${r.currency}，请及时跟进。`
    : `【回款提醒】${r.customerName} 合同 ${r.orderNumber} 第 ${r.planNo} 期回款将于 ${r.dueDate} 到期，未收 ${r.remaining} ${r.currency}，请提前安排。`;
}

export interface PaymentReminderRun {
  sent: number;
  skipped: number;
  failed: number;
}

/**
 * A complete small sweep step: claims each due reminder (at most once), then texts and e-mails the
 * owner. One failure does not stop the rest. The reminders sweep can call this as is.
 */
export async function sendDuePaymentReminders(
  runtime: { repos: Repositories; notifier: Notifier; locale: Locale },
  now: Date,
  since?: Date,
): Promise<PaymentReminderRun> {
  const result: PaymentReminderRun = { sent: 0, skipped: 0, failed: 0 };
  const reminders = await duePaymentReminders(runtime.repos, now, since);
  const owners = await runtime.repos.users.getMany(reminders.map((r) => r.ownerId));
  for (const reminder of reminders) {
    try {
      if (!(await markPaymentReminderSent(runtime.repos, reminder))) {
        result.skipped++;
        continue;
      }
      const owner = owners.get(reminder.ownerId);
      if (!owner || !owner.active) {
        result.skipped++;
        continue;
      }
      const text = paymentReminderText(reminder, runtime.locale);
      const at = now.toISOString();
      const subject = runtime.locale === 'en-US' ? `Payment reminder ${reminder.orderNumber}` : `回款提醒 ${reminder.orderNumber}`;
      if (owner.phone) await runtime.notifier.send({ id: `${reminder.id}#SMS`, userId: owner.id, channel: 'SMS', to: owner.phone, text, kind: reminder.kind, at });
      await runtime.notifier.send({ id: `${reminder.id}#EMAIL`, userId: owner.id, channel: 'EMAIL', to: owner.email, subject, text, kind: reminder.kind, at });
      result.sent++;
    } catch (error) {
      result.failed++;
      console.error('payment reminder failed', reminder.id, error);
    }
  }
  return result;
}
