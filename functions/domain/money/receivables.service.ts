import { salesScopeFor } from '../pipeline/sales-scope';
import type { ServiceContext } from '../shared/service-context';
import { localDate } from './local-time';
import type { Fen } from './money';
import type { CustomerReceivable } from './money.types';
import { AGING_BUCKETS, agingBucket, type AgingBucket } from './payment-plan.rules';
import type { ReceivablesFilter } from './payment.schemas';

export type AgingAmounts = Record<AgingBucket, Fen> & { total: Fen };

export interface CustomerAging {
  customerId: string;
  customerName: string;
  ownerId: string;
  amounts: AgingAmounts;
}

export interface ReceivablesAging {
  asOf: string;
  currency: string;
  totals: AgingAmounts;
  customers: CustomerAging[];
}

const emptyAmounts = (): AgingAmounts => ({ ...(Object.fromEntries(AGING_BUCKETS.map((b) => [b, 0])) as Record<AgingBucket, Fen>), total: 0 });

/** Receivables (应收款) per customer: running totals kept at signing and at each payment, never summed from orders. */
export async function customerReceivables(ctx: ServiceContext, filter: ReceivablesFilter): Promise<CustomerReceivable[]> {
  const scope = await salesScopeFor(ctx, filter, { financeSeesAll: true });
  const rows = await ctx.repos.money.receivables(scope);
  return rows.filter((r) => r.currency === filter.currency && r.outstanding !== 0).sort((a, b) => b.outstanding - a.outstanding);
}

/**
 * Aging of what is still owed: every open instalment in scope by days past due on the company's
 * calendar (not yet due, 0–30, 31–60, 61–90, over 90), per customer and in total. Settled
 * instalments are no longer in the index, so the reads follow the open balance.
 */
export async function receivablesAging(ctx: ServiceContext, filter: ReceivablesFilter): Promise<ReceivablesAging> {
  const scope = await salesScopeFor(ctx, filter, { financeSeesAll: true });
  const plans = await ctx.repos.money.openPlans(scope);
  const today = localDate(ctx.clock.now(), ctx.settings.timeZone);
  const totals = emptyAmounts();
  const byCustomer = new Map<string, CustomerAging>();
  for (const plan of plans) {
    if (plan.currency !== filter.currency || plan.status !== 'OPEN') continue;
    const bucket = agingBucket(plan.dueDate, today);
    const row = byCustomer.get(plan.customerId) ?? { customerId: plan.customerId, customerName: plan.customerName, ownerId: plan.ownerId, amounts: emptyAmounts() };
    row.amounts[bucket] += plan.remaining;
    row.amounts.total += plan.remaining;
    totals[bucket] += plan.remaining;
    totals.total += plan.remaining;
    byCustomer.set(plan.customerId, row);
  }
  return { asOf: today, currency: filter.currency, totals, customers: [...byCustomer.values()].sort((a, b) => b.amounts.total - a.amounts.total) };
}
