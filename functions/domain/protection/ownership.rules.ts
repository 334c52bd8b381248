import type { Customer } from '../customers/customer.types';
import type { CompanySettings } from '../settings/settings.types';
import type { User } from '../users/user.types';
import type { ProtectionState } from '../customers/customer.types';
import { recomputeProtection } from './protection.rules';

/**
 * Ownership transitions (PRODUCT.md rules 1, 8, 9, 12): the next version of a customer when it
 * changes hands. Each returns a new record; the service writes it with its optimistic lock.
 */
function bump(c: Customer, now: string): Customer {
  return { ...c, updatedAt: now, version: c.version + 1 };
}

/** Into the public pool: no owner, no protection clock, not hot (hot is a rep's own mark). */
export function movedToPool(c: Customer, poolId: string, now: string): Customer {
  const { ownerId: _o, ownerDeptPath: _d, protection: _p, ...rest } = c;
  return bump({ ...rest, poolId, enteredPoolAt: now, hot: false }, now);
}

/**
 * To a new owner: protection starts afresh from now (stage clocks count from taking ownership)
 * under the home pool's rules; the last valid follow-up is kept, invalid-follow-up counting restarts.
 */
export function movedToOwner(
  c: Customer,
  owner: Pick<User, 'id' | 'departmentPath'>,
  now: string,
  s: CompanySettings,
  poolRules?: ProtectionState['poolRules'],
): Customer {
  const { enteredPoolAt: _e, ...rest } = c;
  const next: Customer = { ...rest, ownerId: owner.id, ownerDeptPath: owner.departmentPath };
  const fresh: ProtectionState = {
    ownedSince: now,
    invalidFollowUps: 0,
    invalidTracking: false,
    warnedDays: [],
    ...(poolRules && Object.keys(poolRules).length ? { poolRules } : {}),
    ...(c.protection?.lastValidFollowUpAt ? { lastValidFollowUpAt: c.protection.lastValidFollowUpAt } : {}),
  };
  return bump({ ...next, protection: recomputeProtection(next, fresh, s) }, now);
}

/** Until when a rep who released or lost a customer may not claim it back (rule 8). */
export function claimBanUntil(now: string, s: Pick<CompanySettings, 'reclaimCooldownDays'>): string {
  return new Date(new Date(now).getTime() + s.reclaimCooldownDays * 86_400_000).toISOString();
}
