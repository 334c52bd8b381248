/**
 * Calendar arithmetic of the reports, on plain `yyyy-mm-dd` dates of the company's time zone.
 * Aggregates are bucketed by day (`D2026-03-02`), month (`M2026-03`) and, for due dates, year (`Y2026`),
 * so a period is read as a few whole years/months plus its ragged edges in days.
 */
const FORMATS = new Map<string, Intl.DateTimeFormat>();

export function localDay(at: string | Date, timeZone: string): string {
  let format = FORMATS.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    FORMATS.set(timeZone, format);
  }
  return format.format(new Date(at));
}

const DAY_MS = 86_400_000;
const toMs = (date: string) => Date.parse(`${date}T00:00:00Z`);
const fromMs = (ms: number) => new Date(ms).toISOString().slice(0, 10);

export function addDays(date: string, days: number): string {
  return fromMs(toMs(date) + days * DAY_MS);
}

/** Inclusive count of days from `from` to `to`. */
export function daysInclusive(from: string, to: string): number {
  return Math.round((toMs(to) - toMs(from)) / DAY_MS) + 1;
}

export function lastDayOfMonth(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return fromMs(Date.UTC(y, m, 0));
}

/** Monday of the ISO week containing the date. */
export function weekStart(date: string): string {
  const weekday = (new Date(toMs(date)).getUTCDay() + 6) % 7;
  return addDays(date, -weekday);
}

export type BucketKind = 'D' | 'M' | 'Y';

/** A run of consecutive buckets of one kind, e.g. D2026-03-05 … D2026-03-31. */
export interface BucketRun {
  kind: BucketKind;
  buckets: string[];
}

export const dayBucket = (date: string) => `D${date}`;
export const monthBucket = (date: string) => `M${date.slice(0, 7)}`;
export const yearBucket = (date: string) => `Y${date.slice(0, 4)}`;
export const SNAPSHOT_BUCKET = 'ALL';

/** The first day a bucket covers. */
export function bucketStart(bucket: string): string {
  const body = bucket.slice(1);
  if (bucket.startsWith('Y')) return `${body}-01-01`;
  if (bucket.startsWith('M')) return `${body}-01`;
  return body;
}

/**
 * The fewest buckets that cover [from, to] exactly: whole years (when allowed) and whole months,
 * days for the ragged edges. `days` forces day buckets throughout (daily and weekly breakdowns).
 */
export function coveringBuckets(from: string, to: string, grain: 'days' | 'months' | 'years'): BucketRun[] {
  const runs: BucketRun[] = [];
  const push = (kind: BucketKind, bucket: string) => {
    const last = runs[runs.length - 1];
    if (last && last.kind === kind) last.buckets.push(bucket);
    else runs.push({ kind, buckets: [bucket] });
  };
  let day = from;
  while (day <= to) {
    const yearEnd = `${day.slice(0, 4)}-12-31`;
    const monthEnd = lastDayOfMonth(day.slice(0, 7));
    if (grain === 'years' && day.endsWith('-01-01') && yearEnd <= to) {
      push('Y', yearBucket(day));
      day = addDays(yearEnd, 1);
    } else if (grain !== 'days' && day.endsWith('-01') && monthEnd <= to) {
      push('M', monthBucket(day));
      day = addDays(monthEnd, 1);
    } else {
      push('D', dayBucket(day));
      day = addDays(day, 1);
    }
  }
  return runs;
}
