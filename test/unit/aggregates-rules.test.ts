import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FAMILY, type AggregateRow } from '../../functions/domain/reports/aggregate.types';
import { addDays, bucketStart, coveringBuckets, daysInclusive, lastDayOfMonth, weekStart } from '../../functions/domain/reports/calendar';
import { paretoOf, revenueBucket } from '../../functions/domain/reports/pareto.rules';
import { buildAgingReport } from '../../functions/domain/reports/receivables-aging.rules';
import { percentOf } from '../../functions/domain/targets/target.rules';
import { contributionsOf, transitionsOf, type ContributionEnv } from '../../functions/streams/aggregate-contributions';
import { deltasOf } from '../../functions/streams/aggregates.consumer';
import { mergeDeltas } from '../../functions/store/aggregate.repository';

const env: ContributionEnv = { timeZone: 'Asia/Shanghai', pathOf: (id) => `/root/${id}-dept/` };

describe('covering buckets', () => {
  const date = fc.integer({ min: 0, max: 3000 }).map((n) => addDays('2024-01-01', n));

  it('cover every day of the period exactly once, with whole months and years where they fit', () => {
    fc.assert(
      fc.property(date, fc.integer({ min: 0, max: 800 }), fc.constantFrom('days', 'months', 'years') as fc.Arbitrary<'days' | 'months' | 'years'>, (from, length, grain) => {
        const to = addDays(from, length);
        const covered: string[] = [];
        for (const run of coveringBuckets(from, to, grain)) {
          for (const bucket of run.buckets) {
            const start = bucketStart(bucket);
            const end = bucket.startsWith('Y') ? `${start.slice(0, 4)}-12-31` : bucket.startsWith('M') ? lastDayOfMonth(start.slice(0, 7)) : start;
            for (let d = start; d <= end; d = addDays(d, 1)) covered.push(d);
          }
        }
        expect(covered.length).toBe(daysInclusive(from, to));
        expect(new Set(covered).size).toBe(covered.length);
        expect(covered[0]).toBe(from);
        expect(covered.at(-1)).toBe(to);
        if (grain === 'days') expect(coveringBuckets(from, to, grain).every((r) => r.kind === 'D')).toBe(true);
      }),
    );
  });

  it('reads a quarter as three month buckets and a ragged period as days around months', () => {
    expect(coveringBuckets('2026-01-01', '2026-03-31', 'months')).toEqual([{ kind: 'M', buckets: ['M2026-01', 'M2026-02', 'M2026-03'] }]);
    expect(coveringBuckets('2026-01-30', '2026-03-01', 'months')).toEqual([
      { kind: 'D', buckets: ['D2026-01-30', 'D2026-01-31'] },
      { kind: 'M', buckets: ['M2026-02'] },
      { kind: 'D', buckets: ['D2026-03-01'] },
    ]);
    expect(weekStart('2026-03-08')).toBe('2026-03-02');
    expect(weekStart('2026-03-02')).toBe('2026-03-02');
  });
});

describe('Pareto', () => {
  it('bands revenue by its first two significant digits, in sortable keys', () => {
    expect(revenueBucket(5)).toBe('0150');
    expect(revenueBucket(1_234_567)).toBe('0712');
    expect(revenueBucket(1_299_999)).toBe('0712');
    expect(revenueBucket(1_300_000)).toBe('0713');
    expect(revenueBucket(10_000_000) > revenueBucket(9_999_999)).toBe(true);
  });

  it('is exact when the top fifth ends on a band edge and says so when it cuts a band', () => {
    const histogram = (entries: [number, number][]) => {
      const buckets = new Map<string, { count: number; sum: number }>();
      for (const [amount, count] of entries) {
        const b = buckets.get(revenueBucket(amount)) ?? { count: 0, sum: 0 };
        buckets.set(revenueBucket(amount), { count: b.count + count, sum: b.sum + amount * count });
      }
      return { customers: entries.reduce((s, [, c]) => s + c, 0), total: entries.reduce((s, [a, c]) => s + a * c, 0), buckets };
    };
    expect(paretoOf(histogram([[900_000, 2], [100_000, 8]]))).toEqual({
      customersWithRevenue: 10,
      topCustomers: 2,
      totalRevenue: 2_600_000,
      topRevenue: 1_800_000,
      topShare: 0.6923,
      approximate: false,
    });
    const cut = paretoOf(histogram([[100_000, 3], [105_000, 2]]));
    expect(cut).toMatchObject({ topCustomers: 1, topRevenue: 102_000, approximate: true });
    expect(paretoOf(histogram([]))).toMatchObject({ customersWithRevenue: 0, topCustomers: 0, topShare: null });
  });
});

describe('receivables aging from column rows', () => {
  it('splits open amounts at 30, 60 and 90 days past due using the years, months and days columns', () => {
    const plans = [
      { due: '2025-11-20', amount: 100 },
      { due: '2026-03-01', amount: 200 },
      { due: '2026-04-15', amount: 300 },
      { due: '2026-05-15', amount: 400 },
      { due: '2026-06-14', amount: 500 },
      { due: '2026-06-15', amount: 600 },
      { due: '2027-02-01', amount: 700 },
    ];
    const deltas = mergeDeltas(
      plans.flatMap((p, i) =>
        contributionsOf({ entity: 'PaymentPlan', ownerId: 'u1', ownerDeptPath: '/root/', currency: 'CNY', status: 'OPEN', remaining: p.amount, dueDate: p.due, planNo: i }, env),
      ),
    );
    const rows: AggregateRow[] = deltas.map((d) => ({ family: FAMILY.receivables, bucket: d.bucket, ownerId: d.ownerId, path: d.path, counters: d.add }));
    const report = buildAgingReport(rows, '2026-06-15', 'CNY');
    // As of 06-15: 06-15 and later not due; 06-14 is 1 day late; 05-15 31 days; 04-15 61 days; 03-01 and 2025 over 90.
    expect(report.totals).toEqual({ notDue: 1300, days1To30: 500, days31To60: 400, days61To90: 300, daysOver90: 300, total: 2800 });
    expect(buildAgingReport(rows, '2026-06-15', 'USD').totals.total).toBe(0);
  });
});

describe('contributions', () => {
  const customer = { PK: 'CUST#c1', SK: '#PROFILE', entity: 'Customer', id: 'c1', ownerId: 'u1', ownerDeptPath: '/root/east/', lifecycle: 'POTENTIAL', buyingStatus: 'PROSPECT', createdBy: 'u1', createdAt: '2026-03-01T17:00:00.000Z', updatedAt: '2026-03-01T17:00:00.000Z', hot: false };

  it('count a new customer on the creator’s local day (Shanghai), and move snapshot counts on change', () => {
    const created = deltasOf({ eventId: 'e1', newImage: customer }, env);
    expect(created.find((d) => d.family === 'CUSTEV' && d.bucket.startsWith('D'))).toMatchObject({ bucket: 'D2026-03-02', ownerId: 'u1', add: { new: 1 } });
    const claimedAway = { ...customer, ownerId: 'u2', ownerDeptPath: '/root/west/', lifecycle: 'INTENT' };
    const moved = mergeDeltas(deltasOf({ eventId: 'e2', oldImage: customer, newImage: claimedAway }, env));
    expect(moved).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ family: 'CUST', ownerId: 'u1', add: { n: -1, 'L:POTENTIAL': -1, 'B:PROSPECT': -1, 'G:NONE': -1 } }),
        expect.objectContaining({ family: 'CUST', ownerId: 'u2', add: { n: 1, 'L:INTENT': 1, 'B:PROSPECT': 1, 'G:NONE': 1 } }),
      ]),
    );
    expect(moved.filter((d) => d.family === 'CUSTEV')).toEqual([]);
  });

  it('count a 五级分类 transition once per change, for the owner after it', () => {
    const target = { ...customer, buyingStatus: 'TARGET', buyingStatusChangedAt: '2026-03-05T02:00:00.000Z' };
    expect(transitionsOf(customer, target, env).map((d) => [d.bucket, d.ownerId, d.add])).toEqual([
      ['D2026-03-05', 'u1', { 'T:PROSPECT>TARGET': 1 }],
      ['M2026-03', 'u1', { 'T:PROSPECT>TARGET': 1 }],
    ]);
    expect(transitionsOf(target, { ...target, hot: true }, env)).toEqual([]);
    expect(transitionsOf(undefined, target, env)).toEqual([]);
  });

  it('percent of target rounds half up to one decimal without floats on money', () => {
    expect(percentOf(1, 3)).toBe(33.3);
    expect(percentOf(2, 3)).toBe(66.7);
    expect(percentOf(1_000_000_000_001, 1_000_000_000_000)).toBe(100);
    expect(percentOf(5, 0)).toBeNull();
    expect(percentOf(5, null)).toBeNull();
  });
});
