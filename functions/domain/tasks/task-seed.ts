import type { Repositories } from '../../store/repositories';
import { newId } from '../shared/ids';
import type { User } from '../users/user.types';
import type { Task } from './task.types';

export interface TaskSeed {
  owners: readonly Pick<User, 'id' | 'departmentPath'>[];
  count: number;
  /** How many of them have a reminder due at `dueAt`; the others remind at `laterAt`. */
  dueCount: number;
  dueAt: string;
  laterAt: string;
  now: Date;
}

/**
 * Bulk-loads tasks for benchmarks and demos (BatchWrite, 25 per call, no conditions): `count` tasks
 * spread over the owners, `dueCount` of them due for the reminder sweep at `dueAt`.
 */
export async function seedTasks(repos: Repositories, seed: TaskSeed): Promise<Task[]> {
  const now = seed.now.toISOString();
  const tasks = Array.from({ length: seed.count }, (_, i): Task => {
    const owner = seed.owners[i % seed.owners.length]!;
    const remindAt = i < seed.dueCount ? seed.dueAt : seed.laterAt;
    return {
      id: newId(seed.now),
      ownerId: owner.id,
      ownerDeptPath: owner.departmentPath,
      title: `批量任务 ${i + 1}`,
      dueAt: remindAt,
      remindAt,
      quadrant: 'NEITHER',
      done: false,
      source: 'MANUAL',
      createdBy: owner.id,
      createdAt: now,
      updatedAt: now,
      version: 1,
    };
  });
  await repos.tasks.seed(tasks, now);
  return tasks;
}
