import type { Repositories } from '../../store/repositories';
import { SWEEP_QUEUES } from '../../store/keys';
import type { Clock } from '../shared/clock';
import { newId } from '../shared/ids';
import { childPath, ROOT_DEPARTMENT_ID, type Department } from './department.types';
import type { User } from './user.types';

export interface BootstrapInput {
  companyName: string;
  adminEmail: string;
  adminName: string;
  /** Deployed: the Cognito `sub` of the admin; local: made up. */
  adminId?: string;
}

/** First run of a company: the root department and one admin. Safe to run again. */
export async function bootstrapCompany(repos: Repositories, clock: Clock, input: BootstrapInput): Promise<User> {
  const now = clock.now().toISOString();
  for (const kind of SWEEP_QUEUES) await repos.dueQueue.initWatermark(kind, now.slice(0, 10));
  let root = await repos.departments.get(ROOT_DEPARTMENT_ID);
  if (!root) {
    root = { id: ROOT_DEPARTMENT_ID, name: input.companyName, kind: 'COMPANY', path: childPath(undefined, ROOT_DEPARTMENT_ID), createdAt: now } satisfies Department;
    await repos.departments.create(root);
  }
  const existing = (await repos.users.listByPath(root.path)).find((u) => u.email === input.adminEmail);
  if (existing) return existing;
  const admin: User = {
    id: input.adminId ?? newId(clock.now()),
    email: input.adminEmail,
    name: input.adminName,
    role: 'ADMIN',
    departmentId: root.id,
    departmentPath: root.path,
    active: true,
    createdAt: now,
    updatedAt: now,
    version: 1,
  };
  await repos.users.create(admin);
  return admin;
}
