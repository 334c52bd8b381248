import { presentCustomer } from '../../domain/customers/customer.rules';
import { FOLLOW_UP_LABELS, LogFollowUpInput, RepDayInput, ReviewFollowUpInput } from '../../domain/follow-ups/follow-up.schemas';
import {
  listCustomerFollowUps,
  listFollowUpsToReview,
  listRepDay,
  logFollowUp,
  reviewFollowUp,
} from '../../domain/follow-ups/follow-up.service';
import { FOLLOW_UP_TYPES } from '../../domain/follow-ups/follow-up.types';
import { parseInput } from '../../domain/shared/validation';
import { followUpsOfCollection } from '../../store/follow-up.repository';
import type { ApiContext } from '../context';
import type { Resolvers } from '../generated/resolvers-types';
import { cursorScope, decodeAfter, pageSize, toConnection } from '../pagination';

const parse = <S extends Parameters<typeof parseInput>[0]>(schema: S, raw: unknown, ctx: ApiContext) =>
  parseInput(schema, raw, ctx.runtime.locale, FOLLOW_UP_LABELS);

export async function userRefOf(ctx: ApiContext, id: string) {
  const user = await ctx.loaders.users.load(id);
  return user ? { id: user.id, name: user.name } : { id, name: '（已删除用户）' };
}

export const followUpResolvers: Resolvers = {
  Query: {
    followUps: async (_, { customerId, first, after }, ctx) => {
      const scope = cursorScope(ctx, 'followUps', { customerId });
      const page = await listCustomerFollowUps(ctx.service(), customerId, pageSize(first), decodeAfter(ctx, after, scope));
      return toConnection(ctx, page, scope);
    },
    followUpsOfDay: async (_, args, ctx) => {
      const { userId, date } = parse(RepDayInput, { userId: args.userId ?? undefined, date: args.date }, ctx);
      return listRepDay(ctx.service(), userId, date);
    },
    followUpsToReview: async (_, { first, after }, ctx) => {
      const scope = cursorScope(ctx, 'followUpsToReview', {});
      return toConnection(ctx, await listFollowUpsToReview(ctx.service(), pageSize(first), decodeAfter(ctx, after, scope)), scope);
    },
  },
  Mutation: {
    logFollowUp: async (_, { input }, ctx) => {
      const service = ctx.service();
      const logged = await logFollowUp(service, parse(LogFollowUpInput, input, ctx));
      ctx.loaders.customers.clear(logged.customer.id).prime(logged.customer.id, logged.customer);
      ctx.loaders.collections.clear(logged.customer.id);
      return { ...logged, customer: presentCustomer(service.actor, logged.customer) };
    },
    reviewFollowUp: async (_, { customerId, id, input }, ctx) => reviewFollowUp(ctx.service(), customerId, id, parse(ReviewFollowUpInput, input, ctx)),
  },
  FollowUp: {
    author: (f, _, ctx) => userRefOf(ctx, f.authorId),
    review: async (f, _, ctx) => ({
      status: f.review.status,
      comment: f.review.comment,
      reviewedAt: f.review.reviewedAt,
      reviewer: f.review.reviewerId ? await userRefOf(ctx, f.review.reviewerId) : null,
    }),
  },
  RepFollowUpDay: {
    user: (d, _, ctx) => userRefOf(ctx, d.userId),
    total: (d) => d.items.length,
    valid: (d) => d.items.filter((f) => f.valid).length,
    byType: (d) => FOLLOW_UP_TYPES.map((type) => ({ type, count: d.items.filter((f) => f.type === type).length })),
    followUps: (d) => d.items,
  },
  Customer: {
    followUps: async (c, { first }, ctx) => {
      const collection = await ctx.loaders.collections.load(c.id);
      return followUpsOfCollection(collection?.others ?? []).slice(0, pageSize(first));
    },
  },
};
