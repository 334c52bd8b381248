import type { Context } from 'aws-lambda';
import type { Runtime } from '../api/runtime';
import type { Customer } from '../domain/customers/customer.types';
import { processDueCustomer, type DueOutcome, type ExpiryDeps } from '../domain/protection/reclaim.service';
import type { User } from '../domain/users/user.types';
import { protectionQueueOf, QUEUE_GRADES } from '../store/customer-item';
import { DAY_MS } from '../domain/shared/clock';
import { fromItem } from '../store/item-codec';
import type { PageKey } from '../store/cursor';
import { sweepNow, type SweepEvent } from './sweep-event';

export interface ExpirySweepResult {
  reclaimed: number;
  warned: number;
  skipped: number;
  failed: number;
  /** False when the sweep stopped for time and left work for the next run. */
  exhausted: boolean;
}

export interface ExpirySweepOptions {
  pageSize?: number;
  concurrency?: number;
  /** Stop taking new pages when less than this is left of the Lambda's time. */
  safetyMarginMs?: number;
  /** Used when not running in Lambda (local timer, bench). */
  timeBudgetMs?: number;
}

const KIND = 'PROTECT';
/** On the very first run, look this far back for buckets (later runs start at the watermark). */
const FIRST_RUN_LOOKBACK_DAYS = 60;

const dayOf = (ms: number) => new Date(ms).toISOString().slice(0, 10);

function daysFrom(startDay: string, endDay: string): string[] {
  const days: string[] = [];
  for (let t = Date.parse(`${startDay}T00:00:00Z`); dayOf(t) <= endDay; t += DAY_MS) days.push(dayOf(t));
  return days;
}

/**
 * The protection expiry sweep (every 5 minutes): reclaims customers whose deadline passed and sends
 * the pre-expiry warnings. Safe to overlap and to retry: every action is a conditional write.
 */
export function createExpirySweep(runtime: Runtime, options: ExpirySweepOptions = {}) {
  const pageSize = options.pageSize ?? 100;
  const concurrency = options.concurrency ?? 8;
  return async (event: SweepEvent, lambda?: Pick<Context, 'getRemainingTimeInMillis'>): Promise<ExpirySweepResult> => {
    const started = Date.now();
    const timeLeft = () => (lambda ? lambda.getRemainingTimeInMillis() : (options.timeBudgetMs ?? 240_000) - (Date.now() - started));
    const outOfTime = () => timeLeft() < (options.safetyMarginMs ?? 20_000);
    const now = sweepNow(event, runtime.clock.now());
    const nowIso = now.toISOString();
    const { repos } = runtime;
    const settings = await repos.settings.get();
    const pools = await repos.pools.list(settings, nowIso);
    const deps: ExpiryDeps = { repos, settings, pools: new Map(pools.map((p) => [p.id, p])), managersOf: managerFinder(runtime) };
    const queues = pools.flatMap((pool) => QUEUE_GRADES.map((grade) => protectionQueueOf(pool.id, grade)));
    const result: ExpirySweepResult = { reclaimed: 0, warned: 0, skipped: 0, failed: 0, exhausted: true };
    const today = dayOf(now.getTime());
    const start = (await repos.dueQueue.watermark(KIND)) ?? dayOf(now.getTime() - FIRST_RUN_LOOKBACK_DAYS * DAY_MS);

    for (const day of daysFrom(start, today)) {
      let failedInDay = 0;
      for (const queue of queues) {
        let startKey: PageKey | undefined;
        do {
          if (outOfTime()) return { ...result, exhausted: false };
          const page = await repos.dueQueue.page(queue, day, nowIso, pageSize, startKey);
          const outcomes = await mapLimited(page.items, concurrency, (item) => processDueCustomer(deps, fromItem<Customer>(item), now));
          for (const outcome of outcomes) tally(result, outcome);
          failedInDay += outcomes.filter((o) => o === 'FAILED').length;
          startKey = page.nextKey;
        } while (startKey);
      }
      // A past day with nothing left (and nothing failed) never needs reading again.
      if (day < today && failedInDay === 0) await repos.dueQueue.advanceWatermark(KIND, dayOf(Date.parse(`${day}T00:00:00Z`) + DAY_MS));
    }
    return result;
  };
}

/** The nearest active managers above a department (walking up the path), cached for one run. */
function managerFinder(runtime: Runtime) {
  const cache = new Map<string, Promise<User[]>>();
  const find = async (path: string): Promise<User[]> => {
    const segments = path.split('/').filter(Boolean);
    for (let depth = segments.length; depth > 0; depth--) {
      const ancestor = `/${segments.slice(0, depth).join('/')}/`;
      const users = await runtime.repos.users.listByPath(ancestor);
      const managers = users.filter((u) => u.role === 'MANAGER' && u.active && u.departmentPath === ancestor);
      if (managers.length) return managers;
    }
    return [];
  };
  return (path: string) => {
    if (!cache.has(path)) cache.set(path, find(path));
    return cache.get(path)!;
  };
}

function tally(result: ExpirySweepResult, outcome: DueOutcome | 'FAILED'): void {
  if (outcome === 'RECLAIMED') result.reclaimed++;
  else if (outcome === 'WARNED') result.warned++;
  else if (outcome === 'SKIPPED') result.skipped++;
  else result.failed++;
}

/** Runs `work` over items with at most `limit` in flight; one item's failure does not stop the others. */
async function mapLimited<T>(items: T[], limit: number, work: (item: T) => Promise<DueOutcome>): Promise<(DueOutcome | 'FAILED')[]> {
  const outcomes: (DueOutcome | 'FAILED')[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      try {
        outcomes[index] = await work(items[index]!);
      } catch (error) {
        console.error(JSON.stringify({ message: 'expiry sweep item failed', error: String(error) }));
        outcomes[index] = 'FAILED';
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return outcomes;
}
