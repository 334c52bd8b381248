import type { PageKey } from '../../store/cursor';
import { COMMON_ERRORS, CrmError } from '../shared/errors';
import type { ServiceContext } from '../shared/service-context';
import { DAY_MS } from '../shared/clock';
import { AUDIT_ERRORS } from './audit.errors';
import type { AuditEntry } from './audit.types';

export const MAX_AUDIT_RANGE_DAYS = 366;

/** Where a page of the audit log resumes: a month partition and, inside it, DynamoDB's key. */
export interface AuditPosition {
  month: string;
  key?: PageKey;
}

/** Months from `to` back to `from`, newest first (`2026-03`, `2026-02`, …). */
export function monthsBetween(from: string, to: string): string[] {
  const months: string[] = [];
  const start = new Date(`${from.slice(0, 7)}-01T00:00:00Z`);
  for (let d = new Date(`${to.slice(0, 7)}-01T00:00:00Z`); d >= start; d.setUTCMonth(d.getUTCMonth() - 1)) months.push(d.toISOString().slice(0, 7));
  return months;
}

/**
 * Admins read the audit log of a time range, newest first. Each month is one partition: a page is
 * one Query, or a few when it crosses into earlier months.
 */
export async function auditLogPage(
  ctx: ServiceContext,
  range: { from: string; to: string },
  limit: number,
  after?: AuditPosition,
): Promise<{ items: AuditEntry[]; next?: AuditPosition }> {
  if (ctx.actor.role !== 'ADMIN') throw new CrmError(COMMON_ERRORS.forbidden, { action: '查看审计日志' });
  if (range.to < range.from) throw new CrmError(AUDIT_ERRORS.rangeBackwards);
  if (Date.parse(range.to) - Date.parse(range.from) > MAX_AUDIT_RANGE_DAYS * DAY_MS) throw new CrmError(AUDIT_ERRORS.rangeTooLong, { days: MAX_AUDIT_RANGE_DAYS });
  const months = monthsBetween(range.from, range.to);
  const startAt = after ? months.indexOf(after.month) : 0;
  if (startAt < 0) throw new CrmError(COMMON_ERRORS.invalidCursor);
  const items: AuditEntry[] = [];
  for (let m = startAt; m < months.length; m++) {
    const month = months[m]!;
    const page = await ctx.repos.audit.page(month, range.from, range.to, limit - items.length, m === startAt ? after?.key : undefined);
    items.push(...page.items);
    if (page.nextKey) return { items, next: { month, key: page.nextKey } };
    if (items.length >= limit) return { items, next: months[m + 1] ? { month: months[m + 1]! } : undefined };
  }
  return { items };
}
