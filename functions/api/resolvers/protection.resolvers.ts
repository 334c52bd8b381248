import * as z from 'zod';
import { applyForExtension, applyForIntent, decideApplication, listPendingApplications } from '../../domain/protection/application.service';
import { markCustomerFormal } from '../../domain/protection/lifecycle.service';
import { mergeCustomers } from '../../domain/protection/merge.service';
import { claimCustomer, releaseCustomer } from '../../domain/protection/pool.service';
import { reassignInvalidTracking, transferAllCustomers, transferCustomer } from '../../domain/protection/transfer.service';
import { presentCustomer } from '../../domain/customers/customer.rules';
import { COMMON_ERRORS, CrmError } from '../../domain/shared/errors';
import { parseInput, requiredText, text } from '../../domain/shared/validation';
import type { ApiContext } from '../context';
import type { Resolvers } from '../generated/resolvers-types';

const Reason = requiredText(500);
const OptionalComment = text(500).optional();
const Month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, '月份格式应为 yyyy-mm');
const LABELS = { reason: ['原因', 'reason'], comment: ['审批意见', 'comment'], month: ['月份', 'month'] } as const;

const reason = (raw: string, ctx: ApiContext) => parseInput(Reason, raw, ctx.runtime.locale, { reason: LABELS.reason });

async function userRef(ctx: ApiContext, id: string | undefined | null) {
  if (!id) return null;
  if (id === 'system') return { id, name: '系统' };
  const user = await ctx.loaders.users.load(id);
  return user ? { id: user.id, name: user.name } : { id, name: '（已删除用户）' };
}

const present = <T extends Parameters<typeof presentCustomer>[1]>(ctx: ApiContext, c: T) => presentCustomer(ctx.service().actor, c);

export const protectionResolvers: Resolvers = {
  Query: {
    pendingApplications: (_, __, ctx) => listPendingApplications(ctx.service()),
    buyingStatusTransitions: async (_, { month }, ctx) => {
      const service = ctx.service();
      if (service.actor.role !== 'ADMIN' && service.actor.role !== 'MANAGER') throw new CrmError(COMMON_ERRORS.forbidden, { action: '查看客户分类统计' });
      const counts = await ctx.runtime.repos.customers.buyingTransitions(parseInput(Month, month, ctx.runtime.locale, { month: LABELS.month }));
      return Object.entries(counts).map(([key, count]) => {
        const [from, to] = key.split('>') as [never, never];
        return { from, to, count };
      });
    },
  },
  Mutation: {
    claimCustomer: async (_, { customerId }, ctx) => present(ctx, await claimCustomer(ctx.service(), customerId)),
    releaseCustomer: async (_, args, ctx) => present(ctx, await releaseCustomer(ctx.service(), args.customerId, reason(args.reason, ctx), args.toPoolId ?? undefined)),
    transferCustomer: async (_, args, ctx) => present(ctx, await transferCustomer(ctx.service(), args.customerId, args.toUserId, reason(args.reason, ctx), args.keepPreviousOwnerAsMember ?? false)),
    transferAllCustomers: (_, args, ctx) => transferAllCustomers(ctx.service(), args.fromUserId, args.toUserId, reason(args.reason, ctx)),
    reassignInvalidTrackingCustomer: async (_, args, ctx) =>
      present(ctx, await reassignInvalidTracking(ctx.service(), args.customerId, args.toUserId, reason(args.reason, ctx))),
    mergeCustomers: (_, args, ctx) => mergeCustomers(ctx.service(), args.customerId, args.duplicateId, reason(args.reason, ctx)),
    applyForIntent: (_, args, ctx) => applyForIntent(ctx.service(), args.customerId, reason(args.reason, ctx)),
    applyForExtension: (_, args, ctx) => applyForExtension(ctx.service(), args.customerId, args.days, reason(args.reason, ctx)),
    decideApplication: (_, args, ctx) =>
      decideApplication(
        ctx.service(),
        args.customerId,
        args.applicationId,
        args.approve,
        parseInput(OptionalComment, args.comment ?? undefined, ctx.runtime.locale, { comment: LABELS.comment }),
      ),
    markCustomerFormal: async (_, { customerId }, ctx) => present(ctx, await markCustomerFormal(ctx.service(), customerId)),
  },
  Customer: {
    ownershipHistory: async (c, _, ctx) => {
      const collection = await ctx.loaders.collections.load(c.id);
      return (collection?.ownership ?? []).sort((a, b) => a.id.localeCompare(b.id));
    },
  },
  OwnershipEvent: {
    actor: (e, _, ctx) => userRef(ctx, e.actorId),
    fromOwner: (e, _, ctx) => userRef(ctx, e.fromOwnerId),
    toOwner: (e, _, ctx) => userRef(ctx, e.toOwnerId),
  },
  Application: {
    applicant: (a, _, ctx) => userRef(ctx, a.applicantId),
    decider: (a, _, ctx) => userRef(ctx, a.deciderId),
  },
};
