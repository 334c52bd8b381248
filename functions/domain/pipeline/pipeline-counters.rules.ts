import { localMonth } from '../money/local-time';
import type { Opportunity } from './opportunity.types';

/**
 * The funnel and the forecast are read from counters, never from the opportunities themselves:
 * every change to a deal yields the counter increments it causes, written in the same transaction.
 *
 * FUNNEL counters: per owner, currency and bucket (a stage id, WON or LOST): count, amount, and for
 * stages also `reached` (deals that ever got this far), `exits` and `dwellMs` (time spent before leaving).
 * FORECAST counters: per owner, currency, month and bucket (open stages by expected close month; WON by
 * the month it was won): count and amount; weights are applied at read time, so re-weighted stages
 * never leave stale numbers behind.
 */
export type CounterField = 'count' | 'amount' | 'reached' | 'exits' | 'dwellMs';

export interface CounterDelta {
  family: 'FUNNEL' | 'FORECAST';
  ownerId: string;
  ownerDeptPath: string;
  currency: string;
  bucket: string;
  month?: string;
  add: Partial<Record<CounterField, number>>;
}

type Side = Pick<Opportunity, 'ownerId' | 'ownerDeptPath' | 'currency' | 'status' | 'stageId' | 'expectedAmount' | 'expectedCloseDate' | 'closedAt'>;

function funnelBucket(o: Side): string {
  return o.status === 'OPEN' ? o.stageId : o.status;
}

function forecastPlace(o: Side, timeZone: string): { month: string; bucket: string } | undefined {
  if (o.status === 'OPEN') return { month: o.expectedCloseDate.slice(0, 7), bucket: o.stageId };
  if (o.status === 'WON' && o.closedAt) return { month: localMonth(o.closedAt, timeZone), bucket: 'WON' };
  return undefined;
}

class DeltaSet {
  private readonly byKey = new Map<string, CounterDelta>();

  add(base: Omit<CounterDelta, 'add'>, field: CounterField, value: number): void {
    if (value === 0) return;
    const key = [base.family, base.ownerId, base.currency, base.month ?? '', base.bucket].join('|');
    const delta = this.byKey.get(key) ?? { ...base, add: {} };
    delta.add[field] = (delta.add[field] ?? 0) + value;
    // The latest department path wins, so counters follow a rep who moved.
    delta.ownerDeptPath = base.ownerDeptPath;
    this.byKey.set(key, delta);
  }

  list(): CounterDelta[] {
    return [...this.byKey.values()]
      .map((d) => ({ ...d, add: Object.fromEntries(Object.entries(d.add).filter(([, v]) => v !== 0)) }))
      .filter((d) => Object.keys(d.add).length > 0);
  }
}

function contribute(set: DeltaSet, o: Side, sign: 1 | -1, timeZone: string): void {
  const owner = { ownerId: o.ownerId, ownerDeptPath: o.ownerDeptPath, currency: o.currency };
  const funnel = { family: 'FUNNEL' as const, ...owner, bucket: funnelBucket(o) };
  set.add(funnel, 'count', sign);
  set.add(funnel, 'amount', sign * o.expectedAmount);
  const place = forecastPlace(o, timeZone);
  if (place) {
    const forecast = { family: 'FORECAST' as const, ...owner, ...place };
    set.add(forecast, 'count', sign);
    set.add(forecast, 'amount', sign * o.expectedAmount);
  }
}

export interface OpportunityChange {
  before?: Opportunity;
  after?: Opportunity;
}

/**
 * Counter increments that turn the counters of each `before` into those of its `after` (either may be
 * absent), merged so each counter item is written once per transaction.
 */
export function opportunityCounterDeltas(changes: readonly OpportunityChange[], timeZone: string): CounterDelta[] {
  const set = new DeltaSet();
  for (const { before, after } of changes) {
    if (before) contribute(set, before, -1, timeZone);
    if (after) contribute(set, after, 1, timeZone);
    if (after) {
      const already = new Set(before?.reachedStageIds ?? []);
      for (const stageId of after.reachedStageIds) {
        if (!already.has(stageId)) set.add({ family: 'FUNNEL', ownerId: after.ownerId, ownerDeptPath: after.ownerDeptPath, currency: after.currency, bucket: stageId }, 'reached', 1);
      }
    }
    if (before && after && before.status === 'OPEN' && (after.status !== 'OPEN' || after.stageId !== before.stageId)) {
      const stayPath = before.ownerId === after.ownerId ? after.ownerDeptPath : before.ownerDeptPath;
      const stay = { family: 'FUNNEL' as const, ownerId: before.ownerId, ownerDeptPath: stayPath, currency: before.currency, bucket: before.stageId };
      set.add(stay, 'exits', 1);
      set.add(stay, 'dwellMs', Math.max(0, Date.parse(after.updatedAt) - Date.parse(before.stageEnteredAt)));
    }
  }
  return set.list();
}
