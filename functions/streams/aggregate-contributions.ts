import { dayBucket, localDay, monthBucket, SNAPSHOT_BUCKET, yearBucket } from '../domain/reports/calendar';
import { FAMILY, RECEIVABLE_YEARS_BUCKET, poolOwner, POOL_PATH, UNASSIGNED_OWNER, UNASSIGNED_PATH, type AggregateDelta, type Family } from '../domain/reports/aggregate.types';
import { revenueBucket } from '../domain/reports/pareto.rules';

/**
 * What one stored item contributes to the report aggregates, as a pure function of the item alone.
 * The aggregates are by definition the sum of the contributions of every item in the table, so a
 * change from `old` to `new` adds contribution(new) − contribution(old): inserts, updates, deletes,
 * and moves (a merge copies a child to the survivor and deletes the original) all net out exactly.
 */
export type Item = Record<string, unknown>;

export interface ContributionEnv {
  timeZone: string;
  /** Department path of a user, for records that carry only a user id (resolved before the pure step). */
  pathOf(userId: string): string;
}

/** The entities the consumer reads; anything else in the stream is ignored (also used as the Lambda event filter). */
export const AGGREGATED_ENTITIES = [
  'Customer',
  'OwnershipEvent',
  'FollowUp',
  'Opportunity',
  'Order',
  'Payment',
  'PaymentPlan',
  'CustomerReceivable',
  'ServiceTicket',
] as const;

const str = (v: unknown) => (typeof v === 'string' && v !== '' ? v : undefined);
const num = (v: unknown) => (typeof v === 'number' ? v : typeof v === 'string' && v !== '' ? Number(v) : 0);

class Contributions {
  readonly list: AggregateDelta[] = [];

  add(family: Family, bucket: string, ownerId: string, path: string, add: Record<string, number>): void {
    const nonZero = Object.fromEntries(Object.entries(add).filter(([, v]) => v !== 0));
    if (Object.keys(nonZero).length > 0) this.list.push({ family, bucket, ownerId, path, add: nonZero });
  }

  /** An event counted on its day and in its month. */
  onDay(family: Family, day: string, ownerId: string, path: string, add: Record<string, number>): void {
    this.add(family, dayBucket(day), ownerId, path, add);
    this.add(family, monthBucket(day), ownerId, path, add);
  }
}

/** User ids whose department path the item's contribution needs. */
export function usersToResolve(item: Item | undefined): string[] {
  if (!item) return [];
  switch (item.entity) {
    case 'Customer':
      return [str(item.createdBy), str(item.ownerId)].filter((v): v is string => !!v);
    case 'OwnershipEvent':
      return [str(item.fromOwnerId), str(item.toOwnerId)].filter((v): v is string => !!v);
    case 'Payment':
      return [str(item.ownerId)].filter((v): v is string => !!v);
    default:
      return [];
  }
}

/**
 * 五级分类 transitions are the one figure that is a change, not a state: counted from a customer's
 * before/after images (not from BuyingStatusChange history items, which not every writer records), for
 * the owner after the change, on the day of the change.
 */
export function transitionsOf(oldItem: Item | undefined, newItem: Item | undefined, env: ContributionEnv): AggregateDelta[] {
  if (newItem?.entity !== 'Customer' || oldItem?.entity !== 'Customer' || newItem.SK !== '#PROFILE') return [];
  if (oldItem.buyingStatus === newItem.buyingStatus) return [];
  const out = new Contributions();
  const ownerId = str(newItem.ownerId);
  const owner = ownerId ? { id: ownerId, path: str(newItem.ownerDeptPath) ?? env.pathOf(ownerId) } : { id: poolOwner(str(newItem.poolId)), path: POOL_PATH };
  const at = str(newItem.buyingStatusChangedAt) ?? String(newItem.updatedAt);
  out.onDay(FAMILY.customerEvents, localDay(at, env.timeZone), owner.id, owner.path, { [`T:${oldItem.buyingStatus}>${newItem.buyingStatus}`]: 1 });
  return out.list;
}

export function contributionsOf(item: Item | undefined, env: ContributionEnv): AggregateDelta[] {
  if (!item) return [];
  const out = new Contributions();
  const day = (at: unknown) => localDay(String(at), env.timeZone);
  switch (item.entity) {
    case 'Customer': {
      if (item.SK !== '#PROFILE') break;
      const ownerId = str(item.ownerId);
      const owner = ownerId ? { id: ownerId, path: str(item.ownerDeptPath) ?? env.pathOf(ownerId) } : { id: poolOwner(str(item.poolId)), path: POOL_PATH };
      out.add(FAMILY.customers, SNAPSHOT_BUCKET, owner.id, owner.path, {
        n: 1,
        [`L:${item.lifecycle}`]: 1,
        [`B:${item.buyingStatus}`]: 1,
        [`G:${str(item.valueGrade) ?? 'NONE'}`]: 1,
        hot: item.hot === true ? 1 : 0,
      });
      const creator = str(item.createdBy);
      if (creator && str(item.createdAt)) out.onDay(FAMILY.customerEvents, day(item.createdAt), creator, env.pathOf(creator), { new: 1 });
      break;
    }
    case 'OwnershipEvent': {
      const at = day(item.at);
      const from = str(item.fromOwnerId);
      const to = str(item.toOwnerId);
      const count = (userId: string | undefined, name: string) => {
        if (userId) out.onDay(FAMILY.customerEvents, at, userId, env.pathOf(userId), { [name]: 1 });
      };
      if (item.action === 'CLAIM') count(to, 'claim');
      else if (item.action === 'RELEASE') count(from, 'release');
      else if (item.action === 'RECLAIM') count(from, 'reclaim');
      else if (item.action === 'TRANSFER') {
        count(from, 'transferOut');
        count(to, 'transferIn');
      }
      break;
    }
    case 'FollowUp': {
      const author = String(item.authorId);
      out.onDay(FAMILY.followUps, str(item.day) ?? day(item.at), author, String(item.authorDeptPath), {
        n: 1,
        [`T:${item.type}`]: 1,
        [item.valid === true ? 'valid' : 'invalid']: 1,
      });
      break;
    }
    case 'Opportunity':
      opportunity(out, item, day);
      break;
    case 'Order': {
      const signed = item.status === 'SIGNED' || item.status === 'COMPLETED';
      if (signed && str(item.signedOn)) {
        out.onDay(FAMILY.sales, String(item.signedOn), String(item.ownerId), String(item.ownerDeptPath), { orders: 1, [`S:${item.currency}`]: num(item.total) });
      }
      break;
    }
    case 'Payment': {
      const ownerId = String(item.ownerId);
      out.onDay(FAMILY.sales, String(item.paidOn), ownerId, env.pathOf(ownerId), { payments: 1, [`P:${item.currency}`]: num(item.amount) });
      break;
    }
    case 'PaymentPlan': {
      const remaining = num(item.remaining);
      if (item.status !== 'OPEN' || remaining <= 0) break;
      // Due amounts as columns: per owner one row of years, one of months per year, one of days per month,
      // so "due before date X" is at most three rows (receivables-aging.rules.ts).
      const due = String(item.dueDate);
      const cur = String(item.currency);
      const [ownerId, path] = [String(item.ownerId), String(item.ownerDeptPath)];
      out.add(FAMILY.receivables, RECEIVABLE_YEARS_BUCKET, ownerId, path, { [`Y:${cur}:${due.slice(0, 4)}`]: remaining });
      out.add(FAMILY.receivables, yearBucket(due), ownerId, path, { [`M:${cur}:${due.slice(5, 7)}`]: remaining });
      out.add(FAMILY.receivables, monthBucket(due), ownerId, path, { [`D:${cur}:${due.slice(8, 10)}`]: remaining });
      break;
    }
    case 'CustomerReceivable': {
      const contracted = num(item.contracted);
      if (contracted <= 0) break;
      const cur = String(item.currency);
      const bucket = revenueBucket(contracted);
      out.add(FAMILY.revenue, SNAPSHOT_BUCKET, String(item.ownerId), String(item.ownerDeptPath), {
        [`n:${cur}`]: 1,
        [`s:${cur}`]: contracted,
        [`h:${cur}:${bucket}`]: 1,
        [`hs:${cur}:${bucket}`]: contracted,
      });
      break;
    }
    case 'ServiceTicket':
      serviceTicket(out, item, day);
      break;
  }
  return out.list;
}

function opportunity(out: Contributions, item: Item, day: (at: unknown) => string): void {
  const [ownerId, path, cur] = [String(item.ownerId), String(item.ownerDeptPath), String(item.currency)];
  const amount = num(item.expectedAmount);
  if (item.status === 'OPEN') {
    out.add(FAMILY.opportunities, SNAPSHOT_BUCKET, ownerId, path, { [`C:${item.stageId}`]: 1, [`A:${cur}:${item.stageId}`]: amount });
  }
  const cohort: Record<string, number> = { created: 1, [`CA:${cur}`]: amount };
  for (const stageId of (item.reachedStageIds as string[] | undefined) ?? []) cohort[`R:${stageId}`] = 1;
  out.onDay(FAMILY.opportunityEvents, day(item.createdAt), ownerId, path, cohort);
  if ((item.status === 'WON' || item.status === 'LOST') && str(item.closedAt)) {
    const outcome = item.status === 'WON' ? 'won' : 'lost';
    out.onDay(FAMILY.opportunityEvents, day(item.closedAt), ownerId, path, { [outcome]: 1, [`${outcome}:${cur}`]: amount });
  }
  for (const visit of (item.stageHistory as { stageId: string; enteredAt: string; leftAt?: string }[] | undefined) ?? []) {
    if (!visit.leftAt) continue;
    const dwell = Math.max(0, Date.parse(visit.leftAt) - Date.parse(visit.enteredAt));
    out.onDay(FAMILY.opportunityEvents, day(visit.leftAt), ownerId, path, { [`X:${visit.stageId}`]: 1, [`DW:${visit.stageId}`]: dwell });
  }
}

function serviceTicket(out: Contributions, item: Item, day: (at: unknown) => string): void {
  const assignee = str(item.assigneeId);
  const [ownerId, path] = assignee ? [assignee, str(item.assigneeDeptPath) ?? UNASSIGNED_PATH] : [UNASSIGNED_OWNER, UNASSIGNED_PATH];
  const add: Record<string, number> = { n: 1, [`T:${item.type}`]: 1, [`S:${item.status}`]: 1, [`TS:${item.type}:${item.status}`]: 1 };
  const firstResponse = str(item.firstResponseAt);
  if (firstResponse) {
    add.responded = 1;
    add.responseMs = Math.max(0, Date.parse(firstResponse) - Date.parse(String(item.createdAt)));
  }
  const late = firstResponse ? firstResponse > String(item.responseDueAt) : !!str(item.overdueFlaggedAt);
  if (late) add.overdue = 1;
  if (str(item.resolvedAt)) add.resolved = 1;
  if (typeof item.satisfaction === 'number') {
    add.rated = 1;
    add.satisfactionSum = item.satisfaction;
  }
  out.onDay(FAMILY.service, day(item.createdAt), ownerId, path, add);
}
