import type { Channel } from '../../notify/notifier';
import type { YearlyDate } from './lunar-dates';

export const CHANNEL_CHOICES = ['SMS', 'EMAIL', 'BOTH', 'NONE'] as const;
export type ChannelChoice = (typeof CHANNEL_CHOICES)[number];

export interface EmailSubscription {
  email: string;
  status: 'PENDING_CONFIRMATION' | 'FAILED';
  /** SNS subscription ARN (or SNS's "pending confirmation"), to unsubscribe when the e-mail changes. */
  subscriptionArn?: string;
  error?: string;
  requestedAt: string;
}

/** How a user wants to be reminded; times are company-local `HH:mm`. */
export interface NotificationPreferences {
  userId: string;
  channels: ChannelChoice;
  quietHoursStart?: string;
  quietHoursEnd?: string;
  /** Daily agenda digest time; none when absent. */
  digestTime?: string;
  nextDigestAt?: string;
  emailSubscription?: EmailSubscription;
  updatedAt: string;
  version: number;
}

/** Never saved (version 0): SMS, or e-mail for users without a mobile number (see planDeliveries). */
export function defaultPreferences(userId: string): NotificationPreferences {
  return { userId, channels: 'SMS', updatedAt: '1970-01-01T00:00:00.000Z', version: 0 };
}

export const IMPORTANT_DATE_KINDS = ['BIRTHDAY', 'ANNIVERSARY', 'OTHER'] as const;
export type ImportantDateKind = (typeof IMPORTANT_DATE_KINDS)[number];

/** 重要日期: a customer's or contact's birthday (solar or lunar), anniversary…, reminded on the day. */
export interface ImportantDate extends YearlyDate {
  id: string;
  customerId: string;
  contactId?: string;
  contactName?: string;
  kind: ImportantDateKind;
  label?: string;
  year?: number;
  /** The next reminder instant (the day at DATE_REMINDER_TIME, company time). */
  nextAt: string;
  createdBy: string;
  createdAt: string;
  updatedAt: string;
  version: number;
}

export const REMINDER_KINDS = ['TASK', 'NEXT_CONTACT', 'IMPORTANT_DATE', 'DIGEST', 'PROTECTION_WARNING', 'NOTICE'] as const;
export type ReminderKind = (typeof REMINDER_KINDS)[number];

export const DELIVERY_STATUSES = ['PENDING', 'SENDING', 'SENT', 'FAILED'] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];

export const DELIVERY_FAILURES = ['NO_ADDRESS', 'REJECTED', 'RETRIES_EXHAUSTED', 'INTERRUPTED'] as const;
export type DeliveryFailure = (typeof DELIVERY_FAILURES)[number];

/**
 * One message of one reminder occurrence on one channel: the outbox record. Its id
 * (`<occurrenceKey>#<channel>`) is the idempotency key — it is written once, claimed once, sent once.
 */
export interface Delivery {
  id: string;
  occurrenceKey: string;
  channel: Channel;
  kind: ReminderKind;
  userId: string;
  to?: string;
  subject?: string;
  text: string;
  /** Not before (quiet hours, retry backoff). */
  sendAfter: string;
  status: DeliveryStatus;
  attempts: number;
  leaseUntil?: string;
  failure?: DeliveryFailure;
  lastError?: string;
  createdAt: string;
  sentAt?: string;
  failedAt?: string;
}

/** What a reminder says, before it is addressed to channels. */
export interface MessageDraft {
  occurrenceKey: string;
  kind: ReminderKind;
  userId: string;
  subject: string;
  text: string;
  /** A longer text for e-mail, when there is more to say than fits an SMS. */
  emailText?: string;
}
