import { getEditableCustomerOrThrow } from '../customers/customer.service';
import type { Customer } from '../customers/customer.types';
import type { Page, PageKey } from '../../store/cursor';
import { COMMON_ERRORS, CrmError } from '../shared/errors';
import { newId } from '../shared/ids';
import type { ServiceContext } from '../shared/service-context';
import { isManagerOf } from '../users/access.rules';
import { USER_ERRORS } from '../users/user.errors';
import type { User } from '../users/user.types';
import { TASK_ERRORS } from './task.errors';
import { agendaWindow, byDueThenQuadrant, canManageTask, todayIn } from './task.rules';
import type { AgendaInput, CreateTaskInput, TaskRangeInput, UpdateTaskInput } from './task.schemas';
import type { Task, TaskRef, TaskSource } from './task.types';

export interface NewTaskFields {
  title: string;
  note?: string;
  dueAt: string;
  remindAt?: string;
  quadrant: Task['quadrant'];
  source: TaskSource;
  followUpId?: string;
}

/** A new task for `owner`, about `customer` when given. */
export function newTask(ctx: ServiceContext, owner: Pick<User, 'id' | 'departmentPath'>, customer: Pick<Customer, 'id' | 'name'> | undefined, fields: NewTaskFields): Task {
  if (fields.remindAt && fields.remindAt > fields.dueAt) throw new CrmError(TASK_ERRORS.remindAfterDue);
  const now = ctx.clock.now().toISOString();
  return {
    ...fields,
    id: newId(ctx.clock.now()),
    ownerId: owner.id,
    ownerDeptPath: owner.departmentPath,
    customerId: customer?.id,
    customerName: customer?.name,
    done: false,
    createdBy: ctx.actor.id,
    createdAt: now,
    updatedAt: now,
    version: 1,
  };
}

/** Yourself, or (managers and admins) an active user of your subtree. */
export async function userInViewOrThrow(ctx: ServiceContext, userId: string | undefined): Promise<User> {
  const id = userId ?? ctx.actor.id;
  const user = await ctx.repos.users.get(id);
  if (!user || (user.id !== ctx.actor.id && !isManagerOf(ctx.actor, user.departmentPath))) {
    throw new CrmError(COMMON_ERRORS.notFound, { entity: '用户' });
  }
  return user;
}

export async function createTask(ctx: ServiceContext, input: CreateTaskInput): Promise<Task> {
  const owner = await userInViewOrThrow(ctx, input.ownerId);
  if (!owner.active) throw new CrmError(USER_ERRORS.userInactive, { name: owner.name });
  const customer = input.customerId ? await getEditableCustomerOrThrow(ctx, input.customerId) : undefined;
  const task = newTask(ctx, owner, customer, { ...input, source: 'MANUAL' });
  await ctx.repos.commit([ctx.repos.tasks.put(task, task.createdAt)]);
  return task;
}

export async function getTaskOrThrow(ctx: ServiceContext, ref: TaskRef): Promise<Task> {
  const task = await ctx.repos.tasks.get(ref);
  if (!task || !canManageTask(ctx.actor, task)) throw new CrmError(COMMON_ERRORS.notFound, { entity: '任务' });
  return task;
}

/** Changing the reminder time schedules a new reminder; completing a task cancels its pending one. */
export async function updateTask(ctx: ServiceContext, ref: TaskRef, input: UpdateTaskInput): Promise<Task> {
  const current = await getTaskOrThrow(ctx, ref);
  const { expectedVersion, remindAt, done, ...changes } = input;
  if (current.version !== expectedVersion) throw new CrmError(COMMON_ERRORS.staleVersion, { entity: '任务' });
  const now = ctx.clock.now().toISOString();
  const defined = Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined)) as Partial<Task>;
  const next: Task = { ...current, ...defined, updatedAt: now, version: current.version + 1 };
  if (remindAt === null) delete next.remindAt;
  else if (remindAt !== undefined) next.remindAt = remindAt;
  if (done !== undefined && done !== current.done) {
    next.done = done;
    if (done) next.doneAt = now;
    else delete next.doneAt;
  }
  if (next.remindAt && next.remindAt > next.dueAt) throw new CrmError(TASK_ERRORS.remindAfterDue);
  await ctx.repos.commit([ctx.repos.tasks.put(next, now, expectedVersion)]);
  return next;
}

export async function deleteTask(ctx: ServiceContext, ref: TaskRef, expectedVersion: number): Promise<Task> {
  const current = await getTaskOrThrow(ctx, ref);
  await ctx.repos.commit([ctx.repos.tasks.delete(current, expectedVersion)]);
  return current;
}

export interface Agenda {
  date: string;
  userId: string;
  today: Task[];
  tomorrow: Task[];
  overdue: Task[];
  expiringCustomers: Customer[];
}

/**
 * A user's day (before leaving: review today, plan tomorrow): today's and tomorrow's tasks, open
 * tasks from earlier days, customers whose protection ends soon. Three Queries, run together.
 */
export async function getAgenda(ctx: ServiceContext, input: AgendaInput): Promise<Agenda> {
  const user = await userInViewOrThrow(ctx, input.userId);
  const now = ctx.clock.now();
  const w = agendaWindow(input.date ?? todayIn(now, ctx.settings.timeZone), ctx.settings.timeZone);
  const expiringBefore = new Date(now.getTime() + input.expiringWithinDays * 86_400_000).toISOString();
  const [twoDays, overdue, expiring] = await Promise.all([
    ctx.repos.tasks.listDue(user.id, w.todayStart, w.dayAfterStart, 200),
    ctx.repos.tasks.listOpenBefore(user.id, w.todayStart, 100),
    ctx.repos.customers.list({ kind: 'DEADLINE', userId: user.id, before: expiringBefore }, 50),
  ]);
  const sorted = twoDays.items.filter((t) => t.dueAt < w.dayAfterStart).sort(byDueThenQuadrant);
  return {
    date: w.date,
    userId: user.id,
    today: sorted.filter((t) => t.dueAt < w.tomorrowStart),
    tomorrow: sorted.filter((t) => t.dueAt >= w.tomorrowStart),
    overdue: overdue.sort(byDueThenQuadrant),
    expiringCustomers: expiring.items.filter((c) => c.ownerId === user.id),
  };
}

/** A user's tasks due in a time range (calendar view): one Query per page. */
export async function listTasks(ctx: ServiceContext, input: TaskRangeInput, limit: number, startKey?: PageKey): Promise<Page<Task>> {
  const user = await userInViewOrThrow(ctx, input.userId);
  return ctx.repos.tasks.listDue(user.id, input.from, input.to, limit, startKey);
}
