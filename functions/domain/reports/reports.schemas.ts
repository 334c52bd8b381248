import { CrmError } from '../shared/errors';
import { daysInclusive } from './calendar';
import { REPORT_ERRORS } from './reports.errors';

export interface ReportPeriod {
  from: string;
  to: string;
}

/** Longest period of any report, and of the reports broken down by day or week. */
export const MAX_PERIOD_DAYS = 366;
export const MAX_DAILY_PERIOD_DAYS = 92;

function realDate(date: string): string {
  const parsed = /^\d{4}-\d{2}-\d{2}$/.test(date) ? new Date(`${date}T00:00:00Z`) : undefined;
  if (!parsed || Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== date) throw new CrmError(REPORT_ERRORS.badDate, { date });
  return date;
}

/** A period of company-calendar dates, checked: real dates, not reversed, not longer than allowed. */
export function checkPeriod(period: ReportPeriod, maxDays = MAX_PERIOD_DAYS, hint = ''): ReportPeriod {
  const from = realDate(period.from);
  const to = realDate(period.to);
  if (from > to) throw new CrmError(REPORT_ERRORS.periodReversed, { from, to });
  const days = daysInclusive(from, to);
  if (days > maxDays) throw new CrmError(REPORT_ERRORS.periodTooLong, { days, max: maxDays, hint });
  return { from, to };
}

/** Picks names out of a closed list, refusing unknown ones with the list of allowed names. */
export function checkMetrics<const T extends string>(requested: readonly string[] | undefined | null, allowed: readonly T[]): T[] {
  if (!requested || requested.length === 0) return [...allowed];
  for (const metric of requested) {
    if (!(allowed as readonly string[]).includes(metric)) throw new CrmError(REPORT_ERRORS.unknownMetric, { metric, allowed: allowed.join(', ') });
  }
  return [...new Set(requested)] as T[];
}
