import { retryDelayMs } from '../domain/reminders/reminder.rules';
import type { Delivery } from '../domain/reminders/reminder.types';
import type { DeliveryRepository } from '../store/delivery.repository';
import type { Notifier, OutgoingMessage } from './notifier';
import type { SendRateLimiter } from './sms-rate-limiter';

export interface DeliveryWorkerOptions {
  notifier: Notifier;
  deliveries: DeliveryRepository;
  smsLimiter: SendRateLimiter;
  now: Date;
  /** A claimed message not marked sent by then is considered interrupted. */
  leaseMs?: number;
  maxAttempts?: number;
  concurrency?: number;
  /** True once this run should stop starting sends; the rest waits for the next sweep. Default: after 40 s. */
  outOfTime?: () => boolean;
  log?: (line: string, error?: unknown) => void;
}

export interface DeliveryOutcome {
  sent: number;
  retried: number;
  failed: number;
  /** Claimed by another sweep, or changed since it was read. */
  skipped: number;
  /** Left for the next sweep (time budget spent). */
  deferred: string[];
}

/** SNS errors no retry can fix (bad number, opted out, disabled endpoint…). */
const PERMANENT_ERRORS = new Set([
  'InvalidParameterException',
  'InvalidParameterValueException',
  'NotFoundException',
  'EndpointDisabledException',
  'AuthorizationErrorException',
  'OptedOutException',
]);

function errorText(error: unknown): string {
  const e = error as { name?: string; message?: string };
  return `${e.name ?? 'Error'}: ${e.message ?? String(error)}`.slice(0, 500);
}

function messageOf(d: Delivery, at: string): OutgoingMessage {
  return { id: d.id, userId: d.userId, channel: d.channel, to: d.to ?? '', subject: d.subject, text: d.text, kind: d.kind, at };
}

/**
 * Sends due deliveries exactly once each: claim (conditional PENDING → SENDING) → publish → mark sent.
 * A failed publish is retried with backoff, and after the last attempt — or at once when the error is
 * permanent — recorded as FAILED for admins. A claim whose lease ran out (the sweep died between
 * claim and mark) is recorded as INTERRUPTED rather than sent again: a duplicate is worse than a
 * visible, uncertain failure. Each message's failure is isolated from the others.
 */
export async function deliverDue(due: readonly Delivery[], o: DeliveryWorkerOptions): Promise<DeliveryOutcome> {
  const leaseMs = o.leaseMs ?? 120_000;
  const maxAttempts = o.maxAttempts ?? 5;
  const log = o.log ?? ((line, error) => console.error(line, error ?? ''));
  const now = o.now.toISOString();
  const started = performance.now();
  const outOfTime = o.outOfTime ?? (() => performance.now() - started > 40_000);
  const outcome: DeliveryOutcome = { sent: 0, retried: 0, failed: 0, skipped: 0, deferred: [] };

  async function handle(d: Delivery): Promise<void> {
    if (d.status === 'SENDING') {
      if (!d.leaseUntil || d.leaseUntil > now) return;
      const marked = await o.deliveries.markFailed(d, 'SENDING', d.attempts, 'INTERRUPTED', '发送过程中断，结果未知（未重发以免重复）', now);
      if (marked) outcome.failed++;
      else outcome.skipped++;
      return;
    }
    if (d.status !== 'PENDING' || d.sendAfter > now) return;
    if (outOfTime()) {
      outcome.deferred.push(d.id);
      return;
    }
    if (d.channel === 'SMS') await o.smsLimiter.acquire();
    const leaseUntil = new Date(o.now.getTime() + leaseMs).toISOString();
    if (!(await o.deliveries.claim(d, now, leaseUntil))) {
      outcome.skipped++;
      return;
    }
    const attempt = d.attempts + 1;
    try {
      await o.notifier.send(messageOf(d, now));
    } catch (error) {
      const permanent = PERMANENT_ERRORS.has((error as { name?: string }).name ?? '');
      if (permanent || attempt >= maxAttempts) {
        await o.deliveries.markFailed(d, 'SENDING', attempt, permanent ? 'REJECTED' : 'RETRIES_EXHAUSTED', errorText(error), now);
        outcome.failed++;
      } else {
        await o.deliveries.markRetry(d, attempt, new Date(o.now.getTime() + retryDelayMs(attempt)).toISOString(), errorText(error), now);
        outcome.retried++;
      }
      return;
    }
    if (await o.deliveries.markSent(d, attempt, now)) outcome.sent++;
    else log(`delivery ${d.id}: sent, but its record changed meanwhile`);
  }

  const queue = [...due];
  const workers = Array.from({ length: Math.max(1, o.concurrency ?? 4) }, async () => {
    for (let d = queue.shift(); d; d = queue.shift()) {
      try {
        await handle(d);
      } catch (error) {
        log(`delivery ${d.id} failed in the sweep`, error);
        outcome.deferred.push(d.id);
      }
    }
  });
  await Promise.all(workers);
  return outcome;
}
