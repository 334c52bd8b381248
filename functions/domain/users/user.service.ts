import { COMMON_ERRORS, CrmError } from '../shared/errors';
import { newId } from '../shared/ids';
import type { ServiceContext } from '../shared/service-context';
import { isManagerOf } from './access.rules';
import { childPath, type Department } from './department.types';
import { USER_ERRORS } from './user.errors';
import type { CreateDepartmentInput, CreateUserInput, UpdateUserInput } from './user.schemas';
import type { User } from './user.types';

function requireAdmin(ctx: ServiceContext, action: string): void {
  if (ctx.actor.role !== 'ADMIN') throw new CrmError(COMMON_ERRORS.forbidden, { action });
}

async function departmentOrThrow(ctx: ServiceContext, id: string): Promise<Department> {
  const department = await ctx.repos.departments.get(id);
  if (!department) throw new CrmError(USER_ERRORS.departmentNotFound, { id });
  return department;
}

export async function createUser(ctx: ServiceContext, input: CreateUserInput): Promise<User> {
  requireAdmin(ctx, '新建用户');
  const department = await departmentOrThrow(ctx, input.departmentId);
  const now = ctx.clock.now().toISOString();
  const user: User = {
    ...input,
    id: input.id ?? newId(ctx.clock.now()),
    departmentPath: department.path,
    active: true,
    createdAt: now,
    updatedAt: now,
    version: 1,
  };
  await ctx.repos.users.create(user);
  return user;
}

export async function updateUser(ctx: ServiceContext, id: string, input: UpdateUserInput): Promise<User> {
  requireAdmin(ctx, '修改用户');
  const current = await ctx.repos.users.get(id);
  if (!current) throw new CrmError(USER_ERRORS.userNotFound, { id });
  if (id === ctx.actor.id && input.active === false) throw new CrmError(USER_ERRORS.cannotDeactivateSelf);
  const { expectedVersion, ...changes } = input;
  const defined = Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined)) as Partial<User>;
  const next: User = { ...current, ...defined, updatedAt: ctx.clock.now().toISOString(), version: current.version + 1 };
  if (input.departmentId && input.departmentId !== current.departmentId) {
    next.departmentPath = (await departmentOrThrow(ctx, input.departmentId)).path;
  }
  await ctx.repos.users.update(next, expectedVersion, current.email);
  return next;
}

export async function createDepartment(ctx: ServiceContext, input: CreateDepartmentInput): Promise<Department> {
  requireAdmin(ctx, '新建部门');
  const parent = await departmentOrThrow(ctx, input.parentId);
  const id = newId(ctx.clock.now());
  const department: Department = {
    id,
    name: input.name,
    kind: input.kind,
    parentId: parent.id,
    path: childPath(parent, id),
    createdAt: ctx.clock.now().toISOString(),
  };
  await ctx.repos.departments.create(department);
  return department;
}

/** Admins list everyone, managers their subtree, others only themselves. */
export async function listUsers(ctx: ServiceContext): Promise<User[]> {
  if (ctx.actor.role === 'ADMIN') return ctx.repos.users.listByPath(undefined);
  if (ctx.actor.role === 'MANAGER') return ctx.repos.users.listByPath(ctx.actor.departmentPath);
  const me = await ctx.repos.users.get(ctx.actor.id);
  return me ? [me] : [];
}

export async function getVisibleUserOrThrow(ctx: ServiceContext, id: string): Promise<User> {
  const user = await ctx.repos.users.get(id);
  if (!user || (user.id !== ctx.actor.id && !isManagerOf(ctx.actor, user.departmentPath))) {
    throw new CrmError(COMMON_ERRORS.notFound, { entity: '用户' });
  }
  return user;
}
