import { isPersonRow, RECEIVABLE_YEARS_BUCKET, type AggregateRow } from './aggregate.types';
import { addDays, monthBucket, yearBucket } from './calendar';

export interface AgingAmounts {
  notDue: number;
  days1To30: number;
  days31To60: number;
  days61To90: number;
  daysOver90: number;
  total: number;
}

/** The dates where the aging buckets split: amounts due before each (asOf−90, −60, −30, asOf). */
export function agingBoundaries(asOf: string): string[] {
  return [addDays(asOf, -90), addDays(asOf, -60), addDays(asOf, -30), asOf];
}

/** The aggregate rows the aging needs: the years row, the month rows of the boundaries' years, the day rows of their months. */
export function agingBuckets(asOf: string): string[] {
  const dates = agingBoundaries(asOf);
  return [RECEIVABLE_YEARS_BUCKET, ...new Set(dates.map(yearBucket)), ...new Set(dates.map(monthBucket))];
}

/** Σ due strictly before `date` for one owner: whole years, then months of its year, then days of its month. */
function dueBefore(rows: Map<string, AggregateRow>, date: string, currency: string): number {
  const [y, m, d] = [date.slice(0, 4), date.slice(5, 7), date.slice(8, 10)];
  let sum = 0;
  const columns = (bucket: string, prefix: string, below: string) => {
    for (const [name, value] of Object.entries(rows.get(bucket)?.counters ?? {})) {
      if (name.startsWith(prefix) && name.slice(prefix.length) < below) sum += value;
    }
  };
  columns(RECEIVABLE_YEARS_BUCKET, `Y:${currency}:`, y);
  columns(yearBucket(date), `M:${currency}:`, m);
  columns(monthBucket(date), `D:${currency}:`, d);
  return sum;
}

function totalOf(rows: Map<string, AggregateRow>, currency: string): number {
  const prefix = `Y:${currency}:`;
  return Object.entries(rows.get(RECEIVABLE_YEARS_BUCKET)?.counters ?? {}).reduce((sum, [name, value]) => (name.startsWith(prefix) ? sum + value : sum), 0);
}

function agingOf(rows: Map<string, AggregateRow>, asOf: string, currency: string): AgingAmounts {
  const [p90, p60, p30, p0] = agingBoundaries(asOf).map((date) => dueBefore(rows, date, currency)) as [number, number, number, number];
  const total = totalOf(rows, currency);
  return { notDue: total - p0, days1To30: p0 - p30, days31To60: p30 - p60, days61To90: p60 - p90, daysOver90: p90, total };
}

export interface AgingReport {
  asOf: string;
  currency: string;
  totals: AgingAmounts;
  reps: RepAging[];
}

export interface RepAging {
  userId: string;
  amounts: AgingAmounts;
}

const plus = (a: AgingAmounts, b: AgingAmounts): AgingAmounts => ({
  notDue: a.notDue + b.notDue,
  days1To30: a.days1To30 + b.days1To30,
  days31To60: a.days31To60 + b.days31To60,
  days61To90: a.days61To90 + b.days61To90,
  daysOver90: a.daysOver90 + b.daysOver90,
  total: a.total + b.total,
});

export const ZERO_AGING: AgingAmounts = { notDue: 0, days1To30: 0, days31To60: 0, days61To90: 0, daysOver90: 0, total: 0 };

/** Open instalments by days past due as of a date, per owner and in total, from at most 7 rows per owner. */
export function buildAgingReport(rows: readonly AggregateRow[], asOf: string, currency: string): AgingReport {
  const byOwner = new Map<string, Map<string, AggregateRow>>();
  for (const row of rows.filter(isPersonRow)) {
    const owned = byOwner.get(row.ownerId) ?? new Map<string, AggregateRow>();
    const existing = owned.get(row.bucket);
    // A rep who moved departments has rows under two paths: add them up.
    if (existing) {
      const counters = { ...existing.counters };
      for (const [name, value] of Object.entries(row.counters)) counters[name] = (counters[name] ?? 0) + value;
      owned.set(row.bucket, { ...existing, counters });
    } else owned.set(row.bucket, row);
    byOwner.set(row.ownerId, owned);
  }
  const reps = [...byOwner.entries()]
    .map(([userId, owned]) => ({ userId, amounts: agingOf(owned, asOf, currency) }))
    .filter((r) => r.amounts.total !== 0)
    .sort((a, b) => b.amounts.total - a.amounts.total || a.userId.localeCompare(b.userId));
  return { asOf, currency, totals: reps.reduce((sum, r) => plus(sum, r.amounts), ZERO_AGING), reps };
}
