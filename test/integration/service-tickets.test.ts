import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { markCustomerFormal } from '../../functions/domain/protection/lifecycle.service';
import { remindOverdueTickets } from '../../functions/domain/service/overdue-tickets.service';
import { createDepartment, createUser } from '../../functions/domain/users/user.service';
import type { User } from '../../functions/domain/users/user.types';
import { HOUR_MS } from '../../functions/domain/shared/clock';
import { measureDynamoCalls } from '../../functions/store/instrumentation';
import { createReminderSweep } from '../../functions/sweeps/reminders.sweep';
import { sweepEvent } from '../../functions/sweeps/sweep-event';
import { buildCustomer, buildOrg, type Org } from '../support/builders';
import { createTestStack, type TestStack } from '../support/test-stack';

let stack: TestStack;
let org: Org;
let serviceManager: User;
let agent: User;

const TICKET_FIELDS = `id code createdAt status type subject customer { id name } assignee { name } responseDueAt firstResponseAt responseOverdue overdueFlaggedAt
  resolvedAt resolution closedAt satisfaction reopenCount version steps { action from to by { name } note }`;
const CREATE = `mutation($input: CreateServiceTicketInput!) { createServiceTicket(input: $input) { ${TICKET_FIELDS} } }`;

type Ticket = {
  id: string;
  code: string;
  status: string;
  responseDueAt: string;
  firstResponseAt: string | null;
  responseOverdue: boolean;
  overdueFlaggedAt: string | null;
  satisfaction: number | null;
  reopenCount: number;
  steps: { action: string; from: string | null; to: string | null; by: { name: string } | null; note: string | null }[];
} & Record<string, unknown>;

async function ok<T>(user: User, query: string, variables?: Record<string, unknown>): Promise<T> {
  const res = await stack.gql<T>(user, query, variables);
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  return res.data!;
}

async function fails(user: User, query: string, variables?: Record<string, unknown>) {
  const res = await stack.gql(user, query, variables);
  expect(res.data ?? null).toBeNull();
  return res.errors![0]!;
}

const create = async (user: User, input: Record<string, unknown>) => (await ok<{ createServiceTicket: Ticket }>(user, CREATE, { input })).createServiceTicket;
const act = async (user: User, mutation: string, id: string, extra = '') =>
  (await ok<Record<string, Ticket>>(user, `mutation($id: ID!) { ${mutation}(id: $id${extra}) { ${TICKET_FIELDS} } }`, { id }))[mutation]!;

beforeAll(async () => {
  stack = await createTestStack();
  org = await buildOrg(stack);
  const asAdmin = stack.as(org.admin);
  const afterSales = await createDepartment(asAdmin, { name: '售后服务部', kind: 'DEPARTMENT', parentId: 'root' });
  serviceManager = await createUser(asAdmin, { email: `svc-mgr-${Date.now()}@t.cn`, name: '售后经理', role: 'MANAGER', departmentId: afterSales.id, phone: '13900000001' });
  agent = await createUser(asAdmin, { email: `svc-agent-${Date.now()}@t.cn`, name: '售后工程师', role: 'SERVICE', departmentId: afterSales.id, phone: '13900000002' });
});

beforeEach(() => {
  stack.notifier.sent.length = 0;
});

async function formalCustomer(owner: User, extra: Record<string, unknown> = {}) {
  const customer = await buildCustomer(stack, owner, extra);
  await markCustomerFormal(stack.as(org.admin), customer.id);
  return customer;
}

describe('ticket lifecycle', () => {
  it('runs OPEN → IN_PROGRESS → RESOLVED → CLOSED → REOPENED with first response, completion and satisfaction', async () => {
    const customer = await formalCustomer(org.rep);
    const ticket = await create(org.service, { customerId: customer.id, type: 'WARRANTY_REPAIR', subject: '压缩机异响', assigneeId: agent.id });
    expect(ticket).toMatchObject({ code: expect.stringMatching(/^FW\d{6}$/), status: 'OPEN', assignee: { name: '售后工程师' }, firstResponseAt: null, responseOverdue: false });
    expect(Date.parse(ticket.responseDueAt) - Date.parse(String(ticket.createdAt))).toBe(24 * HOUR_MS);

    stack.clock.advance(HOUR_MS);
    const started = await act(agent, 'startServiceTicket', ticket.id);
    expect(started).toMatchObject({ status: 'IN_PROGRESS', firstResponseAt: expect.any(String) });
    const resolved = await act(agent, 'resolveServiceTicket', ticket.id, ', resolution: "更换了风扇电机"');
    expect(resolved).toMatchObject({ status: 'RESOLVED', resolution: '更换了风扇电机', resolvedAt: expect.any(String), firstResponseAt: started.firstResponseAt });
    const closed = await act(org.service, 'closeServiceTicket', ticket.id, ', satisfaction: 5, comment: "很满意"');
    expect(closed).toMatchObject({ status: 'CLOSED', satisfaction: 5, closedAt: expect.any(String) });
    const reopened = await act(org.rep, 'reopenServiceTicket', ticket.id, ', reason: "又出现异响"');
    expect(reopened).toMatchObject({ status: 'REOPENED', reopenCount: 1, resolvedAt: null, closedAt: null });
    expect(reopened.steps.map((s) => s.action)).toEqual(['CREATE', 'ASSIGN', 'START', 'RESOLVE', 'CLOSE', 'RATE', 'REOPEN']);
    expect(reopened.steps.at(-1)).toMatchObject({ from: 'CLOSED', to: 'REOPENED', by: { name: '张三' }, note: '又出现异响' });
  });

  it('refuses steps the lifecycle does not allow, bad ratings and a second rating', async () => {
    const customer = await formalCustomer(org.rep);
    const ticket = await create(org.service, { customerId: customer.id, type: 'INSTALLATION', subject: '新机安装', assigneeId: agent.id });
    const early = await fails(agent, `mutation($id: ID!) { closeServiceTicket(id: $id) { id } }`, { id: ticket.id });
    expect(early.extensions?.code).toBe('CONFLICT');
    expect(early.message).toBe(`工单 ${ticket.code} 当前状态为待处理，不能关闭`);
    const earlyRating = await fails(agent, `mutation($id: ID!) { rateServiceTicket(id: $id, satisfaction: 3) { id } }`, { id: ticket.id });
    expect(earlyRating.extensions?.code).toBe('CONFLICT');
    const blank = await fails(agent, `mutation($id: ID!) { resolveServiceTicket(id: $id, resolution: "  ") { id } }`, { id: ticket.id });
    expect(blank.extensions?.code).toBe('BAD_USER_INPUT');
    expect(blank.message).toContain('解决方案');
    await act(agent, 'resolveServiceTicket', ticket.id, ', resolution: "安装完成"');
    const six = await fails(agent, `mutation($id: ID!) { rateServiceTicket(id: $id, satisfaction: 6) { id } }`, { id: ticket.id });
    expect(six.extensions?.code).toBe('BAD_USER_INPUT');
    expect(six.message).toContain('满意度');
    await act(agent, 'rateServiceTicket', ticket.id, ', satisfaction: 3');
    const twice = await fails(agent, `mutation($id: ID!) { rateServiceTicket(id: $id, satisfaction: 4) { id } }`, { id: ticket.id });
    expect(twice.message).toBe(`工单 ${ticket.code} 已评价过满意度`);
  });

  it('takes only active SERVICE users as assignees and keeps tickets from people who may not see them', async () => {
    const customer = await formalCustomer(org.rep);
    const ticket = await create(org.rep, { customerId: customer.id, type: 'ONLINE_SUPPORT', subject: '远程调试' });
    expect(ticket.assignee).toBeNull();
    const toRep = await fails(org.service, `mutation($id: ID!, $a: ID!) { assignServiceTicket(id: $id, assigneeId: $a) { id } }`, { id: ticket.id, a: org.otherRep.id });
    expect(toRep.message).toBe('王五 不是在职的客服人员，不能受理工单');
    const assigned = (await ok<{ assignServiceTicket: Ticket }>(org.service, `mutation($id: ID!, $a: ID!) { assignServiceTicket(id: $id, assigneeId: $a) { ${TICKET_FIELDS} } }`, { id: ticket.id, a: agent.id })).assignServiceTicket;
    expect(assigned.assignee).toEqual({ name: '售后工程师' });

    const stranger = await fails(org.otherRep, `query($id: ID!) { serviceTicket(id: $id) { id } }`, { id: ticket.id });
    expect(stranger.extensions?.code).toBe('NOT_FOUND');
    const repWorks = await fails(org.otherRep, `mutation($id: ID!) { startServiceTicket(id: $id) { id } }`, { id: ticket.id });
    expect(repWorks.extensions?.code).toBe('NOT_FOUND');
    const finance = await fails(org.finance, CREATE, { input: { customerId: customer.id, type: 'TRAINING', subject: '培训' } });
    expect(finance.extensions?.code).toBe('FORBIDDEN');
    const ownerView = await ok<{ customer: { serviceTickets: { code: string }[] } }>(org.rep, `query($id: ID!) { customer(id: $id) { serviceTickets { code } } }`, { id: customer.id });
    expect(ownerView.customer.serviceTickets).toEqual([{ code: ticket.code }]);
    const queue = await ok<{ assignedServiceTickets: { edges: { node: { id: string } }[] } }>(agent, `{ assignedServiceTickets { edges { node { id } } } }`);
    expect(queue.assignedServiceTickets.edges.map((e) => e.node.id)).toContain(ticket.id);
  });
});

describe('complaints and VIP customers', () => {
  it('tells the service manager of a complaint at once by SMS and e-mail', async () => {
    const customer = await formalCustomer(org.rep);
    const complaint = await create(org.rep, { customerId: customer.id, type: 'COMPLAINT', subject: '维修人员态度差' });
    expect(Date.parse(complaint.responseDueAt) - Date.parse(String(complaint.createdAt))).toBe(2 * HOUR_MS);
    expect(stack.notifier.sent.map((m) => ({ userId: m.userId, channel: m.channel, to: m.to, kind: m.kind }))).toEqual([
      { userId: serviceManager.id, channel: 'SMS', to: '13900000001', kind: 'SERVICE_COMPLAINT' },
      { userId: serviceManager.id, channel: 'EMAIL', to: serviceManager.email, kind: 'SERVICE_COMPLAINT' },
    ]);
    expect(stack.notifier.sent[0]!.text).toContain(complaint.code);
    expect(stack.notifier.sent[0]!.text).toContain('维修人员态度差');

    await create(org.rep, { customerId: customer.id, type: 'PAID_REPAIR', subject: '保外维修' });
    expect(stack.notifier.sent).toHaveLength(2);
  });

  it('schedules no return visit for a VIP customer', async () => {
    const vip = await formalCustomer(org.rep, { vip: true });
    const refused = await fails(org.service, CREATE, { input: { customerId: vip.id, type: 'RETURN_VISIT', subject: '季度回访' } });
    expect(refused.extensions?.code).toBe('BAD_USER_INPUT');
    expect(refused.message).toBe(`VIP 客户不安排回访工单：${vip.name}`);
    const plain = await formalCustomer(org.rep);
    expect((await create(org.service, { customerId: plain.id, type: 'RETURN_VISIT', subject: '季度回访' })).status).toBe('OPEN');
    expect((await create(org.service, { customerId: vip.id, type: 'WARRANTY_REPAIR', subject: 'VIP 保修' })).status).toBe('OPEN');
  });
});

describe('tickets overdue for response', () => {
  it('flags them and reminds the assignee once; answered tickets are left alone', async () => {
    // Let every ticket of the earlier tests pass its deadline and be flagged first.
    stack.clock.advance(4 * 24 * HOUR_MS);
    expect((await remindOverdueTickets(stack.runtime, stack.clock.now())).flagged).toBeGreaterThan(0);
    const customer = await formalCustomer(org.rep);
    const late = await create(org.service, { customerId: customer.id, type: 'ONLINE_SUPPORT', subject: '系统报错', assigneeId: agent.id });
    const answered = await create(org.service, { customerId: customer.id, type: 'ONLINE_SUPPORT', subject: '密码重置', assigneeId: agent.id });
    await act(agent, 'startServiceTicket', answered.id);
    stack.notifier.sent.length = 0;

    stack.clock.advance(3 * HOUR_MS);
    expect((await remindOverdueTickets(stack.runtime, stack.clock.now())).flagged).toBe(0);
    stack.clock.advance(2 * HOUR_MS);
    const { result, calls } = await measureDynamoCalls(() => remindOverdueTickets(stack.runtime, stack.clock.now()));
    expect(result).toMatchObject({ flagged: 1, messages: 2 });
    expect(calls.filter((c) => c.command === 'QueryCommand').length).toBe(result.queries);
    expect(stack.notifier.sent.map((m) => [m.userId, m.channel, m.kind])).toEqual([
      [agent.id, 'SMS', 'SERVICE_OVERDUE'],
      [agent.id, 'EMAIL', 'SERVICE_OVERDUE'],
    ]);
    const flagged = (await ok<{ serviceTicket: Ticket }>(agent, `query($id: ID!) { serviceTicket(id: $id) { ${TICKET_FIELDS} } }`, { id: late.id })).serviceTicket;
    expect(flagged).toMatchObject({ responseOverdue: true, overdueFlaggedAt: expect.any(String) });
    expect(flagged.steps.at(-1)).toMatchObject({ action: 'OVERDUE', by: { name: '系统' } });
    const fine = (await ok<{ serviceTicket: Ticket }>(agent, `query($id: ID!) { serviceTicket(id: $id) { ${TICKET_FIELDS} } }`, { id: answered.id })).serviceTicket;
    expect(fine).toMatchObject({ responseOverdue: false, overdueFlaggedAt: null });

    stack.clock.advance(HOUR_MS);
    expect(await remindOverdueTickets(stack.runtime, stack.clock.now())).toMatchObject({ flagged: 0, messages: 0 });
    expect(stack.notifier.sent).toHaveLength(2);
  });

  it('are flagged by the reminder sweep', async () => {
    const customer = await formalCustomer(org.rep);
    const late = await create(org.service, { customerId: customer.id, type: 'COMPLAINT', subject: '一直没人联系', assigneeId: agent.id });
    stack.clock.advance(3 * HOUR_MS);
    await createReminderSweep(stack.runtime)(sweepEvent('reminder-sweep', stack.clock.now()));
    const flagged = (await ok<{ serviceTicket: Ticket }>(agent, `query($id: ID!) { serviceTicket(id: $id) { ${TICKET_FIELDS} } }`, { id: late.id })).serviceTicket;
    expect(flagged.overdueFlaggedAt).not.toBeNull();
    expect(stack.notifier.sent.filter((m) => m.kind === 'SERVICE_OVERDUE' && m.text.includes(late.code)).map((m) => m.channel)).toEqual(['SMS', 'EMAIL']);
  });
});
