import { beforeAll, describe, expect, it } from 'vitest';
import { addContact } from '../../functions/domain/customers/customer.service';
import {
  listCustomerFollowUps,
  listFollowUpsToReview,
  listRepDay,
  logFollowUp,
  reviewFollowUp,
} from '../../functions/domain/follow-ups/follow-up.service';
import type { LogFollowUpInput } from '../../functions/domain/follow-ups/follow-up.schemas';
import { addDays, DAY_MS, HOUR_MS } from '../../functions/domain/shared/clock';
import { measureDynamoCalls } from '../../functions/store/instrumentation';
import { buildCustomer, buildOrg, type Org } from '../support/builders';
import { createTestStack, T0, type TestStack } from '../support/test-stack';

let stack: TestStack;
let org: Org;

beforeAll(async () => {
  stack = await createTestStack();
  org = await buildOrg(stack);
});

const VALID = '与赵经理确认了二期项目报价，下周签约';
const entry = (customerId: string, more: Partial<LogFollowUpInput> = {}): LogFollowUpInput => ({
  customerId,
  type: 'CALL',
  contactName: '赵经理',
  content: VALID,
  ...more,
});

describe('logging follow-ups', () => {
  it('a valid follow-up refreshes the protection deadline, visible through GraphQL', async () => {
    const fresh = await createTestStack();
    const o = await buildOrg(fresh);
    const customer = await buildCustomer(fresh, o.rep);
    expect(customer.protection?.deadline).toBe(addDays(T0, 15));
    fresh.clock.advance(5 * DAY_MS);
    const logged = await fresh.gql<{ logFollowUp: { followUp: { valid: boolean }; customer: { protection: { deadline: string } } } }>(
      o.rep,
      `mutation($input: LogFollowUpInput!) { logFollowUp(input: $input) { followUp { valid invalidReasons } customer { protection { deadline } } } }`,
      { input: entry(customer.id) },
    );
    expect(logged.errors).toBeUndefined();
    expect(logged.data?.logFollowUp.followUp.valid).toBe(true);
    expect(logged.data?.logFollowUp.customer.protection.deadline).toBe(addDays(T0, 20));

    const read = await fresh.gql<{ customer: { version: number; protection: { deadline: string; lastValidFollowUpAt: string }; followUps: { content: string }[] } }>(
      o.rep,
      `query($id: ID!) { customer(id: $id) { version protection { deadline lastValidFollowUpAt } followUps { content } } }`,
      { id: customer.id },
    );
    expect(read.data?.customer).toEqual({
      version: 2,
      protection: { deadline: addDays(T0, 20), lastValidFollowUpAt: fresh.clock.now().toISOString() },
      followUps: [{ content: VALID }],
    });
  });

  it('keeps invalid follow-ups, flags why, and marks invalid tracking at the third', async () => {
    const customer = await buildCustomer(stack, org.rep);
    const ctx = stack.as(org.rep);
    const first = await logFollowUp(ctx, entry(customer.id, { content: '没找到人', contactName: undefined }));
    expect(first.followUp).toMatchObject({ valid: false, invalidReasons: ['TOO_SHORT', 'NO_CONTACT'] });
    expect(first.customer.protection).toMatchObject({ invalidFollowUps: 1, invalidTracking: false, deadline: customer.protection?.deadline });
    await logFollowUp(ctx, entry(customer.id, { content: '打电话，没人接，外出了，不在' }));
    const third = await logFollowUp(ctx, entry(customer.id, { content: '沟通' }));
    expect(third.customer.protection).toMatchObject({ invalidFollowUps: 3, invalidTracking: true });
    const stored = await stack.runtime.repos.customers.get(customer.id);
    expect(stored?.protection).toMatchObject({ invalidFollowUps: 3, invalidTracking: true, deadline: customer.protection?.deadline });
    expect((await listCustomerFollowUps(ctx, customer.id, 10)).items.map((f) => f.invalidReasons)).toEqual(
      expect.arrayContaining([['TOO_SHORT', 'NO_CONTACT'], ['CONTENTLESS'], ['TOO_SHORT']]),
    );
  });

  it('counts every one of concurrent follow-ups on one customer (no lost update)', async () => {
    const customer = await buildCustomer(stack, org.rep);
    const contents = ['没找到人', '外出', VALID, '沟通', '不在'];
    await Promise.all(contents.map((content, i) => logFollowUp(stack.as(org.rep), entry(customer.id, { content, at: new Date(T0.getTime() - i * 60_000).toISOString() }))));
    const stored = await stack.runtime.repos.customers.get(customer.id);
    expect(stored?.protection).toMatchObject({ invalidFollowUps: 4, invalidTracking: true });
    expect(stored?.version).toBe(6);
    expect((await listCustomerFollowUps(stack.as(org.rep), customer.id, 10)).items).toHaveLength(5);
  });

  it('lets only the owner, managers above and admins log', async () => {
    const customer = await buildCustomer(stack, org.teamRep);
    await expect(logFollowUp(stack.as(org.rep), entry(customer.id))).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(logFollowUp(stack.as(org.westManager), entry(customer.id))).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(logFollowUp(stack.as(org.finance), entry(customer.id))).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(logFollowUp(stack.as(org.eastManager), entry(customer.id))).resolves.toMatchObject({ followUp: { authorId: org.eastManager.id } });
    await expect(logFollowUp(stack.as(org.admin), entry(customer.id))).resolves.toBeDefined();
  });

  it('names a saved contact, refusing one of another customer', async () => {
    const customer = await buildCustomer(stack, org.rep);
    const other = await buildCustomer(stack, org.rep);
    const contact = await addContact(stack.as(org.rep), customer.id, { name: '钱总' });
    const logged = await logFollowUp(stack.as(org.rep), entry(customer.id, { contactId: contact.id, contactName: undefined }));
    expect(logged.followUp).toMatchObject({ contactId: contact.id, contactName: '钱总', valid: true });
    await expect(logFollowUp(stack.as(org.rep), entry(other.id, { contactId: contact.id }))).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
  });

  it('refuses a contact time in the future or before the freshness window', async () => {
    const customer = await buildCustomer(stack, org.rep);
    const now = stack.clock.now().getTime();
    await expect(logFollowUp(stack.as(org.rep), entry(customer.id, { at: new Date(now + HOUR_MS).toISOString() }))).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
    await expect(logFollowUp(stack.as(org.rep), entry(customer.id, { at: new Date(now - 20 * DAY_MS).toISOString() }))).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
    await expect(logFollowUp(stack.as(org.rep), entry(customer.id, { nextContactAt: new Date(now - 1).toISOString() }))).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
  });

  it('turns the next contact time into a task with a reminder for the owner, in the same write', async () => {
    const customer = await buildCustomer(stack, org.teamRep, { name: '靖江市春意空调有限公司' });
    const next = new Date(stack.clock.now().getTime() + 2 * DAY_MS).toISOString();
    const logged = await logFollowUp(stack.as(org.eastManager), entry(customer.id, { type: 'VISIT', nextContactAt: next }));
    expect(logged.task).toMatchObject({
      ownerId: org.teamRep.id,
      customerId: customer.id,
      title: '拜访靖江市春意空调有限公司（赵经理）',
      dueAt: next,
      remindAt: next,
      source: 'NEXT_CONTACT',
      followUpId: logged.followUp.id,
    });
    expect(logged.followUp.nextContactTaskId).toBe(logged.task?.id);
    const read = await stack.gql<{ customer: { tasks: { id: string; title: string; reminded: boolean }[] } }>(
      org.teamRep,
      `query($id: ID!) { customer(id: $id) { tasks { id title reminded } } }`,
      { id: customer.id },
    );
    expect(read.data?.customer.tasks).toEqual([{ id: logged.task!.id, title: logged.task!.title, reminded: false }]);
  });
});

describe('lists', () => {
  it('lists a customer’s follow-ups newest contact first, one Query per page', async () => {
    const customer = await buildCustomer(stack, org.rep);
    const now = stack.clock.now().getTime();
    const ats = [3, 1, 2].map((h) => new Date(now - h * HOUR_MS).toISOString());
    for (const at of ats) await logFollowUp(stack.as(org.rep), entry(customer.id, { at, subject: at }));
    const { result, calls } = await measureDynamoCalls(() => stack.runtime.repos.followUps.listByCustomer(customer.id, 2));
    expect(calls.map((c) => c.command)).toEqual(['QueryCommand']);
    expect(result.items.map((f) => f.at)).toEqual([ats[1], ats[2]]);
    const rest = await listCustomerFollowUps(stack.as(org.rep), customer.id, 2, result.nextKey);
    expect(rest.items.map((f) => f.at)).toEqual([ats[0]]);
    await expect(listCustomerFollowUps(stack.as(org.otherRep), customer.id, 2)).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('pages through GraphQL with signed cursors', async () => {
    const customer = await buildCustomer(stack, org.rep);
    for (let i = 0; i < 3; i++) await logFollowUp(stack.as(org.rep), entry(customer.id, { at: new Date(T0.getTime() - (i + 1) * 60_000).toISOString() }));
    const query = `query($id: ID!, $after: Cursor) { followUps(customerId: $id, first: 2, after: $after) { edges { node { at } } pageInfo { hasNextPage endCursor } } }`;
    type Page = { followUps: { edges: { node: { at: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string } } };
    const first = await stack.gql<Page>(org.rep, query, { id: customer.id });
    expect(first.data?.followUps.edges).toHaveLength(2);
    const second = await stack.gql<Page>(org.rep, query, { id: customer.id, after: first.data?.followUps.pageInfo.endCursor });
    expect(second.data?.followUps.edges.map((e) => e.node.at)).toEqual([new Date(T0.getTime() - 3 * 60_000).toISOString()]);
  });

  it('lists a rep’s follow-ups of a company-local day with KPI counts, one Query', async () => {
    const fresh = await createTestStack();
    const o = await buildOrg(fresh);
    const customer = await buildCustomer(fresh, o.rep);
    fresh.clock.moveTo(new Date('2026-03-03T03:00:00.000Z'));
    // 23:30 on 2 March in Shanghai, and 00:30 on 3 March.
    await logFollowUp(fresh.as(o.rep), entry(customer.id, { at: '2026-03-02T15:30:00.000Z', type: 'VISIT' }));
    await logFollowUp(fresh.as(o.rep), entry(customer.id, { at: '2026-03-02T16:30:00.000Z', type: 'CALL' }));
    await logFollowUp(fresh.as(o.rep), entry(customer.id, { at: '2026-03-03T01:00:00.000Z', type: 'CALL', content: '外出' }));
    const { result, calls } = await measureDynamoCalls(() => fresh.runtime.repos.followUps.listOfDay(o.rep.id, '2026-03-03'));
    expect(calls.map((c) => c.command)).toEqual(['QueryCommand']);
    expect(result.map((f) => f.at)).toEqual(['2026-03-02T16:30:00.000Z', '2026-03-03T01:00:00.000Z']);
    const kpi = await fresh.gql<{ followUpsOfDay: { total: number; valid: number; byType: { type: string; count: number }[]; user: { name: string } } }>(
      o.eastManager,
      `query($u: ID, $d: Date!) { followUpsOfDay(userId: $u, date: $d) { total valid byType { type count } user { name } } }`,
      { u: o.rep.id, d: '2026-03-02' },
    );
    expect(kpi.data?.followUpsOfDay).toMatchObject({ total: 1, valid: 1, user: { name: '张三' } });
    expect(kpi.data?.followUpsOfDay.byType.find((t) => t.type === 'VISIT')?.count).toBe(1);
    await expect(listRepDay(fresh.as(o.westManager), o.rep.id, '2026-03-03')).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('review', () => {
  it('a manager above the author approves once with a comment; the author cannot review', async () => {
    const customer = await buildCustomer(stack, org.teamRep);
    const { followUp } = await logFollowUp(stack.as(org.teamRep), entry(customer.id));
    const queue = await listFollowUpsToReview(stack.as(org.eastManager), 100);
    expect(queue.items.map((f) => f.id)).toContain(followUp.id);
    expect((await listFollowUpsToReview(stack.as(org.westManager), 100)).items.map((f) => f.id)).not.toContain(followUp.id);

    await expect(reviewFollowUp(stack.as(org.teamRep), customer.id, followUp.id, { decision: 'APPROVE', expectedVersion: 1 })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(reviewFollowUp(stack.as(org.westManager), customer.id, followUp.id, { decision: 'APPROVE', expectedVersion: 1 })).rejects.toMatchObject({ code: 'NOT_FOUND' });

    const reviewed = await stack.gql<{ reviewFollowUp: { review: { status: string; comment: string; reviewer: { name: string } }; version: number } }>(
      org.eastManager,
      `mutation($c: ID!, $id: ID!) { reviewFollowUp(customerId: $c, id: $id, input: { decision: REJECT, comment: "请补充客户反馈", expectedVersion: 1 }) { version review { status comment reviewer { name } } } }`,
      { c: customer.id, id: followUp.id },
    );
    expect(reviewed.data?.reviewFollowUp).toEqual({ version: 2, review: { status: 'REJECTED', comment: '请补充客户反馈', reviewer: { name: '华东经理' } } });
    await expect(reviewFollowUp(stack.as(org.admin), customer.id, followUp.id, { decision: 'APPROVE', expectedVersion: 2 })).rejects.toMatchObject({ code: 'CONFLICT' });
    expect((await listFollowUpsToReview(stack.as(org.eastManager), 100)).items.map((f) => f.id)).not.toContain(followUp.id);
  });
});
