import type { Runtime } from '../functions/api/runtime';
import type { Customer } from '../functions/domain/customers/customer.types';
import { recomputeProtection } from '../functions/domain/protection/protection.rules';
import { DAY_MS, HOUR_MS } from '../functions/domain/shared/clock';
import type { CompanySettings } from '../functions/domain/settings/settings.types';
import { batchPut, itemOf } from './batch-write';
import { bookkeepingItems, seededCustomer, type Org } from './seed';

/** Noon UTC, so every due deadline (up to 11 h earlier) falls in the sweep day's DUE bucket. */
export const SWEEP_AT = new Date('2026-04-15T12:00:00.000Z');

/**
 * Protected customers whose next check is after the sweep: created 1 minute to `spreadDays` days
 * less than 12 days before it, so the 3-day warning (deadline − 3 d, deadline = created + 15 d) is still ahead.
 */
function notDueCustomer(index: number, owner: Org['reps'][number], settings: CompanySettings, spreadDays: number): Customer {
  const ahead = 60_000 + ((index * 7919) % Math.floor(spreadDays * DAY_MS - 60_000));
  const created = new Date(SWEEP_AT.getTime() - (settings.followUpFreshnessDays - 3) * DAY_MS + ahead);
  return seededCustomer(index, owner, created, settings);
}

/** Past its deadline at sweep time with both warnings already sent: the sweep must reclaim it. */
function dueCustomer(index: number, owner: Org['reps'][number], settings: CompanySettings): Customer {
  const overdue = 60_000 + ((index * 7919) % (11 * HOUR_MS));
  const created = new Date(SWEEP_AT.getTime() - settings.followUpFreshnessDays * DAY_MS - overdue);
  const customer = seededCustomer(index, owner, created, settings);
  const p = customer.protection!;
  customer.protection = recomputeProtection(customer, { ...p, warnedDeadline: p.deadline, warnedDays: [...settings.warningDaysBefore] }, settings);
  return customer;
}

export interface SweepSeed {
  customers: Customer[];
}

/** Profile items only (the sweep reads nothing else), round-robin over the reps; counters kept consistent. */
export async function seedSweepCustomers(runtime: Runtime, org: Org, settings: CompanySettings, options: { from: number; count: number; due: boolean }): Promise<SweepSeed> {
  const customers: Customer[] = [];
  for (let i = options.from; i < options.from + options.count; i++) {
    const owner = org.reps[i % org.reps.length]!;
    customers.push(options.due ? dueCustomer(i, owner, settings) : notDueCustomer(i, owner, settings, 20));
  }
  await batchPut(runtime.repos.store, customers.map((c) => itemOf(runtime.repos.customers.putNew(c))));
  return { customers };
}

/** Counters for everything seeded so far, written once after all batches (the sweep decrements them). */
export async function seedSweepBookkeeping(runtime: Runtime, customers: readonly Customer[]): Promise<void> {
  const owned = new Map<string, number>();
  for (const c of customers) owned.set(c.ownerId!, (owned.get(c.ownerId!) ?? 0) + 1);
  await batchPut(runtime.repos.store, bookkeepingItems(owned, customers.length));
}
