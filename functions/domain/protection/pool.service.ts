import { ownershipEvent } from '../customers/customer.service';
import type { Customer } from '../customers/customer.types';
import { poolRuleOverrides, isPoolMember } from '../pools/pool.rules';
import { POOL_ERRORS } from '../pools/pool.errors';
import { DEFAULT_POOL_ID, type Pool } from '../pools/pool.types';
import { COMMON_ERRORS, CrmError } from '../shared/errors';
import { localDay } from '../shared/format';
import { newId } from '../shared/ids';
import type { ServiceContext } from '../shared/service-context';
import { isSalesRole } from '../users/access.rules';
import { canSeeCustomer } from '../customers/customer.rules';
import type { Write } from '../../store/transactions';
import { ownerChangeWrites } from './owner-change';
import { claimBanUntil, movedToOwner, movedToPool } from './ownership.rules';
import { PROTECTION_ERRORS } from './protection.errors';

type PoolContext = Pick<ServiceContext, 'repos' | 'settings' | 'clock'>;

export async function poolOrThrow(ctx: PoolContext, poolId: string | undefined): Promise<Pool> {
  const pool = await ctx.repos.pools.get(poolId ?? DEFAULT_POOL_ID, ctx.settings, ctx.clock.now().toISOString());
  if (!pool) throw new CrmError(POOL_ERRORS.poolNotFound);
  return pool;
}

/**
 * Claim from a pool (PRODUCT.md rules 8–10, per-pool rules of issue 11). Membership, hold, the
 * previous owner's ban, the daily claim cap and the owned cap are all checked by the same
 * transaction that moves the customer, so racing reps cannot both win or overrun a cap.
 */
export async function claimCustomer(ctx: ServiceContext, customerId: string): Promise<Customer> {
  const { actor, settings, repos } = ctx;
  if (!isSalesRole(actor.role)) throw new CrmError(COMMON_ERRORS.forbidden, { action: '领取公海客户' });
  const current = await repos.customers.get(customerId);
  if (!current) throw new CrmError(COMMON_ERRORS.notFound, { entity: '客户' });
  if (current.ownerId) throw new CrmError(PROTECTION_ERRORS.alreadyClaimed);
  const pool = await poolOrThrow(ctx, current.poolId);
  if (!isPoolMember(actor, pool)) throw new CrmError(POOL_ERRORS.notMember);
  const now = ctx.clock.now();
  const nowIso = now.toISOString();
  const holdUntil = new Date(new Date(current.enteredPoolAt ?? current.updatedAt).getTime() + pool.claimRules.holdHours * 3_600_000).toISOString();
  if (holdUntil > nowIso) throw new CrmError(POOL_ERRORS.onHold, { until: holdUntil });
  const next = movedToOwner(current, actor, nowIso, settings, poolRuleOverrides(pool.reclaimRules, current.valueGrade));
  const dailyCap = pool.claimRules.dailyClaimCap;
  const writes: Write[] = [
    customerMoveGuard(ctx, next, current),
    repos.protection.checkNotBanned(customerId, actor.id, nowIso, pool.claimRules.cooldownDays),
    repos.counters.change(actor.id, { owned: 1 }, { owned: settings.maxOwnedCustomers }),
    ...(dailyCap !== undefined
      ? [repos.pools.countDaily('CLAIMS', actor.id, pool.id, localDay(now, settings.timeZone), dailyCap, Math.floor(now.getTime() / 1000) + 3 * 86_400)]
      : []),
    repos.customers.putOwnershipEvent(ownershipEvent(ctx, { customerId, action: 'CLAIM', fromPoolId: pool.id, toOwnerId: actor.id, reason: `从公海“${pool.name}”领取` })),
    ...(await ownerChangeWrites(repos, { customerId, toOwnerId: actor.id, toOwnerDeptPath: actor.departmentPath, at: nowIso })),
  ];
  await repos.commit(writes);
  return next;
}

/** Rule 8: the releasing rep is banned from claiming it back; they pick a pool they belong to (default: its home pool). */
export async function releaseCustomer(ctx: ServiceContext, customerId: string, reason: string, toPoolId?: string): Promise<Customer> {
  const { actor, repos } = ctx;
  const current = await repos.customers.get(customerId);
  if (!current || !canSeeCustomer(actor, current)) throw new CrmError(COMMON_ERRORS.notFound, { entity: '客户' });
  if (current.ownerId !== actor.id) throw new CrmError(PROTECTION_ERRORS.notOwner, { action: '放弃客户' });
  if (current.lifecycle === 'FORMAL') throw new CrmError(PROTECTION_ERRORS.formalNotReleasable);
  const home = current.poolId ?? DEFAULT_POOL_ID;
  if (toPoolId && toPoolId !== home && actor.role === 'REP' && !ctx.settings.repsMayChooseReleasePool) throw new CrmError(POOL_ERRORS.releasePoolFixed);
  const target = await poolOrThrow(ctx, toPoolId ?? current.poolId);
  if (!isPoolMember(actor, target)) throw new CrmError(POOL_ERRORS.notMember);
  const now = ctx.clock.now().toISOString();
  await repos.commit(await toPoolWrites(ctx, current, now, target, { action: 'RELEASE', actorId: actor.id, reason }));
  return movedToPool(current, target.id, now);
}

/**
 * The writes that move an owned customer into a pool: shared by release (rep) and reclaim (sweep).
 * The previous owner is banned from claiming it back for the pool's cooldown, and their counters go down.
 */
export async function toPoolWrites(
  ctx: Pick<ServiceContext, 'repos'>,
  current: Customer,
  now: string,
  target: Pool,
  why: { action: 'RELEASE' | 'RECLAIM'; actorId: string; reason: string },
): Promise<Write[]> {
  const { repos } = ctx;
  const ownerId = current.ownerId!;
  const next = movedToPool(current, target.id, now);
  return [
    repos.customers.putIfVersion(next, current.version),
    repos.counters.change(ownerId, { owned: -1, hot: current.hot ? -1 : 0, locked: current.protection?.locked ? -1 : 0 }),
    repos.protection.putClaimBan(current.id, ownerId, claimBanUntil(now, { reclaimCooldownDays: target.claimRules.cooldownDays })),
    repos.customers.putOwnershipEvent({
      id: `${now}#${newId(new Date(now))}`,
      customerId: current.id,
      action: why.action,
      at: now,
      actorId: why.actorId,
      fromOwnerId: ownerId,
      toPoolId: target.id,
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

/**
 * Opening a pool customer: only members of its pool may, and a pool may cap how many a rep opens
 * per day (anti-scraping); the count and its cap are one conditional write.
 */
export async function recordPoolOpen(ctx: ServiceContext, customer: Customer): Promise<void> {
  if (customer.ownerId || ctx.actor.role === 'ADMIN') return;
  const pool = await poolOrThrow(ctx, customer.poolId);
  if (!isPoolMember(ctx.actor, pool)) throw new CrmError(COMMON_ERRORS.notFound, { entity: '客户' });
  const cap = pool.claimRules.dailyOpenCap;
  if (cap === undefined) return;
  const now = ctx.clock.now();
  await ctx.repos.commit([ctx.repos.pools.countDaily('OPENS', ctx.actor.id, pool.id, localDay(now, ctx.settings.timeZone), cap, Math.floor(now.getTime() / 1000) + 3 * 86_400)]);
}
