import { createCustomer, DEFAULT_POOL_ID } from '../customers/customer.service';
import type { CreateCustomerInput } from '../customers/customer.schemas';
import type { Customer } from '../customers/customer.types';
import { CrmError } from '../shared/errors';
import type { ServiceContext } from '../shared/service-context';
import { IMPORT_ERRORS } from './import.errors';

/**
 * An imported customer nobody owns goes straight into the public pool (公海): createCustomer's
 * own transaction (unique name, search grams, contacts, CREATE history) with a pool placement, so
 * no protection clock and no owner counters. Admins only: it bypasses the claim rules.
 */
export async function createPoolCustomer(ctx: ServiceContext, input: CreateCustomerInput): Promise<Customer> {
  if (ctx.actor.role !== 'ADMIN') throw new CrmError(IMPORT_ERRORS.adminOnly, { action: '批量导入客户到公海' });
  return createCustomer(ctx, input, { kind: 'POOL', poolId: DEFAULT_POOL_ID, reason: '批量导入（无归属人，进入公海）' });
}
