import { COMMON_ERRORS, CrmError } from '../shared/errors';
import { newId } from '../shared/ids';
import type { ServiceContext } from '../shared/service-context';
import { localDate } from '../reminders/zoned-time';
import type { CreatePlanInput, SubmitWorkReportInput, UpdatePlanInput, UpdateWorkReportInput } from './plan.schemas';
import type { Plan, WorkReport } from './plan.types';
import { TASK_ERRORS } from './task.errors';
import { userInViewOrThrow } from './task.service';
import { reportPeriod } from './work-report.rules';

export async function createPlan(ctx: ServiceContext, input: CreatePlanInput): Promise<Plan> {
  if (input.endDate < input.startDate) throw new CrmError(TASK_ERRORS.badPeriod);
  const now = ctx.clock.now().toISOString();
  const plan: Plan = {
    ...input,
    id: newId(ctx.clock.now()),
    ownerId: ctx.actor.id,
    ownerDeptPath: ctx.actor.departmentPath,
    completion: 0,
    createdAt: now,
    updatedAt: now,
    version: 1,
  };
  await ctx.repos.commit([ctx.repos.plans.putPlan(plan)]);
  return plan;
}

/** Plans are personal: only their author changes them (managers read them). */
export async function updatePlan(ctx: ServiceContext, id: string, input: UpdatePlanInput): Promise<Plan> {
  const current = await ctx.repos.plans.getPlan(ctx.actor.id, id);
  if (!current) throw new CrmError(COMMON_ERRORS.notFound, { entity: '计划' });
  const { expectedVersion, ...changes } = input;
  const defined = Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined)) as Partial<Plan>;
  const next: Plan = { ...current, ...defined, updatedAt: ctx.clock.now().toISOString(), version: current.version + 1 };
  if (next.endDate < next.startDate) throw new CrmError(TASK_ERRORS.badPeriod);
  await ctx.repos.commit([ctx.repos.plans.putPlan(next, expectedVersion)]);
  return next;
}

export async function listPlans(ctx: ServiceContext, userId: string | undefined, limit: number): Promise<Plan[]> {
  const user = await userInViewOrThrow(ctx, userId);
  return ctx.repos.plans.listPlans(user.id, limit);
}

/** Submits this week's (or month's) report, titled by the company convention; one per period. */
export async function submitWorkReport(ctx: ServiceContext, input: SubmitWorkReportInput): Promise<WorkReport> {
  const date = input.date ?? localDate(ctx.clock.now(), ctx.settings.timeZone);
  const now = ctx.clock.now().toISOString();
  const report: WorkReport = {
    ...reportPeriod(input.kind, date, ctx.actor.name),
    id: newId(ctx.clock.now()),
    ownerId: ctx.actor.id,
    ownerDeptPath: ctx.actor.departmentPath,
    kind: input.kind,
    content: input.content,
    nextPlan: input.nextPlan,
    createdAt: now,
    updatedAt: now,
    version: 1,
  };
  await ctx.repos.commit([ctx.repos.plans.putReport(report)]);
  return report;
}

export async function updateWorkReport(ctx: ServiceContext, period: string, input: UpdateWorkReportInput): Promise<WorkReport> {
  const current = await ctx.repos.plans.getReport(ctx.actor.id, period);
  if (!current) throw new CrmError(COMMON_ERRORS.notFound, { entity: '工作报告' });
  const { expectedVersion, ...changes } = input;
  const defined = Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined)) as Partial<WorkReport>;
  const next: WorkReport = { ...current, ...defined, updatedAt: ctx.clock.now().toISOString(), version: current.version + 1 };
  await ctx.repos.commit([ctx.repos.plans.putReport(next, expectedVersion)]);
  return next;
}

export async function listWorkReports(ctx: ServiceContext, userId: string | undefined, limit: number): Promise<WorkReport[]> {
  const user = await userInViewOrThrow(ctx, userId);
  return ctx.repos.plans.listReports(user.id, limit);
}

/** Managers: every report of a period in their subtree; admins: all. */
export async function listReportsOfPeriod(ctx: ServiceContext, period: string): Promise<WorkReport[]> {
  if (ctx.actor.role !== 'ADMIN' && ctx.actor.role !== 'MANAGER') throw new CrmError(COMMON_ERRORS.forbidden, { action: '查看部门工作报告' });
  return ctx.repos.plans.listReportsOfPeriod(period, ctx.actor.role === 'ADMIN' ? undefined : ctx.actor.departmentPath);
}
