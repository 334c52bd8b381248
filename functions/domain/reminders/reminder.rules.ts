import type { Channel } from '../../notify/notifier';
import type { User } from '../users/user.types';
import { nextOccurrence, type YearlyDate } from './lunar-dates';
import type { Delivery, MessageDraft, NotificationPreferences } from './reminder.types';
import { addLocalDays, localDate, localTime, minutesOfDay, zonedInstant } from './zoned-time';

/** Important dates are reminded in the morning of the day. */
export const DATE_REMINDER_TIME = '09:00';

export function channelsOf(p: Pick<NotificationPreferences, 'channels'>): Channel[] {
  if (p.channels === 'BOTH') return ['SMS', 'EMAIL'];
  if (p.channels === 'NONE') return [];
  return [p.channels];
}

/** An instant inside the user's quiet hours moves to their end (quiet hours may span midnight). */
export function outsideQuietHours(at: string, p: Pick<NotificationPreferences, 'quietHoursStart' | 'quietHoursEnd'>, timeZone: string): string {
  if (!p.quietHoursStart || !p.quietHoursEnd || p.quietHoursStart === p.quietHoursEnd) return at;
  const start = minutesOfDay(p.quietHoursStart);
  const end = minutesOfDay(p.quietHoursEnd);
  const minute = minutesOfDay(localTime(at, timeZone));
  const day = localDate(at, timeZone);
  if (start < end) return minute >= start && minute < end ? zonedInstant(day, p.quietHoursEnd, timeZone) : at;
  if (minute >= start) return zonedInstant(addLocalDays(day, 1), p.quietHoursEnd, timeZone);
  if (minute < end) return zonedInstant(day, p.quietHoursEnd, timeZone);
  return at;
}

/** The first instant strictly after `after` at a local wall-clock time. */
export function nextLocalTime(time: string, after: Date, timeZone: string): string {
  const day = localDate(after, timeZone);
  const today = zonedInstant(day, time, timeZone);
  return today > after.toISOString() ? today : zonedInstant(addLocalDays(day, 1), time, timeZone);
}

/** The next reminder of a yearly (solar or lunar) date strictly after `after`. */
export function nextDateReminderAt(date: YearlyDate, after: Date, timeZone: string): string {
  let from = localDate(after, timeZone);
  for (;;) {
    const day = nextOccurrence(date, from);
    const at = zonedInstant(day, DATE_REMINDER_TIME, timeZone);
    if (at > after.toISOString()) return at;
    from = addLocalDays(day, 1);
  }
}

/** A Chinese SMS segment holds 70 characters; longer texts are cut with an ellipsis. */
export const SMS_SEGMENT = 70;

export function fitOneSegment(text: string): string {
  const chars = [...text];
  return chars.length <= SMS_SEGMENT ? text : `${chars.slice(0, SMS_SEGMENT - 1).join('')}…`;
}

/**
 * Addresses a message to the user's chosen channels. Quiet hours delay it; a chosen channel without an
 * address (no mobile number, no e-mail) is recorded as failed at once so an admin sees it.
 */
export function planDeliveries(
  draft: MessageDraft,
  user: Pick<User, 'id' | 'phone' | 'email' | 'active'>,
  prefs: NotificationPreferences,
  now: string,
  timeZone: string,
): Delivery[] {
  if (!user.active) return [];
  const sendAfter = outsideQuietHours(now, prefs, timeZone);
  // Someone who never chose gets SMS, or e-mail when they have no mobile number.
  const channels: Channel[] = prefs.version === 0 && !user.phone ? ['EMAIL'] : channelsOf(prefs);
  return channels.map((channel) => {
    const to = channel === 'SMS' ? user.phone : user.email;
    const base: Delivery = {
      id: `${draft.occurrenceKey}#${channel}`,
      occurrenceKey: draft.occurrenceKey,
      channel,
      kind: draft.kind,
      userId: user.id,
      to,
      subject: draft.subject,
      text: channel === 'SMS' ? fitOneSegment(draft.text) : (draft.emailText ?? draft.text),
      sendAfter,
      status: 'PENDING',
      attempts: 0,
      createdAt: now,
    };
    return to ? base : { ...base, status: 'FAILED', failure: 'NO_ADDRESS', failedAt: now, lastError: channel === 'SMS' ? '未登记手机号' : '未登记邮箱' };
  });
}

/** Retry waits 1, 2, 4, 8… minutes. */
export function retryDelayMs(attempt: number): number {
  return 60_000 * 2 ** Math.max(0, attempt - 1);
}
