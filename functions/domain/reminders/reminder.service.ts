import type { Page, PageKey } from '../../store/cursor';
import type { EmailSubscriptions } from '../../notify/notifier';
import { getEditableCustomerOrThrow } from '../customers/customer.service';
import { COMMON_ERRORS, CrmError } from '../shared/errors';
import { newId } from '../shared/ids';
import type { ServiceContext } from '../shared/service-context';
import type { User } from '../users/user.types';
import { nextDateReminderAt, nextLocalTime } from './reminder.rules';
import { REMINDER_ERRORS } from './reminder.errors';
import type { AddImportantDateInput, NotificationPreferencesInput } from './reminder.schemas';
import type { Delivery, ImportantDate, NotificationPreferences } from './reminder.types';
import { daysInMonth } from './zoned-time';

const MAX_ATTEMPTS = 4;

/** Read-modify-write of a user's preferences, retried when the sweep moved the digest meanwhile. */
async function changePreferences(
  ctx: ServiceContext,
  userId: string,
  change: (p: NotificationPreferences) => NotificationPreferences | Promise<NotificationPreferences>,
): Promise<NotificationPreferences> {
  for (let attempt = 1; ; attempt++) {
    const current = await ctx.repos.reminders.getPreferences(userId);
    const now = ctx.clock.now().toISOString();
    const next = { ...(await change(current)), updatedAt: now, version: current.version + 1 };
    try {
      await ctx.repos.commit([ctx.repos.reminders.putPreferences(next, now, current.version)]);
      return next;
    } catch (error) {
      if (!(error instanceof CrmError && error.spec === COMMON_ERRORS.staleVersion) || attempt >= MAX_ATTEMPTS) throw error;
    }
  }
}

export function getMyPreferences(ctx: ServiceContext): Promise<NotificationPreferences> {
  return ctx.repos.reminders.getPreferences(ctx.actor.id);
}

/** Channels, quiet hours and digest time; choosing e-mail starts the e-mail subscription if needed. */
export async function setMyPreferences(ctx: ServiceContext, input: NotificationPreferencesInput, subscriptions?: Partial<EmailSubscriptions>): Promise<NotificationPreferences> {
  const saved = await changePreferences(ctx, ctx.actor.id, (p) => {
    const next: NotificationPreferences = { ...p, channels: input.channels };
    for (const field of ['quietHoursStart', 'quietHoursEnd', 'digestTime'] as const) {
      const value = input[field];
      if (value) next[field] = value;
      else delete next[field];
    }
    if (next.digestTime) next.nextDigestAt = nextLocalTime(next.digestTime, ctx.clock.now(), ctx.settings.timeZone);
    else delete next.nextDigestAt;
    return next;
  });
  if (input.channels !== 'EMAIL' && input.channels !== 'BOTH') return saved;
  const me = await ctx.repos.users.get(ctx.actor.id);
  return me ? syncEmailSubscription(ctx, me, subscriptions) : saved;
}

/**
 * Keeps one e-mail subscription per user on the reminder topic, for their current address: called
 * when a user's e-mail is set or changed. A failed Subscribe is recorded (visible in the user's
 * preferences), not thrown: the user record is already saved.
 */
export async function syncEmailSubscription(ctx: ServiceContext, user: Pick<User, 'id' | 'email'>, subscriptions?: Partial<EmailSubscriptions>): Promise<NotificationPreferences> {
  const current = await ctx.repos.reminders.getPreferences(user.id);
  const sub = current.emailSubscription;
  if (!subscriptions?.subscribeEmail || !subscriptions.unsubscribe || (sub?.email === user.email && sub.status !== 'FAILED')) return current;
  if (sub?.subscriptionArn) await subscriptions.unsubscribe(sub.subscriptionArn).catch(() => undefined);
  const requestedAt = ctx.clock.now().toISOString();
  let emailSubscription: NotificationPreferences['emailSubscription'];
  try {
    const subscriptionArn = await subscriptions.subscribeEmail(user.id, user.email);
    emailSubscription = { email: user.email, status: 'PENDING_CONFIRMATION', subscriptionArn, requestedAt };
  } catch (error) {
    emailSubscription = { email: user.email, status: 'FAILED', error: String((error as Error).message ?? error).slice(0, 300), requestedAt };
  }
  return changePreferences(ctx, user.id, (p) => ({ ...p, emailSubscription }));
}

function checkDate(month: number, day: number, lunar: boolean): void {
  const max = lunar ? 30 : daysInMonth(2024, month);
  if (day > max) throw new CrmError(REMINDER_ERRORS.badDate, { month, day });
}

/** An important date of a customer (or one of its contacts), reminded to the customer's owner every year. */
export async function addImportantDate(ctx: ServiceContext, input: AddImportantDateInput): Promise<ImportantDate> {
  const customer = await getEditableCustomerOrThrow(ctx, input.customerId);
  const contact = input.contactId ? await ctx.repos.customers.getContact(customer.id, input.contactId) : undefined;
  if (input.contactId && !contact) throw new CrmError(COMMON_ERRORS.notFound, { entity: '联系人' });
  let { month, day, lunar, year } = input;
  if ((month === undefined || day === undefined) && contact && input.kind === 'BIRTHDAY') {
    if (!contact.birthday) throw new CrmError(REMINDER_ERRORS.noBirthday, { name: contact.name });
    year = Number(contact.birthday.slice(0, 4));
    month = Number(contact.birthday.slice(5, 7));
    day = Number(contact.birthday.slice(8, 10));
    lunar = contact.birthdayIsLunar;
  }
  if (month === undefined || day === undefined) throw new CrmError(REMINDER_ERRORS.badDate, { month: month ?? '?', day: day ?? '?' });
  checkDate(month, day, lunar ?? false);
  const nowDate = ctx.clock.now();
  const now = nowDate.toISOString();
  const yearly = { month, day, lunar: lunar ?? false };
  const date: ImportantDate = {
    id: newId(nowDate),
    customerId: customer.id,
    contactId: contact?.id,
    contactName: contact?.name,
    kind: input.kind,
    label: input.label,
    ...yearly,
    year,
    nextAt: nextDateReminderAt(yearly, nowDate, ctx.settings.timeZone),
    createdBy: ctx.actor.id,
    createdAt: now,
    updatedAt: now,
    version: 1,
  };
  await ctx.repos.commit([ctx.repos.reminders.putImportantDate(date, now)]);
  return date;
}

export async function removeImportantDate(ctx: ServiceContext, customerId: string, id: string, expectedVersion: number): Promise<ImportantDate> {
  await getEditableCustomerOrThrow(ctx, customerId);
  const date = await ctx.repos.reminders.getImportantDate(customerId, id);
  if (!date) throw new CrmError(COMMON_ERRORS.notFound, { entity: '重要日期' });
  await ctx.repos.commit([ctx.repos.reminders.deleteImportantDate(date, expectedVersion)]);
  return date;
}

function requireAdmin(ctx: ServiceContext, what: string): void {
  if (ctx.actor.role !== 'ADMIN') throw new CrmError(REMINDER_ERRORS.adminOnly, { what });
}

/** Admins: messages that could not be delivered, newest first. */
export async function listFailedDeliveries(ctx: ServiceContext, limit: number, startKey?: PageKey): Promise<Page<Delivery>> {
  requireAdmin(ctx, '发送失败的提醒');
  return ctx.repos.deliveries.listFailed(limit, startKey);
}

export function assertCanReadOutbox(ctx: ServiceContext): void {
  requireAdmin(ctx, '发件箱');
}
