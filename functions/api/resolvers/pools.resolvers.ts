import { AssignmentRuleInput, POOL_LABELS, PoolInput, TeamMemberInput } from '../../domain/pools/pool.schemas';
import { createAssignmentRule } from '../../domain/pools/assignment.service';
import { lockCustomer, unlockCustomer } from '../../domain/pools/lock.service';
import { createPool, listVisiblePools, updatePool } from '../../domain/pools/pool-admin.service';
import { addTeamMember, removeTeamMember } from '../../domain/pools/team.service';
import { presentCustomer } from '../../domain/customers/customer.rules';
import { COMMON_ERRORS, CrmError } from '../../domain/shared/errors';
import { parseInput, requiredText } from '../../domain/shared/validation';
import type { ApiContext } from '../context';
import type { Resolvers } from '../generated/resolvers-types';

const parse = <S extends Parameters<typeof parseInput>[0]>(schema: S, raw: unknown, ctx: ApiContext) => parseInput(schema, raw, ctx.runtime.locale, POOL_LABELS);
const reason = (raw: string, ctx: ApiContext) => parseInput(requiredText(500), raw, ctx.runtime.locale, { reason: ['原因', 'reason'] });

export const poolResolvers: Resolvers = {
  Query: {
    pools: (_, __, ctx) => listVisiblePools(ctx.service()),
    assignmentRules: (_, __, ctx) => {
      if (ctx.service().actor.role !== 'ADMIN') throw new CrmError(COMMON_ERRORS.forbidden, { action: '查看客户分配规则' });
      return ctx.runtime.repos.assignments.list();
    },
  },
  Mutation: {
    createPool: (_, { input }, ctx) => createPool(ctx.service(), parse(PoolInput, input, ctx)),
    updatePool: (_, { id, input, expectedVersion }, ctx) => updatePool(ctx.service(), id, parse(PoolInput, input, ctx), expectedVersion),
    lockCustomer: async (_, args, ctx) => presentCustomer(ctx.service().actor, await lockCustomer(ctx.service(), args.customerId, reason(args.reason, ctx))),
    unlockCustomer: async (_, args, ctx) => presentCustomer(ctx.service().actor, await unlockCustomer(ctx.service(), args.customerId, reason(args.reason, ctx))),
    addTeamMember: async (_, args, ctx) => presentCustomer(ctx.service().actor, await addTeamMember(ctx.service(), args.customerId, parse(TeamMemberInput, args.input, ctx))),
    removeTeamMember: async (_, args, ctx) => presentCustomer(ctx.service().actor, await removeTeamMember(ctx.service(), args.customerId, args.userId)),
    createAssignmentRule: (_, { input }, ctx) => createAssignmentRule(ctx.service(), parse(AssignmentRuleInput, input, ctx)),
  },
  Customer: {
    locked: (c) => c.protection?.locked ?? false,
    team: (c) => c.team ?? [],
  },
  TeamMember: {
    user: async (m, _, ctx) => {
      const user = await ctx.loaders.users.load(m.userId);
      return { id: m.userId, name: user?.name ?? '（已删除用户）' };
    },
  },
};
