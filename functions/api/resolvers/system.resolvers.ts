import { COMMON_ERRORS, CrmError } from '../../domain/shared/errors';
import type { ApiContext } from '../context';
import type { Resolvers } from '../generated/resolvers-types';

function health(ctx: ApiContext) {
  return { ok: true, now: ctx.runtime.clock.now().toISOString(), companyId: ctx.runtime.companyId };
}

export const systemResolvers: Resolvers = {
  Query: {
    health: (_, __, ctx) => health(ctx),
  },
  Mutation: {
    setTestClock: async (_, { now }, ctx) => {
      const { actor } = ctx.service();
      const testClock = ctx.runtime.testClock;
      if (!testClock) throw new CrmError(COMMON_ERRORS.testClockDisabled);
      if (actor.role !== 'ADMIN') throw new CrmError(COMMON_ERRORS.forbidden, { action: '拨动测试时钟' });
      if (!testClock.moveTo(new Date(now))) throw new CrmError(COMMON_ERRORS.testClockBackwards);
      await ctx.runtime.afterClockMoved?.();
      return health(ctx);
    },
  },
};
