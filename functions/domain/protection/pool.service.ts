import { getVisibleCustomerOrThrow, ownershipEvent, DEFAULT_POOL_ID } from '../customers/customer.service';
import type { Customer } from '../customers/customer.types';
import { COMMON_ERRORS, CrmError } from '../shared/errors';
import { newId } from '../shared/ids';
import type { ServiceContext } from '../shared/service-context';
import { isSalesRole } from '../users/access.rules';
import type { Write } from '../../store/transactions';
import { ownerChangeWrites } from './owner-change';
import { claimBanUntil, movedToOwner, movedToPool } from './ownership.rules';
import { PROTECTION_ERRORS } from './protection.errors';

/**
 * Claim from and release to the public pool (PRODUCT.md rules 8–10). Every limit is checked by
 * the same transaction that moves the customer, so racing reps cannot both win or overrun a cap.
 */
export async function claimCustomer(ctx: ServiceContext, customerId: string): Promise<Customer> {
  const { actor, settings, repos } = ctx;
  if (!isSalesRole(actor.role)) throw new CrmError(COMMON_ERRORS.forbidden, { action: '领取公海客户' });
  const current = await repos.customers.get(customerId);
  if (!current) throw new CrmError(COMMON_ERRORS.notFound, { entity: '客户' });
  if (current.ownerId) throw new CrmError(PROTECTION_ERRORS.alreadyClaimed);
  const now = ctx.clock.now().toISOString();
  const next = movedToOwner(current, actor, now, settings);
  const writes: Write[] = [
    customerMoveGuard(ctx, next, current),
    repos.protection.checkNotBanned(customerId, actor.id, now, settings.reclaimCooldownDays),
    repos.counters.change(actor.id, { owned: 1 }, { owned: settings.maxOwnedCustomers }),
    repos.customers.putOwnershipEvent(ownershipEvent(ctx, { customerId, action: 'CLAIM', fromPoolId: current.poolId, toOwnerId: actor.id, reason: '从公海领取' })),
    ...(await ownerChangeWrites(repos, { customerId, toOwnerId: actor.id, toOwnerDeptPath: actor.departmentPath, at: now })),
  ];
  await repos.commit(writes);
  return next;
}

/** Rule 8: the releasing rep is banned from claiming it back for the cooldown. */
export async function releaseCustomer(ctx: ServiceContext, customerId: string, reason: string): Promise<Customer> {
  const { actor, repos } = ctx;
  const current = await getVisibleCustomerOrThrow(ctx, customerId);
  if (current.ownerId !== actor.id) throw new CrmError(PROTECTION_ERRORS.notOwner, { action: '放弃客户' });
  if (current.lifecycle === 'FORMAL') throw new CrmError(PROTECTION_ERRORS.formalNotReleasable);
  const now = ctx.clock.now().toISOString();
  const writes = await toPoolWrites(ctx, current, now, { action: 'RELEASE', actorId: actor.id, reason });
  await repos.commit(writes);
  return movedToPool(current, DEFAULT_POOL_ID, now);
}

/**
 * The writes that move an owned customer into the pool: shared by release (rep) and reclaim (sweep).
 * The previous owner is banned from claiming it back, and their counters go down.
 */
export async function toPoolWrites(
  ctx: Pick<ServiceContext, 'repos' | 'settings'>,
  current: Customer,
  now: string,
  why: { action: 'RELEASE' | 'RECLAIM'; actorId: string; reason: string },
): Promise<Write[]> {
  const { repos, settings } = ctx;
  const ownerId = current.ownerId!;
  const next = movedToPool(current, DEFAULT_POOL_ID, now);
  return [
    repos.customers.putIfVersion(next, current.version),
    repos.counters.change(ownerId, { owned: -1, hot: current.hot ? -1 : 0 }),
    repos.protection.putClaimBan(current.id, ownerId, claimBanUntil(now, settings)),
    repos.customers.putOwnershipEvent({
      id: `${now}#${newId(new Date(now))}`,
      customerId: current.id,
      action: why.action,
      at: now,
      actorId: why.actorId,
      fromOwnerId: ownerId,
      toPoolId: DEFAULT_POOL_ID,
      reason: why.reason,
    }),
    ...(await ownerChangeWrites(repos, { customerId: current.id, fromOwnerId: ownerId, at: now })),
  ];
}

/** The customer write of a claim: a lost race reads as "already claimed", not as a generic conflict. */
function customerMoveGuard(ctx: ServiceContext, next: Customer, current: Customer): Write {
  const write = ctx.repos.customers.putIfVersion(next, current.version);
  return {
    ...write,
    onConditionFailed: (existing) =>
      existing?.ownerId ? new CrmError(PROTECTION_ERRORS.alreadyClaimed) : new CrmError(COMMON_ERRORS.staleVersion, { entity: '客户' }),
  };
}
