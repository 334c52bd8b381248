import { formatFen } from '../../domain/money/money';
import { SetTargetSchema, SplitTargetSchema, TARGET_LABELS } from '../../domain/targets/target.schemas';
import { setTarget, splitDepartmentTarget, targetProgress } from '../../domain/targets/target.service';
import { parseInput } from '../../domain/shared/validation';
import type { Resolvers } from '../generated/resolvers-types';
import { requiredUserRef, userRef, withoutNulls } from './sales-loaders';

const optionalMoney = (fen: number | null) => (fen === null ? null : formatFen(fen));

export const targetResolvers: Resolvers = {
  Query: {
    targetProgress: (_, args, ctx) =>
      targetProgress(ctx.service(), { period: args.period, metric: args.metric, currency: args.currency ?? 'CNY', departmentId: args.departmentId, userId: args.userId }),
  },
  Mutation: {
    setSalesTarget: (_, { input }, ctx) => setTarget(ctx.service(), parseInput(SetTargetSchema, withoutNulls(input), ctx.runtime.locale, TARGET_LABELS)),
    splitDepartmentTarget: (_, { input }, ctx) =>
      splitDepartmentTarget(ctx.service(), parseInput(SplitTargetSchema, withoutNulls(input), ctx.runtime.locale, TARGET_LABELS)),
  },
  SalesTarget: {
    subjectName: async (t, _, ctx) => {
      if (t.subjectKind === 'REP') return (await ctx.loaders.users.load(t.subjectId))?.name ?? null;
      return (await ctx.runtime.repos.departments.get(t.subjectId))?.name ?? null;
    },
    amount: (t) => formatFen(t.amount),
    splitFromDepartmentId: (t) => t.splitFrom ?? null,
    setBy: (t, _, ctx) => userRef(ctx, t.setBy),
  },
  DepartmentTargetProgress: {
    parentId: (d) => d.department.parentId ?? null,
    ownTarget: (d) => optionalMoney(d.ownTarget),
    membersTarget: (d) => optionalMoney(d.membersTarget),
    target: (d) => optionalMoney(d.target),
    actual: (d) => formatFen(d.actual),
    allocated: (d) => optionalMoney(d.allocated),
  },
  RepTargetProgress: {
    rep: (r, _, ctx) => requiredUserRef(ctx, r.user.id),
    departmentId: (r) => r.user.departmentId,
    target: (r) => optionalMoney(r.target),
    actual: (r) => formatFen(r.actual),
  },
};
