import { ownershipEvent, visibleOrThrow } from '../customers/customer.service';
import { canEditCustomer } from '../customers/customer.rules';
import type { Customer, TeamMember } from '../customers/customer.types';
import type { Application } from './application.types';
import { COMMON_ERRORS, CrmError } from '../shared/errors';
import type { ServiceContext } from '../shared/service-context';
import { PROTECTION_ERRORS } from './protection.errors';
import { recomputeProtection } from './protection.rules';

export interface MergeResult {
  survivor: Customer;
  mergedCustomerId: string;
  movedRecords: number;
}

const MAX_TRANSACTION_ITEMS = 100;

/**
 * Rule 13: a duplicate entered anyway is merged into the earliest-created customer, and its history
 * (contacts, follow-ups, tasks, opportunities, ownership events…) moves with it. Usually one
 * transaction; a duplicate with a long history (over DynamoDB's 100 items) moves in steps that are
 * each idempotent — children copied, then removed, the duplicate last — so an interrupted merge
 * finishes when run again.
 */
export async function mergeCustomers(ctx: ServiceContext, firstId: string, secondId: string, reason: string): Promise<MergeResult> {
  if (ctx.actor.role !== 'ADMIN' && ctx.actor.role !== 'MANAGER') throw new CrmError(COMMON_ERRORS.forbidden, { action: '合并客户' });
  if (firstId === secondId) throw new CrmError(PROTECTION_ERRORS.mergeSelf);
  const [a, b] = await Promise.all([ctx.repos.customers.getCollection(firstId), ctx.repos.customers.getCollection(secondId)]);
  for (const c of [a?.customer, b?.customer]) {
    const visible = visibleOrThrow(ctx, c);
    if (!canEditCustomer(ctx.actor, visible)) throw new CrmError(COMMON_ERRORS.forbidden, { action: '合并该客户' });
  }
  const [survivor, duplicate] = a!.customer.createdAt <= b!.customer.createdAt ? [a!, b!] : [b!, a!];
  const repos = ctx.repos;
  const { moving, pendingApplications, leftovers } = repos.customers.mergeParts(duplicate);
  const dup = duplicate.customer;
  const now = ctx.clock.now().toISOString();
  const joining = joiningTeamMembers(survivor.customer, dup);
  const merged: Customer = {
    ...survivor.customer,
    tags: [...new Set([...survivor.customer.tags, ...dup.tags])],
    team: [...(survivor.customer.team ?? []), ...joining],
    // The duplicate's deals move over, so their count does too (a pool's opportunity rule reads it).
    openOpportunities: (survivor.customer.openOpportunities ?? 0) + (dup.openOpportunities ?? 0),
    updatedAt: now,
    version: survivor.customer.version + 1,
  };
  const next = merged.protection ? { ...merged, protection: recomputeProtection(merged, merged.protection, ctx.settings) } : merged;
  const final = [
    repos.customers.putIfVersion(next, survivor.customer.version),
    repos.customers.deleteIfVersion(dup),
    repos.customers.releaseName(dup.nameKey),
    ...repos.customers.deleteGrams(dup.nameKey, dup.id),
    ...(dup.ownerId ? [repos.counters.change(dup.ownerId, { owned: -1, hot: dup.hot ? -1 : 0, locked: dup.protection?.locked ? -1 : 0 })] : []),
    ...joining.map((member) => repos.customers.putTeamIndex(survivor.customer.id, member)),
    ...pendingApplications.map((application) => repos.protection.putApplication(cancelledByMerge(application, next, now))),
    ...leftovers.map((item) => repos.customers.deleteChild(item)),
    repos.customers.putOwnershipEvent(
      ownershipEvent(ctx, {
        customerId: survivor.customer.id,
        action: 'MERGE',
        fromOwnerId: dup.ownerId,
        toOwnerId: survivor.customer.ownerId,
        reason: `合并重复客户“${dup.name}”（${dup.code}）：${reason}`,
      }),
    ),
  ];
  const moves = moving.flatMap((item) => [repos.customers.copyChildTo(item, survivor.customer.id), repos.customers.deleteChild(item)]);
  if (final.length + moves.length <= MAX_TRANSACTION_ITEMS) {
    // The usual case: everything in one transaction, so a refused merge writes nothing.
    await repos.commit([...final, ...moves]);
  } else {
    for (const chunk of chunks(moving, 40)) await repos.commit(chunk.map((item) => repos.customers.copyChildTo(item, survivor.customer.id)));
    for (const chunk of chunks(moving, 40)) await repos.commit(chunk.map((item) => repos.customers.deleteChild(item)));
    await repos.commit(final);
  }
  return { survivor: next, mergedCustomerId: dup.id, movedRecords: moving.length };
}

/** The duplicate's team members keep working on the merged customer, unless already on it (or its owner). */
function joiningTeamMembers(survivor: Customer, dup: Customer): TeamMember[] {
  const present = new Set([survivor.ownerId, ...(survivor.team ?? []).map((m) => m.userId)]);
  return (dup.team ?? []).filter((m) => !present.has(m.userId));
}

/** A pending application cannot be decided for a customer that no longer exists: it closes, kept in the survivor's history. */
function cancelledByMerge(application: Application, survivor: Customer, now: string): Application {
  return {
    ...application,
    customerId: survivor.id,
    status: 'CANCELLED',
    decidedAt: now,
    decisionComment: `客户已合并到“${survivor.name}”（${survivor.code}），申请自动撤销`,
    version: application.version + 1,
  };
}

function chunks<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
