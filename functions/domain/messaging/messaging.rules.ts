import type { Contact } from '../customers/contact.types';
import type { Customer } from '../customers/customer.types';
import { isChineseMobile, isEmail, maskEmail, maskPhone, normalizeEmail, normalizePhone } from '../shared/normalize';
import type { Channel, RecipientFilter } from './messaging.types';

/** Template fields (个性化字段) and what fills them. */
export const TEMPLATE_FIELDS = {
  姓名: (contact: Contact) => contact.name,
  公司: (_: Contact, customer: Customer) => customer.name,
  职务: (contact: Contact) => contact.title ?? '',
} as const;

const PLACEHOLDER = /\{([^{}\s]{1,10})\}/g;

export function unknownTemplateFields(template: string): string[] {
  return [...template.matchAll(PLACEHOLDER)].map((m) => m[1]!).filter((name) => !(name in TEMPLATE_FIELDS)).map((name) => `{${name}}`);
}

export function renderTemplate(template: string, contact: Contact, customer: Customer): string {
  return template.replace(PLACEHOLDER, (whole, name: string) => (name in TEMPLATE_FIELDS ? TEMPLATE_FIELDS[name as keyof typeof TEMPLATE_FIELDS](contact, customer) : whole));
}

const anyOf = <T>(wanted: readonly T[] | undefined, value: T | undefined) => !wanted?.length || (value !== undefined && wanted.includes(value));

export function customerMatches(filter: RecipientFilter, c: Customer): boolean {
  return (
    anyOf(filter.industries, c.industry) &&
    anyOf(filter.regions, c.region) &&
    anyOf(filter.sources, c.source) &&
    anyOf(filter.lifecycles, c.lifecycle) &&
    anyOf(filter.buyingStatuses, c.buyingStatus) &&
    anyOf(filter.ownerIds, c.ownerId) &&
    (!filter.tags?.length || c.tags.some((t) => filter.tags!.includes(t)))
  );
}

/** Where a contact receives this channel: a mainland mobile for SMS (landlines take no SMS), an e-mail address for EMAIL. */
export function addressOf(contact: Contact, channel: Channel): string | undefined {
  if (channel === 'SMS') return contact.mobile && isChineseMobile(contact.mobile) ? contact.mobile : undefined;
  return contact.email && isEmail(contact.email) ? contact.email : undefined;
}

/** Opt-outs are kept in the same form as contact data, so a typed "+86 139-…" matches a stored 139…. */
export function normalizeAddress(channel: Channel, raw: string): string | undefined {
  if (channel === 'SMS') {
    const phone = normalizePhone(raw);
    return isChineseMobile(phone) ? phone : undefined;
  }
  const email = normalizeEmail(raw);
  return isEmail(email) ? email : undefined;
}

/** Campaign screens show addresses masked: senders see who, not the number (VIP and pool rules stay intact). */
export function displayAddress(channel: Channel, address: string): string {
  return channel === 'SMS' ? maskPhone(address) : maskEmail(address);
}

/** A token bucket: `burst` tokens at most, refilled at `ratePerSecond`; one message takes one token. */
export interface BucketState {
  tokens: number;
  atMs: number;
}

export function takeToken(state: BucketState | undefined, nowMs: number, ratePerSecond: number, burst = ratePerSecond): { next: BucketState; waitMs: number } {
  const current = state ?? { tokens: burst, atMs: nowMs };
  const tokens = Math.min(burst, current.tokens + (Math.max(0, nowMs - current.atMs) / 1000) * ratePerSecond);
  if (tokens >= 1) return { next: { tokens: tokens - 1, atMs: nowMs }, waitMs: 0 };
  return { next: { tokens, atMs: nowMs }, waitMs: Math.ceil(((1 - tokens) / ratePerSecond) * 1000) };
}

/** SNS errors that a later batch may get past (throttling, service trouble): the claim is given back, not failed. */
export function isTransientSendError(error: unknown): boolean {
  const name = (error as { name?: string }).name ?? '';
  return /Throttl|InternalError|ServiceUnavailable|KMSThrottling|TooManyRequests/i.test(name);
}
