import { buyingStatusWrites, getEditableCustomerOrThrow } from '../customers/customer.service';
import type { Customer } from '../customers/customer.types';
import type { ServiceContext } from '../shared/service-context';
import { signedContract } from './lifecycle.rules';

/**
 * Rule 5 by hand: marks a customer FORMAL (signed). The order module calls `signedContract` inside
 * its signing transaction; this mutation exists for contracts signed outside the system.
 */
export async function markCustomerFormal(ctx: ServiceContext, customerId: string): Promise<Customer> {
  const current = await getEditableCustomerOrThrow(ctx, customerId);
  const next = signedContract(current, ctx.clock.now().toISOString(), ctx.settings);
  await ctx.repos.commit([ctx.repos.customers.putIfVersion(next, current.version), ...buyingStatusWrites(ctx, current, next)]);
  return next;
}
