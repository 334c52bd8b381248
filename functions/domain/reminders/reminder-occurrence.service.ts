import type { DueItem } from '../../store/reminder.repository';
import type { Write } from '../../store/transactions';
import type { Customer } from '../customers/customer.types';
import { COMMON_ERRORS, CrmError } from '../shared/errors';
import type { ServiceContext } from '../shared/service-context';
import { getAgenda } from '../tasks/task.service';
import { reminderPending } from '../tasks/task.types';
import type { Actor, User } from '../users/user.types';
import { DeliveryAlreadyQueued } from './reminder.errors';
import { digestReminder, importantDateReminder, taskReminder } from './reminder-messages';
import { nextDateReminderAt, nextLocalTime, planDeliveries } from './reminder.rules';
import type { Delivery, MessageDraft, NotificationPreferences } from './reminder.types';
import { localDate } from './zoned-time';

/** The reminder sweep acts as this user (it reads any user's agenda for the digest). */
export const REMINDER_SYSTEM_ACTOR: Actor = { id: 'system', role: 'ADMIN', departmentId: 'root', departmentPath: '/', active: true, name: '系统' };

type SourceItem = Exclude<DueItem, { entity: 'Delivery' }>;

export interface OccurrenceOutcome {
  /** Occurrences this sweep claimed (each exactly once across sweeps). */
  claimed: number;
  /** Taken by another sweep, or changed since the index was read. */
  skipped: number;
  /** New deliveries ready to send now. */
  ready: Delivery[];
  /** Messages recorded as failed at once: the user has no mobile number / e-mail for a chosen channel. */
  unaddressed: number;
  /** Left for the next sweep (time budget spent). */
  deferred: number;
  /** Buckets still holding something this sweep could not finish. */
  unfinishedDays: string[];
}

/** What a due source says, who gets it, and the source's next state (its next occurrence, or none). */
interface Occurrence {
  item: SourceItem;
  recipientId?: string;
  draft?: MessageDraft;
  advance: Write;
}

const log = (message: string, error: unknown) => console.error(JSON.stringify({ message, error: String(error) }));

function isStale(error: unknown): boolean {
  return error instanceof CrmError && error.spec === COMMON_ERRORS.staleVersion;
}

async function occurrenceOf(ctx: ServiceContext, item: SourceItem, customers: Map<string, Customer>, now: Date): Promise<Occurrence | undefined> {
  const iso = now.toISOString();
  const tz = ctx.settings.timeZone;
  switch (item.entity) {
    case 'Task': {
      const task = item.task;
      if (!reminderPending(task)) return undefined;
      const next = { ...task, remindedAt: task.remindAt, version: task.version + 1 };
      return { item, recipientId: task.ownerId, draft: taskReminder(task, iso, tz), advance: ctx.repos.tasks.put(next, iso, task.version) };
    }
    case 'ImportantDate': {
      const date = item.date;
      const customer = customers.get(date.customerId);
      const next = { ...date, nextAt: nextDateReminderAt(date, now, tz), version: date.version + 1 };
      const owner = customer?.ownerId;
      return {
        item,
        recipientId: owner,
        draft: customer && owner ? importantDateReminder(date, customer, owner) : undefined,
        advance: ctx.repos.reminders.putImportantDate(next, iso, date.version),
      };
    }
    case 'NotificationPreferences': {
      const prefs = item.prefs;
      const next: NotificationPreferences = { ...prefs, version: prefs.version + 1 };
      if (prefs.digestTime) next.nextDigestAt = nextLocalTime(prefs.digestTime, now, tz);
      else delete next.nextDigestAt;
      const advance = ctx.repos.reminders.putPreferences(next, iso, prefs.version);
      if (!prefs.digestTime || !prefs.nextDigestAt) return { item, advance };
      const agenda = await getAgenda(ctx, { userId: prefs.userId, date: localDate(now, tz), expiringWithinDays: 7 });
      const figures = { today: agenda.today, overdue: agenda.overdue.length, expiring: agenda.expiringCustomers };
      return { item, recipientId: prefs.userId, draft: digestReminder(prefs.userId, prefs.nextDigestAt, figures, tz), advance };
    }
  }
}

/**
 * Claims each due occurrence exactly once: the source moves on to its next occurrence (guarded by
 * its version) in the same transaction that queues the messages (guarded by their idempotency keys).
 * A sweep that loses the race writes nothing; one that crashes after the claim leaves queued
 * deliveries that the next sweep sends.
 */
export async function claimOccurrences(
  ctx: ServiceContext,
  due: readonly SourceItem[],
  now: Date,
  outOfTime: () => boolean = () => false,
): Promise<OccurrenceOutcome> {
  const outcome: OccurrenceOutcome = { claimed: 0, skipped: 0, ready: [], unaddressed: 0, deferred: 0, unfinishedDays: [] };
  if (due.length === 0) return outcome;
  const iso = now.toISOString();
  const customerIds = due.flatMap((i) => (i.entity === 'ImportantDate' ? [i.date.customerId] : []));
  const customers = customerIds.length ? await ctx.repos.customers.getMany(customerIds) : new Map<string, Customer>();
  const built = await mapLimited(due, CONCURRENCY, async (item) => {
    if (outOfTime()) {
      outcome.deferred++;
      outcome.unfinishedDays.push(item.day);
      return undefined;
    }
    return occurrenceOf(ctx, item, customers, now).catch((error: unknown) => {
      log(`reminder ${item.entity} could not be prepared`, error);
      outcome.unfinishedDays.push(item.day);
      return undefined;
    });
  });
  const occurrences = built.filter((o): o is Occurrence => o !== undefined);
  const recipientIds = [...new Set(occurrences.flatMap((o) => (o.draft && o.recipientId ? [o.recipientId] : [])))];
  const [users, prefs] = recipientIds.length
    ? await Promise.all([ctx.repos.users.getMany(recipientIds), ctx.repos.reminders.getPreferencesMany(recipientIds)])
    : [new Map<string, User>(), new Map<string, NotificationPreferences>()];

  await mapLimited(occurrences, CONCURRENCY, async (o) => {
    const user = o.recipientId ? users.get(o.recipientId) : undefined;
    const deliveries = o.draft && user ? planDeliveries(o.draft, user, prefs.get(user.id)!, iso, ctx.settings.timeZone) : [];
    try {
      await commitOccurrence(ctx, o.advance, deliveries, iso);
      outcome.claimed++;
      outcome.ready.push(...deliveries.filter((d) => d.status === 'PENDING' && d.sendAfter <= iso));
      outcome.unaddressed += deliveries.filter((d) => d.status === 'FAILED').length;
    } catch (error) {
      // Stale: another sweep claimed it, or it changed since the index was read. Anything else is
      // logged; either way the item stays due and its bucket is read again.
      if (!isStale(error)) log(`reminder ${o.item.entity} could not be claimed`, error);
      outcome.skipped++;
      outcome.unfinishedDays.push(o.item.day);
    }
  });
  return outcome;
}

const CONCURRENCY = 8;

/** Runs `work` over items with at most `limit` in flight, results in input order. */
async function mapLimited<T, R>(items: readonly T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

async function commitOccurrence(ctx: ServiceContext, advance: Write, deliveries: Delivery[], now: string): Promise<void> {
  try {
    await ctx.repos.commit([advance, ...deliveries.map((d) => ctx.repos.deliveries.enqueue(d, now))]);
  } catch (error) {
    // The messages of this occurrence were queued before (e.g. the source was restored to an earlier
    // state): never queue them twice, just move the source on.
    if (!(error instanceof DeliveryAlreadyQueued)) throw error;
    await ctx.repos.commit([advance]);
  }
}

/**
 * For other modules (e.g. the expiry sweep's pre-expiry warnings): the writes that queue a message to
 * a user on their chosen channels, to put in the same transaction as the change that causes it.
 * `occurrenceKey` must identify the notice (e.g. `WARN#<customer>#<deadline>#3`).
 */
export async function noticeWrites(ctx: ServiceContext, draft: MessageDraft): Promise<Write[]> {
  const [user, prefs] = await Promise.all([ctx.repos.users.get(draft.userId), ctx.repos.reminders.getPreferences(draft.userId)]);
  if (!user) return [];
  const now = ctx.clock.now().toISOString();
  return planDeliveries(draft, user, prefs, now, ctx.settings.timeZone).map((d) => ctx.repos.deliveries.enqueue(d, now));
}
