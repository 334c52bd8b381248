import { getVisibleCustomerOrThrow, ownershipEvent } from '../customers/customer.service';
import type { Customer } from '../customers/customer.types';
import { recomputeProtection } from '../protection/protection.rules';
import { PROTECTION_ERRORS } from '../protection/protection.errors';
import { COMMON_ERRORS, CrmError } from '../shared/errors';
import type { ServiceContext } from '../shared/service-context';
import { canManageOwned } from '../users/access.rules';
import { poolRuleOverrides } from './pool.rules';
import { POOL_ERRORS } from './pool.errors';
import { DEFAULT_POOL_ID } from './pool.types';

/**
 * Locks (锁定): a locked customer is exempt from reclaim while locked. The owner (when reps may
 * lock) or a manager above locks; each owner has a lock cap, enforced in the same transaction.
 */
async function lockableOrThrow(ctx: ServiceContext, customerId: string): Promise<Customer & { ownerId: string }> {
  const customer = await getVisibleCustomerOrThrow(ctx, customerId);
  if (!customer.ownerId || !customer.protection) throw new CrmError(PROTECTION_ERRORS.noDeadline);
  if (!canManageOwned(ctx.actor, customer)) throw new CrmError(COMMON_ERRORS.forbidden, { action: '锁定该客户' });
  if (ctx.actor.role === 'REP' && !ctx.settings.repsMayLock) throw new CrmError(POOL_ERRORS.lockNotAllowed);
  return customer as Customer & { ownerId: string };
}

export async function lockCustomer(ctx: ServiceContext, customerId: string, reason: string): Promise<Customer> {
  const current = await lockableOrThrow(ctx, customerId);
  if (current.protection?.locked) throw new CrmError(POOL_ERRORS.alreadyLocked);
  const now = ctx.clock.now().toISOString();
  const protection = recomputeProtection(current, { ...current.protection!, locked: true }, ctx.settings);
  const next: Customer = { ...current, protection, updatedAt: now, version: current.version + 1 };
  await ctx.repos.commit([
    ctx.repos.customers.putIfVersion(next, current.version),
    ctx.repos.counters.change(current.ownerId, { locked: 1 }, { locked: ctx.settings.maxLockedCustomers }),
    ctx.repos.customers.putOwnershipEvent(ownershipEvent(ctx, { customerId, action: 'LOCK', toOwnerId: current.ownerId, reason })),
  ]);
  return next;
}

/** Unlocking restarts the clocks under today's pool rules. */
export async function unlockCustomer(ctx: ServiceContext, customerId: string, reason: string): Promise<Customer> {
  const current = await lockableOrThrow(ctx, customerId);
  if (!current.protection?.locked) throw new CrmError(POOL_ERRORS.notLocked);
  const now = ctx.clock.now().toISOString();
  const pool = await ctx.repos.pools.get(current.poolId ?? DEFAULT_POOL_ID, ctx.settings, now);
  const poolRules = pool ? poolRuleOverrides(pool.reclaimRules, current.valueGrade) : undefined;
  const { locked: _locked, ...unlocked } = current.protection;
  const protection = recomputeProtection(current, { ...unlocked, poolRules, ownedSince: now, warnedDays: [] }, ctx.settings);
  const next: Customer = { ...current, protection, updatedAt: now, version: current.version + 1 };
  await ctx.repos.commit([
    ctx.repos.customers.putIfVersion(next, current.version),
    ctx.repos.counters.change(current.ownerId, { locked: -1 }),
    ctx.repos.customers.putOwnershipEvent(ownershipEvent(ctx, { customerId, action: 'UNLOCK', toOwnerId: current.ownerId, reason })),
  ]);
  return next;
}
