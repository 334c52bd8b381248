import { presentCustomer } from '../../domain/customers/customer.rules';
import { parseInput } from '../../domain/shared/validation';
import { CreatePlanInput, ReportPeriodKey, SubmitWorkReportInput, UpdatePlanInput, UpdateWorkReportInput } from '../../domain/tasks/plan.schemas';
import { createPlan, listPlans, listReportsOfPeriod, listWorkReports, submitWorkReport, updatePlan, updateWorkReport } from '../../domain/tasks/plan.service';
import { byDueThenQuadrant, isOverdue } from '../../domain/tasks/task.rules';
import { AgendaInput, CreateTaskInput, TASK_LABELS, TaskRangeInput, UpdateTaskInput } from '../../domain/tasks/task.schemas';
import { createTask, deleteTask, getAgenda, getTaskOrThrow, listTasks, updateTask } from '../../domain/tasks/task.service';
import type { Task, TaskRef } from '../../domain/tasks/task.types';
import { fromItem } from '../../store/item-codec';
import { ACTIVITY_PREFIX } from '../../store/keys';
import type { ApiContext } from '../context';
import type { Resolvers } from '../generated/resolvers-types';
import { cursorScope, decodeAfter, pageSize, toConnection } from '../pagination';
import { userRefOf } from './follow-ups.resolvers';

const parse = <S extends Parameters<typeof parseInput>[0]>(schema: S, raw: unknown, ctx: ApiContext) =>
  parseInput(schema, raw, ctx.runtime.locale, TASK_LABELS);

const ref = (id: string, customerId: string | null | undefined): TaskRef => ({ id, customerId: customerId ?? undefined });

export const taskResolvers: Resolvers = {
  Query: {
    agenda: async (_, args, ctx) =>
      getAgenda(ctx.service(), parse(AgendaInput, { userId: args.userId ?? undefined, date: args.date ?? undefined, expiringWithinDays: args.expiringWithinDays ?? undefined }, ctx)),
    tasks: async (_, { userId, from, to, first, after }, ctx) => {
      const input = parse(TaskRangeInput, { userId: userId ?? undefined, from, to }, ctx);
      const scope = cursorScope(ctx, 'tasks', input);
      return toConnection(ctx, await listTasks(ctx.service(), input, pageSize(first), decodeAfter(ctx, after, scope)), scope);
    },
    task: (_, { id, customerId }, ctx) => getTaskOrThrow(ctx.service(), ref(id, customerId)),
    plans: (_, { userId, first }, ctx) => listPlans(ctx.service(), userId ?? undefined, pageSize(first)),
    workReports: (_, { userId, first }, ctx) => listWorkReports(ctx.service(), userId ?? undefined, pageSize(first)),
    departmentWorkReports: (_, { period }, ctx) => listReportsOfPeriod(ctx.service(), parse(ReportPeriodKey, period, ctx)),
  },
  Mutation: {
    createTask: (_, { input }, ctx) => createTask(ctx.service(), parse(CreateTaskInput, input, ctx)),
    updateTask: (_, { id, customerId, input }, ctx) => updateTask(ctx.service(), ref(id, customerId), parse(UpdateTaskInput, input, ctx)),
    completeTask: (_, { id, customerId, expectedVersion }, ctx) =>
      updateTask(ctx.service(), ref(id, customerId), parse(UpdateTaskInput, { done: true, expectedVersion }, ctx)),
    deleteTask: (_, { id, customerId, expectedVersion }, ctx) => deleteTask(ctx.service(), ref(id, customerId), expectedVersion),
    createPlan: (_, { input }, ctx) => createPlan(ctx.service(), parse(CreatePlanInput, input, ctx)),
    updatePlan: (_, { id, input }, ctx) => updatePlan(ctx.service(), id, parse(UpdatePlanInput, input, ctx)),
    submitWorkReport: (_, { input }, ctx) => submitWorkReport(ctx.service(), parse(SubmitWorkReportInput, input, ctx)),
    updateWorkReport: (_, { period, input }, ctx) => updateWorkReport(ctx.service(), parse(ReportPeriodKey, period, ctx), parse(UpdateWorkReportInput, input, ctx)),
  },
  Task: {
    owner: (t, _, ctx) => userRefOf(ctx, t.ownerId),
    reminded: (t) => t.remindAt !== undefined && t.remindedAt === t.remindAt,
    overdue: (t, _, ctx) => isOverdue(t, ctx.runtime.clock.now()),
  },
  Agenda: {
    user: (a, _, ctx) => userRefOf(ctx, a.userId),
    expiringCustomers: (a, _, ctx) => a.expiringCustomers.map((c) => presentCustomer(ctx.service().actor, c)),
  },
  Plan: { owner: (p, _, ctx) => userRefOf(ctx, p.ownerId) },
  WorkReport: { owner: (r, _, ctx) => userRefOf(ctx, r.ownerId) },
  Customer: {
    tasks: async (c, { includeDone }, ctx) => {
      const collection = await ctx.loaders.collections.load(c.id);
      return (collection?.others ?? [])
        .filter((i) => String(i.SK).startsWith(ACTIVITY_PREFIX.task))
        .map((i) => fromItem<Task>(i))
        .filter((t) => includeDone || !t.done)
        .sort(byDueThenQuadrant);
    },
  },
};
