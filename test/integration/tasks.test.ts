import { beforeAll, describe, expect, it } from 'vitest';
import { logFollowUp } from '../../functions/domain/follow-ups/follow-up.service';
import { DAY_MS, HOUR_MS } from '../../functions/domain/shared/clock';
import { createPlan, listPlans, listReportsOfPeriod, submitWorkReport, updatePlan } from '../../functions/domain/tasks/plan.service';
import { createTask, deleteTask, getAgenda, updateTask } from '../../functions/domain/tasks/task.service';
import { transferCustomer } from '../../functions/domain/protection/transfer.service';
import { measureDynamoCalls } from '../../functions/store/instrumentation';
import { createReminderSweep } from '../../functions/sweeps/reminders.sweep';
import { sweepEvent } from '../../functions/sweeps/sweep-event';
import { buildCustomer, buildOrg, type Org } from '../support/builders';
import { createTestStack, T0, type TestStack } from '../support/test-stack';

let stack: TestStack;
let org: Org;

beforeAll(async () => {
  stack = await createTestStack();
  org = await buildOrg(stack);
});

/** T0 is 09:00 on Monday 2 March 2026 in Shanghai. */
const at = (hoursFromT0: number) => new Date(T0.getTime() + hoursFromT0 * HOUR_MS).toISOString();

describe('tasks', () => {
  it('creates personal and customer tasks; a rep cannot give tasks to others, a manager can within the subtree', async () => {
    const customer = await buildCustomer(stack, org.teamRep);
    const personal = await createTask(stack.as(org.rep), { title: '整理报价单', dueAt: at(2), quadrant: 'IMPORTANT' });
    expect(personal).toMatchObject({ ownerId: org.rep.id, customerId: undefined, done: false, source: 'MANUAL' });
    const assigned = await createTask(stack.as(org.eastManager), { title: '回访', customerId: customer.id, ownerId: org.teamRep.id, dueAt: at(3), quadrant: 'URGENT' });
    expect(assigned).toMatchObject({ ownerId: org.teamRep.id, customerId: customer.id, customerName: customer.name });
    await expect(createTask(stack.as(org.rep), { title: 'x', ownerId: org.teamRep.id, dueAt: at(1), quadrant: 'NEITHER' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(createTask(stack.as(org.westManager), { title: 'x', customerId: customer.id, dueAt: at(1), quadrant: 'NEITHER' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(createTask(stack.as(org.rep), { title: 'x', dueAt: at(1), remindAt: at(2), quadrant: 'NEITHER' })).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
  });

  it('updates with optimistic locking, completes, and deletes', async () => {
    const task = await createTask(stack.as(org.rep), { title: '准备合同', dueAt: at(5), remindAt: at(4), quadrant: 'IMPORTANT_URGENT' });
    const moved = await updateTask(stack.as(org.rep), task, { dueAt: at(6), expectedVersion: 1 });
    await expect(updateTask(stack.as(org.rep), task, { title: '旧版本', expectedVersion: 1 })).rejects.toMatchObject({ code: 'CONFLICT' });
    await expect(updateTask(stack.as(org.otherRep), task, { done: true, expectedVersion: 2 })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    const done = await updateTask(stack.as(org.rep), task, { done: true, expectedVersion: moved.version });
    expect(done).toMatchObject({ done: true, doneAt: stack.clock.now().toISOString(), version: 3 });
    await deleteTask(stack.as(org.rep), task, 3);
    expect(await stack.runtime.repos.tasks.get(task)).toBeUndefined();
  });
});

describe('ownership changes', () => {
  it('moves a customer’s open tasks and their reminders to the new owner in the transfer', async () => {
    const fresh = await createTestStack();
    const o = await buildOrg(fresh);
    const customer = await buildCustomer(fresh, o.rep, { name: '交接测试有限公司' });
    const open = await createTask(fresh.as(o.rep), { title: '交接后回访', customerId: customer.id, dueAt: at(30), remindAt: at(29), quadrant: 'IMPORTANT' });
    const closed = await createTask(fresh.as(o.rep), { title: '已完成', customerId: customer.id, dueAt: at(1), quadrant: 'IMPORTANT' });
    await updateTask(fresh.as(o.rep), closed, { done: true, expectedVersion: 1 });
    await transferCustomer(fresh.as(o.eastManager), customer.id, o.teamRep.id, '离职交接');
    expect(await fresh.runtime.repos.tasks.get(open)).toMatchObject({ ownerId: o.teamRep.id, ownerDeptPath: o.teamRep.departmentPath, version: 2 });
    expect(await fresh.runtime.repos.tasks.get(closed)).toMatchObject({ ownerId: o.rep.id });
    expect((await getAgenda(fresh.as(o.teamRep), { date: '2026-03-03', expiringWithinDays: 7 })).today.map((t) => t.id)).toEqual([open.id]);
    fresh.clock.moveTo(new Date(at(29)));
    await createReminderSweep(fresh.runtime, { smsRatePerSecond: 1000 })(sweepEvent('reminder-sweep', fresh.clock.now()));
    expect(fresh.notifier.sent.map((m) => [m.userId, m.text])).toEqual([[o.teamRep.id, '【销售管家】待办提醒：交接后回访（客户：交接测试有限公司），截止今天15:00。']]);
  });
});

describe('agenda', () => {
  it('shows today, tomorrow, overdue and expiring customers in one GraphQL query, three Queries', async () => {
    const fresh = await createTestStack();
    const o = await buildOrg(fresh);
    const ctx = fresh.as(o.rep);
    const expiring = await buildCustomer(fresh, o.rep, { name: '即将到期机械有限公司' });
    await buildCustomer(fresh, o.otherRep, { name: '别人的客户有限公司' });
    fresh.clock.advance(10 * DAY_MS);
    const overdue = await createTask(ctx, { title: '上周的报价', dueAt: new Date(fresh.clock.now().getTime() - 3 * DAY_MS).toISOString(), quadrant: 'IMPORTANT' });
    const doneLastWeek = await createTask(ctx, { title: '已完成的旧任务', dueAt: new Date(fresh.clock.now().getTime() - 2 * DAY_MS).toISOString(), quadrant: 'IMPORTANT' });
    await updateTask(ctx, doneLastWeek, { done: true, expectedVersion: 1 });
    const now = fresh.clock.now().getTime();
    // Now is 09:00 on 12 March in Shanghai; local midnight is 16:00 UTC the day before.
    const today1 = await createTask(ctx, { title: '下午拜访', dueAt: new Date(now + 6 * HOUR_MS).toISOString(), quadrant: 'NEITHER' });
    const today0 = await createTask(ctx, { title: '早会', dueAt: new Date(now - 1 * HOUR_MS).toISOString(), quadrant: 'URGENT' });
    const tomorrow = await createTask(ctx, { title: '明早电话', dueAt: new Date(now + 24 * HOUR_MS).toISOString(), quadrant: 'IMPORTANT' });
    await createTask(ctx, { title: '后天', dueAt: new Date(now + 48 * HOUR_MS).toISOString(), quadrant: 'IMPORTANT' });
    await createTask(fresh.as(o.teamRep), { title: '别人的任务', dueAt: new Date(now + HOUR_MS).toISOString(), quadrant: 'IMPORTANT' });

    const { result, calls } = await measureDynamoCalls(() => getAgenda(ctx, { expiringWithinDays: 7 }));
    expect(calls.filter((c) => c.command === 'QueryCommand')).toHaveLength(3);
    expect(result.date).toBe('2026-03-12');
    expect(result.today.map((t) => t.id)).toEqual([today0.id, today1.id]);
    expect(result.tomorrow.map((t) => t.id)).toEqual([tomorrow.id]);
    expect(result.overdue.map((t) => t.id)).toEqual([overdue.id]);
    expect(result.expiringCustomers.map((c) => c.id)).toEqual([expiring.id]);

    const gql = await fresh.gql<{ agenda: { date: string; user: { name: string }; today: { title: string; overdue: boolean }[]; tomorrow: { title: string }[]; overdue: { title: string }[]; expiringCustomers: { name: string; protection: { daysLeft: number } }[] } }>(
      o.rep,
      `{ agenda { date user { name } today { title overdue } tomorrow { title } overdue { title } expiringCustomers { name protection { daysLeft } } } }`,
    );
    expect(gql.errors).toBeUndefined();
    expect(gql.data?.agenda).toEqual({
      date: '2026-03-12',
      user: { name: '张三' },
      today: [
        { title: '早会', overdue: true },
        { title: '下午拜访', overdue: false },
      ],
      tomorrow: [{ title: '明早电话' }],
      overdue: [{ title: '上周的报价' }],
      expiringCustomers: [{ name: '即将到期机械有限公司', protection: { daysLeft: 5 } }],
    });
  });

  it('lets a manager see a rep’s agenda, not another department’s', async () => {
    await expect(getAgenda(stack.as(org.eastManager), { userId: org.teamRep.id, expiringWithinDays: 7 })).resolves.toMatchObject({ userId: org.teamRep.id });
    await expect(getAgenda(stack.as(org.westManager), { userId: org.teamRep.id, expiringWithinDays: 7 })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(getAgenda(stack.as(org.rep), { userId: org.teamRep.id, expiringWithinDays: 7 })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('shows a follow-up’s next contact on the owner’s agenda for that day', async () => {
    const customer = await buildCustomer(stack, org.rep, { name: '跟进到议程有限公司' });
    const next = at(26);
    await logFollowUp(stack.as(org.rep), { customerId: customer.id, type: 'CALL', contactName: '孙总', content: '介绍了新产品线，客户有兴趣', nextContactAt: next });
    const agenda = await getAgenda(stack.as(org.rep), { expiringWithinDays: 7 });
    expect(agenda.tomorrow.map((t) => t.title)).toContain('致电跟进到议程有限公司（孙总）');
  });
});

describe('plans and work reports', () => {
  it('titles reports by the company convention, one per period, listed per department', async () => {
    const fresh = await createTestStack();
    const o = await buildOrg(fresh);
    fresh.clock.moveTo(new Date('2026-11-19T02:00:00.000Z'));
    const weekly = await submitWorkReport(fresh.as(o.rep), { kind: 'WEEKLY', content: '本周拜访客户5家，签约1家。' });
    expect(weekly).toMatchObject({ title: '2026年第47周工作周报—张三', period: '2026-W47', startDate: '2026-11-16', endDate: '2026-11-22' });
    await expect(submitWorkReport(fresh.as(o.rep), { kind: 'WEEKLY', date: '2026-11-22', content: '重复' })).rejects.toMatchObject({ code: 'CONFLICT' });
    const monthly = await fresh.gql<{ submitWorkReport: { title: string; content: string } }>(
      o.teamRep,
      `mutation { submitWorkReport(input: { kind: MONTHLY, content: "本月回款30万。\\n下月目标：50万。" }) { title content } }`,
    );
    expect(monthly.data?.submitWorkReport).toEqual({ title: '2026年11月工作月报—李四', content: '本月回款30万。\n下月目标：50万。' });
    await submitWorkReport(fresh.as(o.otherRep), { kind: 'WEEKLY', content: '华西本周总结' });
    expect((await listReportsOfPeriod(fresh.as(o.eastManager), '2026-W47')).map((r) => r.ownerId)).toEqual([o.rep.id]);
    expect((await listReportsOfPeriod(fresh.as(o.admin), '2026-W47')).map((r) => r.ownerId).sort()).toEqual([o.rep.id, o.otherRep.id].sort());
    await expect(listReportsOfPeriod(fresh.as(o.rep), '2026-W47')).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('keeps plans personal: the author edits, managers read', async () => {
    const plan = await createPlan(stack.as(org.rep), { period: 'MONTH', startDate: '2026-03-01', endDate: '2026-03-31', title: '三月计划', content: '新开发客户10家' });
    const updated = await updatePlan(stack.as(org.rep), plan.id, { completion: 40, summary: '已开发4家', expectedVersion: 1 });
    expect(updated).toMatchObject({ completion: 40, version: 2 });
    await expect(updatePlan(stack.as(org.eastManager), plan.id, { completion: 100, expectedVersion: 2 })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect((await listPlans(stack.as(org.eastManager), org.rep.id, 10)).map((p) => p.title)).toContain('三月计划');
    await expect(listPlans(stack.as(org.otherRep), org.rep.id, 10)).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});
