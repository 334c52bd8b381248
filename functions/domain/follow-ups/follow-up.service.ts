import { ulid } from 'ulid';
import type { Page, PageKey } from '../../store/cursor';
import type { Write } from '../../store/transactions';
import { canEditCustomer } from '../customers/customer.rules';
import { restartOnCustomerConflict } from '../customers/customer-conflict';
import { visibleOrThrow } from '../customers/customer.service';
import type { Customer } from '../customers/customer.types';
import { afterInvalidFollowUp, afterValidFollowUp } from '../protection/lifecycle.rules';
import { localDate } from '../reminders/zoned-time';
import { COMMON_ERRORS, CrmError } from '../shared/errors';
import type { ServiceContext } from '../shared/service-context';
import { newTask, userInViewOrThrow } from '../tasks/task.service';
import type { Task } from '../tasks/task.types';
import { FOLLOW_UP_ERRORS } from './follow-up.errors';
import { canReviewFollowUp, contactTimeProblem, followUpValidity } from './follow-up.rules';
import type { LogFollowUpInput, ReviewFollowUpInput } from './follow-up.schemas';
import type { FollowUp, FollowUpType } from './follow-up.types';

export interface LoggedFollowUp {
  followUp: FollowUp;
  customer: Customer;
  task?: Task;
}

async function contactNameOrThrow(ctx: ServiceContext, input: LogFollowUpInput): Promise<string | undefined> {
  if (!input.contactId) return input.contactName;
  const contact = await ctx.repos.customers.getContact(input.customerId, input.contactId);
  if (!contact) throw new CrmError(FOLLOW_UP_ERRORS.contactNotFound);
  return contact.name;
}

function checkTimes(ctx: ServiceContext, at: string, nextContactAt: string | undefined): void {
  const problem = contactTimeProblem(at, ctx.clock.now(), ctx.settings);
  if (problem === 'FUTURE') throw new CrmError(FOLLOW_UP_ERRORS.atInFuture);
  if (problem === 'TOO_OLD') throw new CrmError(FOLLOW_UP_ERRORS.atTooOld, { days: ctx.settings.followUpFreshnessDays });
  if (nextContactAt && nextContactAt <= ctx.clock.now().toISOString()) throw new CrmError(FOLLOW_UP_ERRORS.nextContactNotLater);
}

/**
 * Logs a follow-up (PRODUCT.md rules 1 and 6). Only the owner, managers above them and admins may.
 * The record, the customer's protection change (a valid one refreshes the deadline, an invalid one is
 * counted towards 无效跟踪) and the next-contact task are one transaction; a concurrent change to the
 * customer makes it start over from fresh data.
 */
export async function logFollowUp(ctx: ServiceContext, input: LogFollowUpInput): Promise<LoggedFollowUp> {
  const nowDate = ctx.clock.now();
  const now = nowDate.toISOString();
  const at = input.at ?? now;
  checkTimes(ctx, at, input.nextContactAt);
  const contactName = await contactNameOrThrow(ctx, input);
  const validity = followUpValidity({ content: input.content, contactName }, ctx.settings);
  const id = ulid(new Date(at).getTime());
  return restartOnCustomerConflict(async () => {
    const customer = visibleOrThrow(ctx, await ctx.repos.customers.get(input.customerId, true));
    if (!canEditCustomer(ctx.actor, customer)) throw new CrmError(COMMON_ERRORS.forbidden, { action: '为此客户登记跟进' });
    const task = input.nextContactAt ? nextContactTask(ctx, customer, input, contactName, id) : undefined;
    const followUp: FollowUp = {
      id,
      customerId: customer.id,
      customerName: customer.name,
      authorId: ctx.actor.id,
      authorDeptPath: ctx.actor.departmentPath,
      type: input.type,
      at,
      day: localDate(at, ctx.settings.timeZone),
      contactId: input.contactId,
      contactName,
      subject: input.subject,
      purpose: input.purpose,
      interestLevel: input.interestLevel,
      content: input.content,
      needs: input.needs,
      nextContactAt: input.nextContactAt,
      nextContactTaskId: task?.id,
      ...validity,
      review: { status: 'PENDING' },
      createdAt: now,
      updatedAt: now,
      version: 1,
    };
    const next = validity.valid ? afterValidFollowUp(customer, at, now, ctx.settings) : afterInvalidFollowUp(customer, now, ctx.settings);
    const writes: Write[] = [ctx.repos.followUps.put(followUp), ctx.repos.customers.putIfVersion(next, customer.version)];
    if (task) writes.push(ctx.repos.tasks.put(task, now));
    await ctx.repos.commit(writes);
    return { followUp, customer: next, task };
  });
}

const NEXT_CONTACT_VERB: Record<FollowUpType, string> = { CALL: '致电', VISIT: '拜访', EMAIL: '邮件联系', ONLINE: '在线联系', OTHER: '联系' };

/** The follow-up's next contact time becomes a task (and its reminder) of the customer's owner. */
function nextContactTask(ctx: ServiceContext, customer: Customer, input: LogFollowUpInput, contactName: string | undefined, followUpId: string): Task {
  const owner = customer.ownerId && customer.ownerDeptPath ? { id: customer.ownerId, departmentPath: customer.ownerDeptPath } : { id: ctx.actor.id, departmentPath: ctx.actor.departmentPath };
  const whom = contactName ? `${customer.name}（${contactName}）` : customer.name;
  return newTask(ctx, owner, customer, {
    title: `${NEXT_CONTACT_VERB[input.type]}${whom}`.slice(0, 100),
    note: input.subject,
    dueAt: input.nextContactAt!,
    remindAt: input.nextContactAt!,
    quadrant: 'IMPORTANT_URGENT',
    source: 'NEXT_CONTACT',
    followUpId,
  });
}

/** A manager above the author (or an admin) approves or rejects, once, with a comment. */
export async function reviewFollowUp(ctx: ServiceContext, customerId: string, id: string, input: ReviewFollowUpInput): Promise<FollowUp> {
  const current = await ctx.repos.followUps.get(customerId, id);
  if (!current) throw new CrmError(COMMON_ERRORS.notFound, { entity: '跟进记录' });
  if (!canReviewFollowUp(ctx.actor, current)) {
    if (current.authorId === ctx.actor.id) throw new CrmError(FOLLOW_UP_ERRORS.cannotReview);
    throw new CrmError(COMMON_ERRORS.notFound, { entity: '跟进记录' });
  }
  if (current.review.status !== 'PENDING') throw new CrmError(FOLLOW_UP_ERRORS.alreadyReviewed);
  const now = ctx.clock.now().toISOString();
  const next: FollowUp = {
    ...current,
    review: { status: input.decision === 'APPROVE' ? 'APPROVED' : 'REJECTED', reviewerId: ctx.actor.id, comment: input.comment, reviewedAt: now },
    updatedAt: now,
    version: current.version + 1,
  };
  await ctx.repos.commit([ctx.repos.followUps.put(next, input.expectedVersion)]);
  return next;
}

export async function listCustomerFollowUps(ctx: ServiceContext, customerId: string, limit: number, startKey?: PageKey): Promise<Page<FollowUp>> {
  visibleOrThrow(ctx, await ctx.repos.customers.get(customerId));
  return ctx.repos.followUps.listByCustomer(customerId, limit, startKey);
}

export interface RepDay {
  userId: string;
  date: string;
  items: FollowUp[];
}

/** A rep's follow-ups of one day (KPI: calls, visits, valid ones): the rep, managers above, admins. */
export async function listRepDay(ctx: ServiceContext, userId: string | undefined, date: string): Promise<RepDay> {
  const user = await userInViewOrThrow(ctx, userId);
  return { userId: user.id, date, items: await ctx.repos.followUps.listOfDay(user.id, date) };
}

/** Follow-ups waiting for review in the manager's subtree (admins: all), excluding their own. */
export async function listFollowUpsToReview(ctx: ServiceContext, limit: number, startKey?: PageKey): Promise<Page<FollowUp>> {
  if (ctx.actor.role !== 'ADMIN' && ctx.actor.role !== 'MANAGER') throw new CrmError(COMMON_ERRORS.forbidden, { action: '审阅跟进记录' });
  const page = await ctx.repos.followUps.listToReview(ctx.actor.role === 'ADMIN' ? undefined : ctx.actor.departmentPath, limit, startKey);
  const keep = page.items.map((f) => canReviewFollowUp(ctx.actor, f));
  return { ...page, items: page.items.filter((_, i) => keep[i]), itemKeys: page.itemKeys?.filter((_, i) => keep[i]) };
}
