import { BUYING_STATUSES, GRADES, LIFECYCLE_STAGES, type BuyingStatus, type LifecycleStage } from '../customers/customer.types';
import { isPersonRow, sumCounter, type AggregateRow } from './aggregate.types';
import { paretoOf, type ParetoView, type RevenueHistogram } from './pareto.rules';

export interface BuyingStatusReport {
  total: number;
  counts: { status: BuyingStatus; count: number }[];
  transitions: { from: BuyingStatus; to: BuyingStatus; count: number }[];
}

/** 五级分类 now (snapshot rows of the scope's owners) and the moves between levels in the period (event rows). */
export function buildBuyingStatusReport(snapshot: readonly AggregateRow[], events: readonly AggregateRow[]): BuyingStatusReport {
  const owned = snapshot.filter(isPersonRow);
  const transitions = new Map<string, number>();
  for (const row of events) {
    for (const [name, value] of Object.entries(row.counters)) {
      if (name.startsWith('T:') && value !== 0) transitions.set(name.slice(2), (transitions.get(name.slice(2)) ?? 0) + value);
    }
  }
  const order = (s: string) => BUYING_STATUSES.indexOf(s as BuyingStatus);
  return {
    total: sumCounter(owned, 'n'),
    counts: BUYING_STATUSES.map((status) => ({ status, count: sumCounter(owned, `B:${status}`) })),
    transitions: [...transitions.entries()]
      .filter(([, count]) => count > 0)
      .map(([key, count]) => {
        const [from, to] = key.split('>') as [BuyingStatus, BuyingStatus];
        return { from, to, count };
      })
      .sort((a, b) => order(a.from) - order(b.from) || order(a.to) - order(b.to)),
  };
}

export interface LifecycleReport {
  total: number;
  hot: number;
  counts: { stage: LifecycleStage; count: number }[];
  poolSize: number;
  pools: { poolId: string; count: number }[];
  newCustomers: number;
  claims: number;
  releases: number;
  reclaims: number;
  transfersIn: number;
  transfersOut: number;
}

export function buildLifecycleReport(snapshot: readonly AggregateRow[], poolRows: readonly AggregateRow[], events: readonly AggregateRow[]): LifecycleReport {
  const owned = snapshot.filter(isPersonRow);
  const pools = poolRows
    .map((r) => ({ poolId: r.ownerId.replace(/^POOL:/, ''), count: r.counters.n ?? 0 }))
    .filter((p) => p.count > 0)
    .sort((a, b) => a.poolId.localeCompare(b.poolId));
  return {
    total: sumCounter(owned, 'n'),
    hot: sumCounter(owned, 'hot'),
    counts: LIFECYCLE_STAGES.map((stage) => ({ stage, count: sumCounter(owned, `L:${stage}`) })),
    poolSize: pools.reduce((sum, p) => sum + p.count, 0),
    pools,
    newCustomers: sumCounter(events, 'new'),
    claims: sumCounter(events, 'claim'),
    releases: sumCounter(events, 'release'),
    reclaims: sumCounter(events, 'reclaim'),
    transfersIn: sumCounter(events, 'transferIn'),
    transfersOut: sumCounter(events, 'transferOut'),
  };
}

export type GradeKey = (typeof GRADES)[number] | 'NONE';

export interface ValueGradeReport {
  currency: string;
  total: number;
  grades: { grade: GradeKey; count: number; share: number | null }[];
  pareto: ParetoView;
}

const share = (part: number, whole: number) => (whole > 0 ? Math.round((part / whole) * 10_000) / 10_000 : null);

/** Grade distribution now, and the Pareto view of contracted revenue per customer (REV histogram rows). */
export function buildValueGradeReport(snapshot: readonly AggregateRow[], revenueRows: readonly AggregateRow[], currency: string): ValueGradeReport {
  const owned = snapshot.filter(isPersonRow);
  const total = sumCounter(owned, 'n');
  const histogram: RevenueHistogram = { customers: 0, total: 0, buckets: new Map() };
  const countPrefix = `h:${currency}:`;
  for (const row of revenueRows) {
    histogram.customers += row.counters[`n:${currency}`] ?? 0;
    histogram.total += row.counters[`s:${currency}`] ?? 0;
    for (const [name, value] of Object.entries(row.counters)) {
      if (!name.startsWith(countPrefix)) continue;
      const bucket = name.slice(countPrefix.length);
      const entry = histogram.buckets.get(bucket) ?? { count: 0, sum: 0 };
      entry.count += value;
      entry.sum += row.counters[`hs:${currency}:${bucket}`] ?? 0;
      histogram.buckets.set(bucket, entry);
    }
  }
  const keys: GradeKey[] = [...GRADES, 'NONE'];
  return {
    currency,
    total,
    grades: keys.map((grade) => {
      const count = sumCounter(owned, `G:${grade}`);
      return { grade, count, share: share(count, total) };
    }),
    pareto: paretoOf(histogram),
  };
}
