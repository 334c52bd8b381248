import type { Repositories } from '../../store/repositories';
import type { Write } from '../../store/transactions';
import type { OwnerChange } from '../protection/owner-change';
import type { Task } from './task.types';

/**
 * Open tasks about a customer (next contacts included) follow it to its new owner (claim, transfer,
 * merge) in the owner change's own transaction, reminders included. Done tasks stay with whoever did
 * them; a customer going back to the pool leaves its tasks with the former owner until it is claimed.
 */
export async function openTasksFollowOwner(repos: Repositories, change: OwnerChange): Promise<Write[]> {
  if (!change.toOwnerId) return [];
  const open = await repos.tasks.listOpenOfCustomer(change.customerId);
  return open
    .filter((t) => t.ownerId !== change.toOwnerId)
    .map((before) => {
      const after: Task = {
        ...before,
        ownerId: change.toOwnerId!,
        ownerDeptPath: change.toOwnerDeptPath ?? before.ownerDeptPath,
        updatedAt: change.at,
        version: before.version + 1,
      };
      return repos.tasks.put(after, change.at, before.version);
    });
}

