import type { Customer } from '../customers/customer.types';
import type { CompanySettings } from '../settings/settings.types';
import { recomputeProtection } from './protection.rules';

/**
 * How a customer's record changes when something happens to it (PRODUCT.md rules 3–6).
 * Each returns the next version of the customer; the caller writes it with its optimistic lock
 * in the same transaction as the record that caused the change (follow-up, order, application).
 */
function bump(c: Customer, now: string): Customer {
  return { ...c, updatedAt: now, version: c.version + 1 };
}

function withProtection(c: Customer, s: CompanySettings): Customer {
  if (!c.protection) return c;
  return { ...c, protection: recomputeProtection(c, c.protection, s) };
}

/** A valid follow-up refreshes the freshness clock (rule 6). */
export function afterValidFollowUp(c: Customer, at: string, now: string, s: CompanySettings): Customer {
  if (!c.protection) return bump(c, now);
  const last = c.protection.lastValidFollowUpAt;
  const lastValidFollowUpAt = !last || at > last ? at : last;
  return withProtection(bump({ ...c, protection: { ...c.protection, lastValidFollowUpAt } }, now), s);
}

/** Invalid follow-ups are counted; reaching the limit (3) marks the customer as invalid tracking (无效跟踪). */
export function afterInvalidFollowUp(c: Customer, now: string, s: CompanySettings): Customer {
  if (!c.protection) return bump(c, now);
  const invalidFollowUps = c.protection.invalidFollowUps + 1;
  const invalidTracking = c.protection.invalidTracking || invalidFollowUps >= s.invalidFollowUpLimit;
  return bump({ ...c, protection: { ...c.protection, invalidFollowUps, invalidTracking } }, now);
}

/** POTENTIAL → INTENT starts the 15-day signing clock (rule 4). */
export function advancedToIntent(c: Customer, now: string, s: CompanySettings): Customer {
  return withProtection(bump({ ...c, lifecycle: 'INTENT', lifecycleChangedAt: now }, now), s);
}

/**
 * A signed contract makes the customer FORMAL, never reclaimed (rule 5); buying status becomes
 * CLOSED, or LOYAL on a later signed order.
 */
export function signedContract(c: Customer, now: string, s: CompanySettings): Customer {
  const repeat = c.lifecycle === 'FORMAL' || c.buyingStatus === 'CLOSED' || c.buyingStatus === 'LOYAL';
  const buyingStatus = repeat ? 'LOYAL' : 'CLOSED';
  const next: Customer = {
    ...c,
    lifecycle: 'FORMAL',
    lifecycleChangedAt: c.lifecycle === 'FORMAL' ? c.lifecycleChangedAt : now,
    buyingStatus,
    buyingStatusChangedAt: buyingStatus === c.buyingStatus ? c.buyingStatusChangedAt : now,
  };
  return withProtection(bump(next, now), s);
}
