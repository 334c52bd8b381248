import { getVisibleCustomerOrThrow } from '../customers/customer.service';
import type { Customer, TeamMember } from '../customers/customer.types';
import { COMMON_ERRORS, CrmError } from '../shared/errors';
import type { ServiceContext } from '../shared/service-context';
import { canManageOwned, isSalesRole } from '../users/access.rules';
import { USER_ERRORS } from '../users/user.errors';
import { POOL_ERRORS } from './pool.errors';

/** 协作人: the owner or a manager above adds colleagues with read-only or read-write access. */
export interface TeamMemberInput {
  userId: string;
  role: TeamMember['role'];
  access: TeamMember['access'];
  until?: string;
}

async function manageableOrThrow(ctx: ServiceContext, customerId: string): Promise<Customer> {
  const customer = await getVisibleCustomerOrThrow(ctx, customerId);
  if (!customer.ownerId || !canManageOwned(ctx.actor, customer)) throw new CrmError(COMMON_ERRORS.forbidden, { action: '管理客户团队' });
  return customer;
}

export async function addTeamMember(ctx: ServiceContext, customerId: string, input: TeamMemberInput): Promise<Customer> {
  const current = await manageableOrThrow(ctx, customerId);
  const user = await ctx.repos.users.get(input.userId);
  if (!user) throw new CrmError(USER_ERRORS.userNotFound, { id: input.userId });
  if (!user.active) throw new CrmError(USER_ERRORS.userInactive, { name: user.name });
  if (user.id === current.ownerId) throw new CrmError(COMMON_ERRORS.invalidInput, { details: '归属人无需加入团队' });
  if (!isSalesRole(user.role) && user.role !== 'SERVICE') throw new CrmError(COMMON_ERRORS.invalidInput, { details: `${user.name} 的角色不能加入客户团队` });
  const now = ctx.clock.now().toISOString();
  const member: TeamMember = { ...input, addedAt: now, addedBy: ctx.actor.id };
  const team = [...(current.team ?? []).filter((m) => m.userId !== user.id), member];
  const next: Customer = { ...current, team, updatedAt: now, version: current.version + 1 };
  await ctx.repos.commit([ctx.repos.customers.putIfVersion(next, current.version), ctx.repos.customers.putTeamIndex(current.id, member)]);
  return next;
}

export async function removeTeamMember(ctx: ServiceContext, customerId: string, userId: string): Promise<Customer> {
  const current = await manageableOrThrow(ctx, customerId);
  if (!current.team?.some((m) => m.userId === userId)) throw new CrmError(POOL_ERRORS.teamMemberNotFound);
  const now = ctx.clock.now().toISOString();
  const next: Customer = { ...current, team: current.team.filter((m) => m.userId !== userId), updatedAt: now, version: current.version + 1 };
  await ctx.repos.commit([ctx.repos.customers.putIfVersion(next, current.version), ctx.repos.customers.deleteTeamIndex(current.id, userId)]);
  return next;
}
