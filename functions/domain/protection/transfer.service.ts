import { getVisibleCustomerOrThrow, ownershipEvent } from '../customers/customer.service';
import type { Customer, TeamMember } from '../customers/customer.types';
import { COMMON_ERRORS, CrmError } from '../shared/errors';
import type { ServiceContext } from '../shared/service-context';
import { isManagerOf, isSalesRole } from '../users/access.rules';
import type { User } from '../users/user.types';
import { USER_ERRORS } from '../users/user.errors';
import type { OwnershipAction } from './ownership.types';
import { ownerChangeWrites } from './owner-change';
import { movedToOwner } from './ownership.rules';
import { PROTECTION_ERRORS } from './protection.errors';

/**
 * Manager moves of customers between reps (PRODUCT.md rules 6 and 12): one customer, all of a
 * leaving rep's customers, or an invalid-tracking customer taken away. Contacts, follow-ups and
 * history live in the customer's item collection and move with it; owner-indexed records of other
 * modules follow through the owner-change listeners in the same transaction.
 */
async function transferTargetOrThrow(ctx: ServiceContext, toUserId: string): Promise<User> {
  const target = await ctx.repos.users.get(toUserId);
  if (!target || !isManagerOf(ctx.actor, target.departmentPath)) throw new CrmError(USER_ERRORS.userNotFound, { id: toUserId });
  if (!target.active) throw new CrmError(PROTECTION_ERRORS.targetInactive, { name: target.name });
  if (!isSalesRole(target.role)) throw new CrmError(PROTECTION_ERRORS.targetNotSales, { name: target.name });
  return target;
}

function requireManagerOfOwner(ctx: ServiceContext, customer: Customer): void {
  if (!customer.ownerId || !customer.ownerDeptPath || !isManagerOf(ctx.actor, customer.ownerDeptPath)) {
    throw new CrmError(COMMON_ERRORS.forbidden, { action: '转移该客户' });
  }
}

async function moveToRep(
  ctx: ServiceContext,
  current: Customer,
  target: User,
  action: OwnershipAction,
  reason: string,
  keepPreviousOwner = false,
): Promise<Customer> {
  if (current.ownerId === target.id) throw new CrmError(PROTECTION_ERRORS.sameOwner, { name: target.name });
  const { repos, settings } = ctx;
  const now = ctx.clock.now().toISOString();
  const from = current.ownerId!;
  // The new owner keeps the home pool's rule numbers; the old owner may stay on as a read-only team member.
  const moved = movedToOwner(current, target, now, settings, current.protection?.poolRules);
  const previous: TeamMember = { userId: from, role: 'CO_FOLLOWER', access: 'READ', addedAt: now, addedBy: ctx.actor.id };
  const team = (moved.team ?? []).filter((m) => m.userId !== target.id && m.userId !== from);
  const next: Customer = { ...moved, team: keepPreviousOwner ? [...team, previous] : team };
  await repos.commit([
    repos.customers.putIfVersion(next, current.version),
    // A lock is the old owner's choice against their own cap: it ends with the transfer.
    repos.counters.change(from, { owned: -1, hot: current.hot ? -1 : 0, locked: current.protection?.locked ? -1 : 0 }),
    repos.counters.change(target.id, { owned: 1, hot: current.hot ? 1 : 0 }, { owned: settings.maxOwnedCustomers, hot: settings.maxHotCustomers }),
    repos.customers.putOwnershipEvent(ownershipEvent(ctx, { customerId: current.id, action, fromOwnerId: from, toOwnerId: target.id, reason })),
    ...(keepPreviousOwner ? [repos.customers.putTeamIndex(current.id, previous)] : []),
    ...((current.team ?? []).some((m) => m.userId === target.id) ? [repos.customers.deleteTeamIndex(current.id, target.id)] : []),
    ...(await ownerChangeWrites(repos, { customerId: current.id, fromOwnerId: from, toOwnerId: target.id, toOwnerDeptPath: target.departmentPath, at: now })),
  ]);
  return next;
}

export async function transferCustomer(
  ctx: ServiceContext,
  customerId: string,
  toUserId: string,
  reason: string,
  keepPreviousOwner = false,
): Promise<Customer> {
  const current = await getVisibleCustomerOrThrow(ctx, customerId);
  requireManagerOfOwner(ctx, current);
  return moveToRep(ctx, current, await transferTargetOrThrow(ctx, toUserId), 'TRANSFER', reason, keepPreviousOwner);
}

/** Rule 6: a customer marked invalid tracking (3 invalid follow-ups) may be taken away by a manager. */
export async function reassignInvalidTracking(ctx: ServiceContext, customerId: string, toUserId: string, reason: string): Promise<Customer> {
  const current = await getVisibleCustomerOrThrow(ctx, customerId);
  requireManagerOfOwner(ctx, current);
  if (!current.protection?.invalidTracking) throw new CrmError(PROTECTION_ERRORS.notInvalidTracking, { name: current.name });
  return moveToRep(ctx, current, await transferTargetOrThrow(ctx, toUserId), 'TRANSFER', `无效跟踪转移：${reason}`);
}

export interface TransferAllResult {
  transferred: number;
  failed: { customerId: string; message: string }[];
}

/**
 * Rule 12: a leaving rep's customers go to another rep in one step. Each customer moves in its own
 * transaction (a rep may own hundreds; one transaction holds at most 100 items), so a failure on
 * one is reported without undoing the rest, and running it again finishes the job.
 */
export async function transferAllCustomers(ctx: ServiceContext, fromUserId: string, toUserId: string, reason: string): Promise<TransferAllResult> {
  const from = await ctx.repos.users.get(fromUserId);
  if (!from || !isManagerOf(ctx.actor, from.departmentPath)) throw new CrmError(USER_ERRORS.userNotFound, { id: fromUserId });
  const target = await transferTargetOrThrow(ctx, toUserId);
  if (target.id === from.id) throw new CrmError(PROTECTION_ERRORS.sameOwner, { name: target.name });
  const result: TransferAllResult = { transferred: 0, failed: [] };
  let startKey: Record<string, unknown> | undefined;
  do {
    const page = await ctx.repos.customers.list({ kind: 'OWNER', userId: from.id }, 50, startKey);
    for (const customer of page.items) {
      try {
        await moveToRep(ctx, customer, target, 'TRANSFER', reason);
        result.transferred++;
      } catch (error) {
        result.failed.push({ customerId: customer.id, message: error instanceof Error ? error.message : String(error) });
      }
    }
    startKey = page.nextKey;
  } while (startKey);
  return result;
}
