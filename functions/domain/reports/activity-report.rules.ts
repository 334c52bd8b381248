import { isPersonRow, type AggregateRow } from './aggregate.types';
import { bucketStart, weekStart } from './calendar';

export const ACTIVITY_METRICS = ['FOLLOW_UPS', 'CALL', 'VISIT', 'EMAIL', 'ONLINE', 'OTHER', 'VALID', 'INVALID', 'NEW_CUSTOMERS'] as const;
export type ActivityMetric = (typeof ACTIVITY_METRICS)[number];
export type Granularity = 'DAY' | 'WEEK' | 'MONTH';

/** Which aggregate family and counter measure each KPI. */
const SOURCE: Record<ActivityMetric, { family: 'FU' | 'CUSTEV'; counter: string }> = {
  FOLLOW_UPS: { family: 'FU', counter: 'n' },
  CALL: { family: 'FU', counter: 'T:CALL' },
  VISIT: { family: 'FU', counter: 'T:VISIT' },
  EMAIL: { family: 'FU', counter: 'T:EMAIL' },
  ONLINE: { family: 'FU', counter: 'T:ONLINE' },
  OTHER: { family: 'FU', counter: 'T:OTHER' },
  VALID: { family: 'FU', counter: 'valid' },
  INVALID: { family: 'FU', counter: 'invalid' },
  NEW_CUSTOMERS: { family: 'CUSTEV', counter: 'new' },
};

export const needsFamily = (metrics: readonly ActivityMetric[], family: 'FU' | 'CUSTEV') => metrics.some((m) => SOURCE[m].family === family);

export interface MetricValue {
  metric: ActivityMetric;
  value: number;
}

export interface ActivityRow {
  userId: string;
  /** First day of the day, week (Monday) or month. */
  periodStart: string;
  values: MetricValue[];
}

export interface ActivityTotal {
  userId: string;
  values: MetricValue[];
}

export interface ActivityReport {
  granularity: Granularity;
  metrics: ActivityMetric[];
  /** Per rep and day/week/month, only where something happened. */
  rows: ActivityRow[];
  /** Per rep over the whole period (every rep of the scope, zeros included). */
  reps: ActivityTotal[];
  totals: MetricValue[];
}

function periodOf(bucket: string, granularity: Granularity): string {
  const start = bucketStart(bucket);
  if (granularity === 'MONTH') return `${start.slice(0, 7)}-01`;
  if (granularity === 'WEEK') return weekStart(start);
  return start;
}

export function buildActivityReport(input: {
  granularity: Granularity;
  metrics: readonly ActivityMetric[];
  followUps: readonly AggregateRow[];
  customerEvents: readonly AggregateRow[];
  repIds: readonly string[];
}): ActivityReport {
  const { granularity, metrics } = input;
  const cells = new Map<string, Map<ActivityMetric, number>>();
  const add = (rows: readonly AggregateRow[], family: 'FU' | 'CUSTEV') => {
    for (const row of rows.filter(isPersonRow)) {
      const key = `${row.ownerId}|${periodOf(row.bucket, granularity)}`;
      const cell = cells.get(key) ?? new Map<ActivityMetric, number>();
      for (const metric of metrics) {
        const source = SOURCE[metric];
        if (source.family === family) cell.set(metric, (cell.get(metric) ?? 0) + (row.counters[source.counter] ?? 0));
      }
      cells.set(key, cell);
    }
  };
  add(input.followUps, 'FU');
  add(input.customerEvents, 'CUSTEV');
  const valuesOf = (cell: Map<ActivityMetric, number> | undefined) => metrics.map((metric) => ({ metric, value: cell?.get(metric) ?? 0 }));
  const rows: ActivityRow[] = [...cells.entries()]
    .map(([key, cell]) => {
      const [userId, periodStart] = key.split('|') as [string, string];
      return { userId, periodStart, values: valuesOf(cell) };
    })
    .filter((r) => r.values.some((v) => v.value !== 0))
    .sort((a, b) => a.userId.localeCompare(b.userId) || a.periodStart.localeCompare(b.periodStart));
  const perRep = new Map<string, Map<ActivityMetric, number>>(input.repIds.map((id) => [id, new Map()]));
  for (const row of rows) {
    const total = perRep.get(row.userId) ?? new Map<ActivityMetric, number>();
    for (const v of row.values) total.set(v.metric, (total.get(v.metric) ?? 0) + v.value);
    perRep.set(row.userId, total);
  }
  const totals = new Map<ActivityMetric, number>();
  for (const row of rows) for (const v of row.values) totals.set(v.metric, (totals.get(v.metric) ?? 0) + v.value);
  return {
    granularity,
    metrics: [...metrics],
    rows,
    reps: [...perRep.entries()].map(([userId, cell]) => ({ userId, values: valuesOf(cell) })).sort((a, b) => a.userId.localeCompare(b.userId)),
    totals: valuesOf(totals),
  };
}
