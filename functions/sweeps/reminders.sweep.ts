import type { Runtime } from '../api/runtime';
import { sendDuePaymentReminders } from '../domain/money/payment-reminders.service';
import { remindOverdueTickets } from '../domain/service/overdue-tickets.service';
import { ENV, optionalEnv } from '../commons/env';
import { claimOccurrences, REMINDER_SYSTEM_ACTOR } from '../domain/reminders/reminder-occurrence.service';
import type { Delivery } from '../domain/reminders/reminder.types';
import { DAY_MS } from '../domain/shared/clock';
import type { ServiceContext } from '../domain/shared/service-context';
import { deliverDue } from '../notify/delivery-worker';
import { DynamoSmsRateLimiter, type SendRateLimiter } from '../notify/sms-rate-limiter';
import type { PageKey } from '../store/cursor';
import { activityIndexKeys } from '../store/keys';
import { dueItemOf, type DueItem } from '../store/reminder.repository';
import { sweepNow, type SweepEvent } from './sweep-event';

export interface ReminderSweepResult {
  /** Items found due (occurrences and queued messages). */
  due: number;
  /** DUE-bucket Queries made. */
  queries: number;
  /** Reminder occurrences this sweep claimed. */
  occurrences: number;
  sent: number;
  retried: number;
  failed: number;
  /** Claimed by an overlapping sweep, or changed since read. */
  skipped: number;
  /** Left for the next sweep (time budget). */
  deferred: number;
  /** Payment-plan reminders (one month before and on the day) sent by this run. */
  paymentReminders: number;
}

export interface ReminderSweepOptions {
  /** Default: SMS_RATE_PER_SECOND, else 5. */
  smsRatePerSecond?: number;
  smsLimiter?: SendRateLimiter;
  /** Real time this run may spend claiming and starting sends (the Lambda runs at most a minute); default 40 s. */
  budgetMs?: number;
  concurrency?: number;
  pageSize?: number;
}

const KIND = activityIndexKeys.reminderDueKind;
/** A sweep that never ran (new table) looks this far back once. */
const FIRST_RUN_LOOKBACK_DAYS = 60;

const dayOf = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/**
 * The reminder sweep (every minute): task and next-contact reminders, important dates, daily
 * digests, and every queued message (including retries). Reads only the DUE buckets of kind
 * REMIND from the watermark (normally yesterday) to today. Overlapping, retried or crashed runs
 * never send a message twice (see claimOccurrences and deliverDue).
 */
export function createReminderSweep(runtime: Runtime, options: ReminderSweepOptions = {}) {
  const rate = options.smsRatePerSecond ?? Number(optionalEnv(ENV.smsRatePerSecond, '5'));
  const smsLimiter = options.smsLimiter ?? new DynamoSmsRateLimiter(runtime.repos.store, rate);
  const pageSize = options.pageSize ?? 200;
  return async (event: SweepEvent): Promise<ReminderSweepResult> => {
    // EventBridge Scheduler may deliver a retry hours late with the original time: what is due is
    // judged by the later of the two, so a late run still sends what it should.
    const started = performance.now();
    const budgetMs = options.budgetMs ?? 40_000;
    const outOfTime = () => performance.now() - started > budgetMs;
    const clockNow = runtime.clock.now();
    const scheduled = sweepNow(event, clockNow);
    const now = scheduled > clockNow ? scheduled : clockNow;
    const { repos } = runtime;
    const settings = await repos.settings.get();
    const ctx: ServiceContext = { actor: REMINDER_SYSTEM_ACTOR, clock: { now: () => now }, settings, repos };

    const yesterday = dayOf(now.getTime() - DAY_MS);
    const start = (await repos.dueQueue.watermark(KIND)) ?? dayOf(now.getTime() - FIRST_RUN_LOOKBACK_DAYS * DAY_MS);
    const due: DueItem[] = [];
    let queries = 0;
    for (let t = Date.parse(`${start}T00:00:00Z`); dayOf(t) <= dayOf(now.getTime()); t += DAY_MS) {
      let startKey: PageKey | undefined;
      do {
        const page = await repos.dueQueue.page(KIND, dayOf(t), now.toISOString(), pageSize, startKey);
        queries++;
        for (const item of page.items) {
          const parsed = dueItemOf(item, dayOf(t));
          if (parsed) due.push(parsed);
        }
        startKey = page.nextKey;
      } while (startKey);
    }

    const sources = due.filter((i): i is Exclude<DueItem, { entity: 'Delivery' }> => i.entity !== 'Delivery');
    const occurrences = await claimOccurrences(ctx, sources, now, outOfTime);
    const queued = due.flatMap((i) => (i.entity === 'Delivery' ? [i.delivery] : []));
    const outcome = await deliverDue([...queued, ...occurrences.ready] as Delivery[], {
      notifier: runtime.notifier,
      deliveries: repos.deliveries,
      smsLimiter,
      now,
      outOfTime,
      concurrency: options.concurrency,
    });

    const dayOfItem = new Map(due.flatMap((i) => (i.entity === 'Delivery' ? [[i.delivery.id, i.day] as const] : [])));
    const unfinished = [...occurrences.unfinishedDays, ...outcome.deferred.map((id) => dayOfItem.get(id) ?? yesterday)];
    const watermark = [yesterday, ...unfinished].sort()[0]!;
    if (watermark > start) await repos.dueQueue.advanceWatermark(KIND, watermark);

    // Receivable reminders keep their own day buckets (DUE#PAYMENT#…) and claim markers.
    const payments = await sendDuePaymentReminders({ repos, notifier: runtime.notifier, locale: settings.locale }, now, new Date(`${start}T00:00:00Z`));
    // Service tickets past their response deadline (DUE#TICKET#…): flagged, assignee reminded (issue #6).
    await remindOverdueTickets({ repos, notifier: runtime.notifier }, now).catch((error) => console.error('overdue service tickets failed', error));

    return {
      paymentReminders: payments.sent,
      due: due.length,
      queries,
      occurrences: occurrences.claimed,
      sent: outcome.sent,
      retried: outcome.retried,
      failed: outcome.failed + occurrences.unaddressed,
      skipped: outcome.skipped + occurrences.skipped,
      deferred: outcome.deferred.length + occurrences.deferred,
    };
  };
}
