import type { Repositories } from '../../store/repositories';
import type { Write } from '../../store/transactions';
import { openOpportunitiesFollowOwner } from '../pipeline/opportunity-owner.listener';
import { openTasksFollowOwner } from '../tasks/task-owner.listener';

/**
 * When a customer changes hands (claim, release, reclaim, transfer, merge), records of other
 * modules that are indexed by owner (open tasks, opportunities) must follow in the same
 * transaction. Each module contributes a listener, listed explicitly below so that every entry
 * point (API, sweeps, import) has them all, whatever it happened to import.
 */
export interface OwnerChange {
  customerId: string;
  fromOwnerId?: string;
  toOwnerId?: string;
  toOwnerDeptPath?: string;
  at: string;
}

export type OwnerChangeListener = (repos: Repositories, change: OwnerChange) => Promise<Write[]>;

const listeners: OwnerChangeListener[] = [openTasksFollowOwner, openOpportunitiesFollowOwner];

export async function ownerChangeWrites(repos: Repositories, change: OwnerChange): Promise<Write[]> {
  const all = await Promise.all(listeners.map((listener) => listener(repos, change)));
  return all.flat();
}
