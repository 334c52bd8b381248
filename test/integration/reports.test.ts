import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser } from '../../functions/domain/users/user.service';
import type { User } from '../../functions/domain/users/user.types';
import { measureDynamoCalls } from '../../functions/store/instrumentation';
import type { StreamPoller } from '../../functions/streams/stream-poller';
import { aggregatePoller } from '../support/aggregates-drain';
import { buildOrg, type Org } from '../support/builders';
import { createTestStack, type TestStack } from '../support/test-stack';

/**
 * A known data set built through the real GraphQL API; the table's stream is drained into the
 * aggregates; every report figure is then asserted exactly.
 *
 * Org: east (华东经理, 张三) ⊃ eastTeam (李四); west (华西经理, 王五); finance and service at the root.
 */
let stack: TestStack;
let org: Org;
let poller: StreamPoller;
let service2: User;
const ids: Record<string, string> = {};

async function ok<T = Record<string, never>>(user: User, query: string, variables?: Record<string, unknown>): Promise<T> {
  const res = await stack.gql<T>(user, query, variables);
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  return res.data!;
}

async function fails(user: User, query: string, variables?: Record<string, unknown>) {
  const res = await stack.gql(user, query, variables);
  expect(res.data ?? null).toBeNull();
  return res.errors![0]!;
}

const at = (iso: string) => stack.clock.moveTo(new Date(iso));

async function customer(user: User, name: string, extra: Record<string, unknown> = {}): Promise<string> {
  const out = await ok<{ createCustomer: { id: string } }>(user, `mutation($input: CreateCustomerInput!) { createCustomer(input: $input) { id } }`, {
    input: { name, contacts: [{ name: '联系人', mobile: '13912345678' }], ...extra },
  });
  return out.createCustomer.id;
}

async function followUp(user: User, customerId: string, type: string, content: string) {
  await ok(user, `mutation($input: LogFollowUpInput!) { logFollowUp(input: $input) { followUp { id valid } } }`, {
    input: { customerId, type, content, contactName: '联系人' },
  });
}

async function updateCustomer(user: User, id: string, input: Record<string, unknown>) {
  const current = await ok<{ customer: { version: number } }>(user, `query($id: ID!) { customer(id: $id) { version } }`, { id });
  await ok(user, `mutation($id: ID!, $input: UpdateCustomerInput!) { updateCustomer(id: $id, input: $input) { id } }`, {
    id,
    input: { ...input, expectedVersion: current.customer.version },
  });
}

async function opportunity(user: User, customerId: string, amount: string): Promise<{ id: string; version: number }> {
  const out = await ok<{ createOpportunity: { id: string; version: number } }>(
    user,
    `mutation($input: CreateOpportunityInput!) { createOpportunity(input: $input) { id version } }`,
    { input: { customerId, title: `商机${amount}`, expectedAmount: amount, expectedCloseDate: '2026-04-30' } },
  );
  return out.createOpportunity;
}

async function move(user: User, opp: { id: string; version: number }, stageId: string) {
  const out = await ok<{ moveOpportunityStage: { id: string; version: number } }>(
    user,
    `mutation($id: ID!, $input: MoveOpportunityStageInput!) { moveOpportunityStage(id: $id, input: $input) { id version } }`,
    { id: opp.id, input: { stageId, expectedVersion: opp.version } },
  );
  return out.moveOpportunityStage;
}

async function signedOrder(user: User, customerId: string, productId: string, price: string, plan: { dueDate: string; amount: string }[], opportunityId?: string) {
  const order = (
    await ok<{ createOrder: { id: string; version: number } }>(user, `mutation($input: CreateOrderInput!) { createOrder(input: $input) { id version } }`, {
      input: { customerId, opportunityId, title: '合同', lines: [{ productId, quantity: '1', unitPrice: price }], paymentPlan: plan },
    })
  ).createOrder;
  await ok(user, `mutation($id: ID!, $input: SignOrderInput!) { signOrder(id: $id, input: $input) { id } }`, {
    id: order.id,
    input: { signedOn: stack.clock.now().toISOString().slice(0, 10), signerName: '客户代表', expectedVersion: order.version },
  });
  return order.id;
}

beforeAll(async () => {
  stack = await createTestStack({}, { stream: true });
  org = await buildOrg(stack);
  poller = aggregatePoller(stack);
  service2 = await createUser(stack.as(org.admin), { email: `svc2-${Date.now()}@t.cn`, name: '客服二', role: 'SERVICE', departmentId: 'root', phone: '13800000002' });

  // Monday 2026-03-02, 09:00 in Shanghai.
  ids.c1 = await customer(org.rep, '报表测试一号机电有限公司');
  ids.c2 = await customer(org.rep, '报表测试二号机电有限公司');
  ids.c3 = await customer(org.rep, '报表测试三号机电有限公司');
  ids.c6 = await customer(org.rep, '报表测试六号机电有限公司');
  ids.c4 = await customer(org.teamRep, '报表测试四号机电有限公司');
  ids.c5 = await customer(org.otherRep, '报表测试五号机电有限公司', { vip: true });

  await followUp(org.rep, ids.c1, 'CALL', '电话沟通了新厂房空调的采购预算和时间');
  await followUp(org.rep, ids.c2, 'CALL', '没人接');
  await followUp(org.teamRep, ids.c4, 'EMAIL', '发送了产品资料和报价单，客户表示会转给采购部');
  await followUp(org.otherRep, ids.c5, 'CALL', '与总经理确认了下月上门拜访的时间安排');
  await updateCustomer(org.rep, ids.c1, { buyingStatus: 'TARGET', valueGrade: 'A' });
  await updateCustomer(org.rep, ids.c2, { valueGrade: 'B' });

  const product = (
    await ok<{ createProduct: { id: string } }>(org.admin, `mutation($input: CreateProductInput!) { createProduct(input: $input) { id } }`, {
      input: { code: 'RPT-1', name: '报表测试机组', category: '空调', unit: '台', listPrice: '1000' },
    })
  ).createProduct;
  ids.product = product.id;

  const o1 = await move(org.rep, await opportunity(org.rep, ids.c1, '10000.00'), 'S3');
  await opportunity(org.rep, ids.c2, '5000.00');
  const o3 = await move(org.teamRep, await opportunity(org.teamRep, ids.c4, '8000.00'), 'S2');

  // Tuesday 2026-03-03.
  at('2026-03-03T02:00:00.000Z');
  await followUp(org.rep, ids.c1, 'VISIT', '上门拜访，看了机房现场并确认了安装位置');
  await ok(org.rep, `mutation($id: ID!) { releaseCustomer(customerId: $id, reason: "客户已转向其他供应商") { id } }`, { id: ids.c3 });
  await ok(org.rep, `mutation($id: ID!) { releaseCustomer(customerId: $id, reason: "重复跟进无结果") { id } }`, { id: ids.c6 });
  await ok(org.otherRep, `mutation($id: ID!) { claimCustomer(customerId: $id) { id } }`, { id: ids.c3 });
  await ok(org.teamRep, `mutation($id: ID!, $input: CloseOpportunityInput!) { closeOpportunity(id: $id, input: $input) { id } }`, {
    id: o3.id,
    input: { outcome: 'LOST', reason: '价格没有竞争力', expectedVersion: o3.version },
  });
  ids.order1 = await signedOrder(org.rep, ids.c1, product.id, '30000.00', [
    { dueDate: '2026-03-10', amount: '10000.00' },
    { dueDate: '2026-06-30', amount: '20000.00' },
  ], o1.id);
  ids.order5 = await signedOrder(org.otherRep, ids.c5, product.id, '12000.00', [{ dueDate: '2026-04-01', amount: '12000.00' }]);

  // Thursday 2026-03-05: finance records the first instalment.
  at('2026-03-05T02:00:00.000Z');
  await ok(org.finance, `mutation($id: ID!) { recordPayment(orderId: $id, input: { amount: "10000.00", method: BANK_TRANSFER, paidOn: "2026-03-05" }) { id } }`, {
    id: ids.order1,
  });

  // Service: a repair answered after an hour and rated 4; a complaint never answered; a training answered by the second agent.
  const ticket = (user: User, input: Record<string, unknown>) =>
    ok<{ createServiceTicket: { id: string } }>(user, `mutation($input: CreateServiceTicketInput!) { createServiceTicket(input: $input) { id } }`, { input }).then(
      (r) => r.createServiceTicket.id,
    );
  ids.t1 = await ticket(org.service, { customerId: ids.c1, type: 'WARRANTY_REPAIR', subject: '空调不制冷', assigneeId: org.service.id });
  ids.t2 = await ticket(org.service, { customerId: ids.c5, type: 'COMPLAINT', subject: '安装师傅迟到', assigneeId: org.service.id });
  ids.t3 = await ticket(org.service, { customerId: ids.c1, type: 'TRAINING', subject: '操作培训', assigneeId: service2.id });
  at('2026-03-05T03:00:00.000Z');
  await ok(org.service, `mutation($id: ID!) { startServiceTicket(id: $id) { id } }`, { id: ids.t1 });
  await ok(org.service, `mutation($id: ID!) { resolveServiceTicket(id: $id, resolution: "更换了压缩机电容") { id } }`, { id: ids.t1 });
  await ok(org.service, `mutation($id: ID!) { closeServiceTicket(id: $id, satisfaction: 4, comment: "及时") { id } }`, { id: ids.t1 });
  at('2026-03-05T03:30:00.000Z');
  await ok(service2, `mutation($id: ID!) { resolveServiceTicket(id: $id, resolution: "已完成现场培训") { id } }`, { id: ids.t3 });

  // A target tree for March: east 50,000 split 30,000 to 张三 and 20,000 to the team; west's rep 10,000.
  await ok(org.admin, `mutation($input: SetTargetInput!) { setSalesTarget(input: $input) { version } }`, {
    input: { subjectKind: 'DEPARTMENT', subjectId: org.east.id, period: '2026-03', metric: 'SIGNED', amount: '50000' },
  });
  await ok(org.eastManager, `mutation($input: SplitTargetInput!) { splitDepartmentTarget(input: $input) { subjectId amount } }`, {
    input: {
      departmentId: org.east.id,
      period: '2026-03',
      metric: 'SIGNED',
      allocations: [
        { subjectKind: 'REP', subjectId: org.rep.id, amount: '30000.00' },
        { subjectKind: 'DEPARTMENT', subjectId: org.eastTeam.id, amount: '20000' },
      ],
    },
  });
  await ok(org.westManager, `mutation($input: SetTargetInput!) { setSalesTarget(input: $input) { version } }`, {
    input: { subjectKind: 'REP', subjectId: org.otherRep.id, period: '2026-03', metric: 'SIGNED', amount: '10000' },
  });

  await poller.drain();
});

afterAll(async () => {
  await poller?.stop();
});

const MARCH = { from: '2026-03-01', to: '2026-03-31' };

describe('five-level classification', () => {
  it('counts levels now and the transitions made in the period, per scope', async () => {
    const query = `query($input: ReportInput!) { buyingStatusReport(input: $input) { total counts { status count } transitions { from to count } } }`;
    const admin = (await ok<{ buyingStatusReport: Record<string, unknown> }>(org.admin, query, { input: MARCH })).buyingStatusReport;
    expect(admin).toEqual({
      total: 5,
      counts: [
        { status: 'PROSPECT', count: 3 },
        { status: 'TARGET', count: 0 },
        { status: 'QUALIFIED', count: 0 },
        { status: 'CLOSED', count: 2 },
        { status: 'LOYAL', count: 0 },
      ],
      transitions: [
        { from: 'PROSPECT', to: 'TARGET', count: 1 },
        { from: 'PROSPECT', to: 'CLOSED', count: 1 },
        { from: 'TARGET', to: 'CLOSED', count: 1 },
      ],
    });
    const east = (await ok<{ buyingStatusReport: { total: number; transitions: unknown[] } }>(org.eastManager, query, { input: MARCH })).buyingStatusReport;
    expect(east.total).toBe(3);
    expect(east.transitions).toEqual([
      { from: 'PROSPECT', to: 'TARGET', count: 1 },
      { from: 'TARGET', to: 'CLOSED', count: 1 },
    ]);
    const february = (await ok<{ buyingStatusReport: { transitions: unknown[] } }>(org.admin, query, { input: { from: '2026-02-01', to: '2026-02-28' } })).buyingStatusReport;
    expect(february.transitions).toEqual([]);
  });
});

describe('lifecycle, pool, claims and reclaims', () => {
  it('counts stages now, the pool, and ownership moves in the period', async () => {
    const query = `query($input: ReportInput!) { lifecycleReport(input: $input) { total hot counts { stage count } poolSize newCustomers claims releases reclaims transfersIn transfersOut } }`;
    expect((await ok<{ lifecycleReport: unknown }>(org.admin, query, { input: MARCH })).lifecycleReport).toEqual({
      total: 5,
      hot: 0,
      counts: [
        { stage: 'POTENTIAL', count: 3 },
        { stage: 'INTENT', count: 0 },
        { stage: 'FORMAL', count: 2 },
      ],
      poolSize: 1,
      newCustomers: 6,
      claims: 1,
      releases: 2,
      reclaims: 0,
      transfersIn: 0,
      transfersOut: 0,
    });
    const rep = (await ok<{ lifecycleReport: Record<string, number> }>(org.rep, query, { input: { from: '2026-03-03', to: '2026-03-03' } })).lifecycleReport;
    expect(rep).toMatchObject({ total: 2, poolSize: 1, newCustomers: 0, claims: 0, releases: 2 });
    const west = (await ok<{ lifecycleReport: Record<string, number> }>(org.admin, query, { input: { ...MARCH, departmentId: org.west.id } })).lifecycleReport;
    expect(west).toMatchObject({ total: 2, newCustomers: 1, claims: 1, releases: 0 });
  });
});

describe('value grades and Pareto', () => {
  it('shows the grade distribution and the share of revenue from the top 20% of customers', async () => {
    const query = `query($unit: ReportUnitInput) { valueGradeReport(unit: $unit) { currency total grades { grade count share }
      pareto { customersWithRevenue topCustomers totalRevenue topRevenue topShare approximate } } }`;
    expect((await ok<{ valueGradeReport: unknown }>(org.admin, query)).valueGradeReport).toEqual({
      currency: 'CNY',
      total: 5,
      grades: [
        { grade: 'A', count: 1, share: 0.2 },
        { grade: 'B', count: 1, share: 0.2 },
        { grade: 'C', count: 0, share: 0 },
        { grade: 'NONE', count: 3, share: 0.6 },
      ],
      pareto: { customersWithRevenue: 2, topCustomers: 1, totalRevenue: '42000.00', topRevenue: '30000.00', topShare: 0.7143, approximate: false },
    });
    const west = (await ok<{ valueGradeReport: { pareto: unknown } }>(org.westManager, query)).valueGradeReport;
    expect(west.pareto).toEqual({ customersWithRevenue: 1, topCustomers: 1, totalRevenue: '12000.00', topRevenue: '12000.00', topShare: 1, approximate: false });
  });
});

describe('rep activity KPIs', () => {
  const query = `query($input: ReportInput!, $g: ReportGranularity!, $m: [String!]) { repActivityReport(input: $input, granularity: $g, metrics: $m) {
    granularity metrics rows { rep { name } periodStart values { metric value } } reps { rep { name } values { metric value } } totals { metric value } } }`;
  type Report = { rows: { rep: { name: string }; periodStart: string; values: { metric: string; value: number }[] }[]; reps: { rep: { name: string }; values: { metric: string; value: number }[] }[]; totals: { metric: string; value: number }[] };

  it('counts follow-ups by type, valid vs invalid and new customers per rep per day', async () => {
    const out = (await ok<{ repActivityReport: Report }>(org.eastManager, query, { input: { from: '2026-03-02', to: '2026-03-08' }, g: 'DAY', m: ['CALL', 'VISIT', 'EMAIL', 'VALID', 'INVALID', 'NEW_CUSTOMERS'] }))
      .repActivityReport;
    const values = (...v: number[]) => ['CALL', 'VISIT', 'EMAIL', 'VALID', 'INVALID', 'NEW_CUSTOMERS'].map((metric, i) => ({ metric, value: v[i] }));
    expect(out.rows).toEqual(
      expect.arrayContaining([
        { rep: { name: '张三' }, periodStart: '2026-03-02', values: values(2, 0, 0, 1, 1, 4) },
        { rep: { name: '张三' }, periodStart: '2026-03-03', values: values(0, 1, 0, 1, 0, 0) },
        { rep: { name: '李四' }, periodStart: '2026-03-02', values: values(0, 0, 1, 1, 0, 1) },
      ]),
    );
    expect(out.rows).toHaveLength(3);
    expect(out.totals).toEqual(values(2, 1, 1, 3, 1, 5));
    expect(out.reps.find((r) => r.rep.name === '华东经理')?.values).toEqual(values(0, 0, 0, 0, 0, 0));
  });

  it('rolls days up into ISO weeks and months', async () => {
    const weekly = (await ok<{ repActivityReport: Report }>(org.admin, query, { input: { from: '2026-03-02', to: '2026-03-15' }, g: 'WEEK', m: ['FOLLOW_UPS'] })).repActivityReport;
    expect(weekly.rows).toEqual([
      expect.objectContaining({ periodStart: '2026-03-02', values: [{ metric: 'FOLLOW_UPS', value: expect.any(Number) }] }),
      expect.objectContaining({ periodStart: '2026-03-02' }),
      expect.objectContaining({ periodStart: '2026-03-02' }),
    ]);
    expect(weekly.totals).toEqual([{ metric: 'FOLLOW_UPS', value: 5 }]);
    const monthly = (await ok<{ repActivityReport: Report }>(org.rep, query, { input: { from: '2026-01-01', to: '2026-06-30' }, g: 'MONTH', m: ['FOLLOW_UPS', 'NEW_CUSTOMERS'] })).repActivityReport;
    expect(monthly.rows).toEqual([{ rep: { name: '张三' }, periodStart: '2026-03-01', values: [{ metric: 'FOLLOW_UPS', value: 3 }, { metric: 'NEW_CUSTOMERS', value: 4 }] }]);
  });
});

describe('funnel', () => {
  it('shows open deals per stage, cohort conversion, time per stage, wins and losses in the period', async () => {
    const query = `query($input: ReportInput!) { funnelReport(input: $input) { currency created createdAmount won wonAmount lost lostAmount winRate
      stages { stage { id } openCount openAmount reached conversionFromPrevious exits averageDaysInStage } } }`;
    const out = (await ok<{ funnelReport: { stages: { stage: { id: string } }[] } & Record<string, unknown> }>(org.admin, query, { input: MARCH })).funnelReport;
    expect(out).toMatchObject({ currency: 'CNY', created: 3, createdAmount: '23000.00', won: 1, wonAmount: '10000.00', lost: 1, lostAmount: '8000.00', winRate: 0.5 });
    expect(out.stages.slice(0, 4)).toEqual([
      { stage: { id: 'S1' }, openCount: 1, openAmount: '5000.00', reached: 3, conversionFromPrevious: null, exits: 2, averageDaysInStage: 0 },
      { stage: { id: 'S2' }, openCount: 0, openAmount: '0.00', reached: 2, conversionFromPrevious: 0.6667, exits: 1, averageDaysInStage: 1 },
      { stage: { id: 'S3' }, openCount: 0, openAmount: '0.00', reached: 1, conversionFromPrevious: 0.5, exits: 1, averageDaysInStage: 1 },
      // A won deal has reached every stage.
      { stage: { id: 'S4' }, openCount: 0, openAmount: '0.00', reached: 1, conversionFromPrevious: 1, exits: 0, averageDaysInStage: null },
    ]);
    const west = (await ok<{ funnelReport: Record<string, unknown> }>(org.westManager, query, { input: MARCH })).funnelReport;
    expect(west).toMatchObject({ created: 0, won: 0, lost: 0, winRate: null });
  });
});

describe('receivables aging', () => {
  it('buckets open instalments by days past due as of a date', async () => {
    const query = `query($asOf: Date, $unit: ReportUnitInput) { receivablesAgingReport(asOf: $asOf, unit: $unit) { asOf currency
      totals { notDue days1To30 days31To60 days61To90 daysOver90 total } reps { rep { name } amounts { notDue days1To30 daysOver90 total } } } }`;
    const july = (await ok<{ receivablesAgingReport: unknown }>(org.finance, query, { asOf: '2026-07-15' })).receivablesAgingReport;
    expect(july).toEqual({
      asOf: '2026-07-15',
      currency: 'CNY',
      totals: { notDue: '0.00', days1To30: '20000.00', days31To60: '0.00', days61To90: '0.00', daysOver90: '12000.00', total: '32000.00' },
      reps: [
        { rep: { name: '张三' }, amounts: { notDue: '0.00', days1To30: '20000.00', daysOver90: '0.00', total: '20000.00' } },
        { rep: { name: '王五' }, amounts: { notDue: '0.00', days1To30: '0.00', daysOver90: '12000.00', total: '12000.00' } },
      ],
    });
    const today = (await ok<{ receivablesAgingReport: { asOf: string; totals: Record<string, string> } }>(org.eastManager, query)).receivablesAgingReport;
    expect(today).toMatchObject({ asOf: '2026-03-05', totals: { notDue: '20000.00', days1To30: '0.00', total: '20000.00' } });
    const boundary = (await ok<{ receivablesAgingReport: { totals: Record<string, string> } }>(org.admin, query, { asOf: '2026-06-30' })).receivablesAgingReport;
    expect(boundary.totals).toMatchObject({ notDue: '20000.00', days61To90: '12000.00', daysOver90: '0.00' });
    const day91 = (await ok<{ receivablesAgingReport: { totals: Record<string, string> } }>(org.admin, query, { asOf: '2026-07-01' })).receivablesAgingReport;
    expect(day91.totals).toMatchObject({ days1To30: '20000.00', days61To90: '0.00', daysOver90: '12000.00' });
  });
});

describe('targets vs actuals', () => {
  it('rolls targets and signed amounts up the department tree', async () => {
    const query = `query($p: String!, $m: TargetMetric!, $d: ID) { targetProgress(period: $p, metric: $m, departmentId: $d) { period from to
      departments { department { name } depth ownTarget membersTarget target actual percent allocated allocationBalanced }
      reps { rep { name } target actual percent } } }`;
    const out = (await ok<{ targetProgress: { departments: unknown[]; reps: unknown[] } & Record<string, unknown> }>(org.admin, query, { p: '2026-03', m: 'SIGNED' })).targetProgress;
    expect(out).toMatchObject({ period: '2026-03', from: '2026-03-01', to: '2026-03-31' });
    expect(out.departments).toEqual([
      { department: { name: '测试公司' }, depth: 0, ownTarget: null, membersTarget: '60000.00', target: '60000.00', actual: '42000.00', percent: 70, allocated: null, allocationBalanced: null },
      { department: { name: '华东销售部' }, depth: 1, ownTarget: '50000.00', membersTarget: '50000.00', target: '50000.00', actual: '30000.00', percent: 60, allocated: '50000.00', allocationBalanced: true },
      { department: { name: '华东一组' }, depth: 2, ownTarget: '20000.00', membersTarget: null, target: '20000.00', actual: '0.00', percent: 0, allocated: null, allocationBalanced: null },
      { department: { name: '华西销售部' }, depth: 1, ownTarget: null, membersTarget: '10000.00', target: '10000.00', actual: '12000.00', percent: 120, allocated: null, allocationBalanced: null },
    ]);
    expect(out.reps).toEqual(
      expect.arrayContaining([
        { rep: { name: '张三' }, target: '30000.00', actual: '30000.00', percent: 100 },
        { rep: { name: '王五' }, target: '10000.00', actual: '12000.00', percent: 120 },
        { rep: { name: '李四' }, target: null, actual: '0.00', percent: null },
      ]),
    );
    const received = (await ok<{ targetProgress: { reps: { rep: { name: string }; actual: string }[] } }>(org.rep, query, { p: '2026-Q1', m: 'RECEIVED' })).targetProgress;
    expect(received.reps).toEqual([{ rep: { name: '张三' }, target: null, actual: '10000.00', percent: null }]);
  });
});

describe('service', () => {
  it('counts tickets by type and status, response times, satisfaction, and ranks the staff', async () => {
    const query = `query($input: ReportInput!, $rank: String) { serviceReport(input: $input, rankBy: $rank) { total responded overdue resolved unassigned averageResponseMinutes averageSatisfaction rankBy
      byStatus { status count } byType { type count statuses { status count } }
      ranking { rank staff { name } tickets resolved responded overdue averageResponseMinutes rated averageSatisfaction } } }`;
    const out = (await ok<{ serviceReport: Record<string, unknown> & { byType: { type: string; count: number }[]; byStatus: unknown[] } }>(org.admin, query, { input: MARCH }))
      .serviceReport;
    expect(out).toMatchObject({ total: 3, responded: 2, overdue: 0, resolved: 2, unassigned: 0, averageResponseMinutes: 75, averageSatisfaction: 4, rankBy: 'RESOLVED' });
    expect(out.byStatus).toEqual([
      { status: 'OPEN', count: 1 },
      { status: 'IN_PROGRESS', count: 0 },
      { status: 'RESOLVED', count: 1 },
      { status: 'CLOSED', count: 1 },
      { status: 'REOPENED', count: 0 },
    ]);
    expect(out.byType.filter((t) => t.count > 0)).toEqual([
      { type: 'WARRANTY_REPAIR', count: 1, statuses: [{ status: 'CLOSED', count: 1 }] },
      { type: 'TRAINING', count: 1, statuses: [{ status: 'RESOLVED', count: 1 }] },
      { type: 'COMPLAINT', count: 1, statuses: [{ status: 'OPEN', count: 1 }] },
    ]);
    expect(out.ranking).toEqual([
      { rank: 1, staff: { name: '客服' }, tickets: 2, resolved: 1, responded: 1, overdue: 0, averageResponseMinutes: 60, rated: 1, averageSatisfaction: 4 },
      { rank: 2, staff: { name: '客服二' }, tickets: 1, resolved: 1, responded: 1, overdue: 0, averageResponseMinutes: 90, rated: 0, averageSatisfaction: null },
    ]);
    const bySpeed = (await ok<{ serviceReport: { ranking: { staff: { name: string } }[] } }>(org.admin, query, { input: MARCH, rank: 'RESPONSE_TIME' })).serviceReport;
    expect(bySpeed.ranking.map((r) => r.staff.name)).toEqual(['客服', '客服二']);
    const own = (await ok<{ serviceReport: { total: number } }>(service2, query, { input: MARCH })).serviceReport;
    expect(own.total).toBe(1);
  });
});

describe('bad report requests', () => {
  const lifecycle = `query($input: ReportInput!) { lifecycleReport(input: $input) { total } }`;
  const activity = `query($input: ReportInput!, $g: ReportGranularity!, $m: [String!]) { repActivityReport(input: $input, granularity: $g, metrics: $m) { totals { value } } }`;

  it('refuses reversed, too long and impossible periods', async () => {
    const reversed = await fails(org.admin, lifecycle, { input: { from: '2026-03-31', to: '2026-03-01' } });
    expect(reversed.extensions?.code).toBe('BAD_USER_INPUT');
    expect(reversed.message).toBe('报表期间的开始日期 2026-03-31 晚于结束日期 2026-03-01');
    const long = await fails(org.admin, lifecycle, { input: { from: '2025-01-01', to: '2026-03-01' } });
    expect(long.message).toBe('报表期间共 425 天，超过上限 366 天');
    const daily = await fails(org.admin, activity, { input: { from: '2026-01-01', to: '2026-06-30' }, g: 'DAY' });
    expect(daily.message).toContain('超过上限 92 天');
    const impossible = await fails(org.admin, lifecycle, { input: { from: '2026-02-30', to: '2026-03-01' } });
    expect(impossible.message).toBe('日期不存在：2026-02-30');
  });

  it('refuses unknown metrics and names the allowed ones', async () => {
    const unknown = await fails(org.admin, activity, { input: MARCH, g: 'MONTH', m: ['CALL', 'DEALS'] });
    expect(unknown.extensions?.code).toBe('BAD_USER_INPUT');
    expect(unknown.message).toBe('未知的统计指标：DEALS（可选：FOLLOW_UPS, CALL, VISIT, EMAIL, ONLINE, OTHER, VALID, INVALID, NEW_CUSTOMERS）');
    const rank = await fails(org.admin, `query { serviceReport(input: { from: "2026-03-01", to: "2026-03-31" }, rankBy: "SPEED") { total } }`);
    expect(rank.message).toContain('未知的统计指标：SPEED');
  });

  it('refuses org units outside the caller’s view, whether or not they exist', async () => {
    const otherDept = await fails(org.eastManager, lifecycle, { input: { ...MARCH, departmentId: org.west.id } });
    expect(otherDept.extensions?.code).toBe('FORBIDDEN');
    expect(otherDept.message).toBe(`您无权查看部门 ${org.west.id}的报表`);
    const missing = await fails(org.eastManager, lifecycle, { input: { ...MARCH, departmentId: 'no-such-dept' } });
    expect(missing.extensions?.code).toBe('FORBIDDEN');
    const colleague = await fails(org.rep, lifecycle, { input: { ...MARCH, userId: org.teamRep.id } });
    expect(colleague.extensions?.code).toBe('FORBIDDEN');
    const repDept = await fails(org.rep, lifecycle, { input: { ...MARCH, departmentId: org.east.id } });
    expect(repDept.extensions?.code).toBe('FORBIDDEN');
    const ownTeam = await ok<{ lifecycleReport: { total: number } }>(org.eastManager, lifecycle, { input: { ...MARCH, userId: org.teamRep.id } });
    expect(ownTeam.lifecycleReport.total).toBe(1);
  });
});

describe('read cost', () => {
  const count = (calls: { command: string }[]) => ({
    queries: calls.filter((c) => c.command === 'QueryCommand').length,
    batchGets: calls.filter((c) => c.command.startsWith('BatchGet')).length,
  });
  const lifecycle = `query($input: ReportInput!) { lifecycleReport(input: $input) { total claims } }`;

  it('reads department totals by key: a year costs the requests of a month, whatever the number of reps or records', async () => {
    const month = await measureDynamoCalls(() => stack.gql(org.admin, lifecycle, { input: MARCH }));
    const year = await measureDynamoCalls(() => stack.gql(org.admin, lifecycle, { input: { from: '2025-03-02', to: '2026-03-01' } }));
    // The caller (1 BatchGet), the customer snapshot total and the event totals (1 BatchGet each), the pools (1 Query).
    expect(count(month.calls)).toEqual({ queries: 1, batchGets: 3 });
    expect(count(year.calls)).toEqual({ queries: 1, batchGets: 3 });
    const manager = await measureDynamoCalls(() => stack.gql(org.eastManager, lifecycle, { input: MARCH }));
    expect(count(manager.calls)).toEqual({ queries: 1, batchGets: 3 });
  });

  it('reads one rep’s rows with one Query per run of buckets', async () => {
    const { calls } = await measureDynamoCalls(() => stack.gql(org.rep, lifecycle, { input: { from: '2026-02-27', to: '2026-04-02' } }));
    // Snapshot, pools, and the events: days 02-27…28, March, days 04-01…02 (three runs).
    expect(count(calls)).toEqual({ queries: 5, batchGets: 1 });
  });
});
