import { beforeAll, describe, expect, it } from 'vitest';
import { openOpportunitiesFollowOwner } from '../../functions/domain/pipeline/opportunity-owner.listener';
import { transferCustomer } from '../../functions/domain/protection/transfer.service';
import { updateCustomer } from '../../functions/domain/customers/customer.service';
import {
  closeOpportunity,
  createOpportunity,
  getOpportunityOrThrow,
  listOpportunities,
  moveOpportunityStage,
  stalledOpportunities,
  updateOpportunity,
} from '../../functions/domain/pipeline/opportunity.service';
import { pipelineFunnel, salesForecast } from '../../functions/domain/pipeline/pipeline-reports.service';
import { getSalesSettings, updateSalesSettings } from '../../functions/domain/pipeline/sales-settings.service';
import { createProduct, updateProduct } from '../../functions/domain/products/product.service';
import { DAY_MS } from '../../functions/domain/shared/clock';
import type { User } from '../../functions/domain/users/user.types';
import { measureDynamoCalls } from '../../functions/store/instrumentation';
import { buildCustomer, buildOrg, type Org } from '../support/builders';
import { createTestStack, type TestStack } from '../support/test-stack';

let stack: TestStack;
let org: Org;

beforeAll(async () => {
  stack = await createTestStack();
  org = await buildOrg(stack);
});

async function deal(owner: User, overrides: Partial<Parameters<typeof createOpportunity>[1]> = {}) {
  const customer = await buildCustomer(stack, owner);
  return createOpportunity(stack.as(owner), {
    customerId: customer.id,
    title: '中央空调改造',
    expectedAmount: 10_000_000,
    currency: 'CNY',
    expectedCloseDate: '2026-04-20',
    ...overrides,
  });
}

const funnelOf = (user: User, filter: { ownerId?: string; departmentId?: string } = {}) => pipelineFunnel(stack.as(user), { currency: 'CNY', ...filter });

describe('opportunities', () => {
  it('starts in the first stage, owned by the customer’s owner, and shows up in the owner’s funnel', async () => {
    const before = await funnelOf(org.teamRep);
    const created = await deal(org.teamRep);
    expect(created).toMatchObject({ status: 'OPEN', stageId: 'S1', ownerId: org.teamRep.id, reachedStageIds: ['S1'] });
    const after = await funnelOf(org.teamRep);
    expect(after.stages[0]!.count - before.stages[0]!.count).toBe(1);
    expect(after.stages[0]!.amount - before.stages[0]!.amount).toBe(10_000_000);
  });

  it('records every stage change with its time, and time per stage follows the clock', async () => {
    const created = await deal(org.rep);
    stack.clock.advance(2 * DAY_MS);
    const moved = await moveOpportunityStage(stack.as(org.rep), created.id, { stageId: 'S4', expectedVersion: 1 });
    expect(moved.stageHistory.map((v) => [v.stageId, v.leftAt !== undefined])).toEqual([
      ['S1', true],
      ['S4', false],
    ]);
    expect(Date.parse(moved.stageHistory[0]!.leftAt!) - Date.parse(moved.stageHistory[0]!.enteredAt)).toBe(2 * DAY_MS);
    expect(moved.reachedStageIds).toEqual(['S1', 'S2', 'S3', 'S4']);
    const stored = await getOpportunityOrThrow(stack.as(org.rep), created.id);
    expect(stored.version).toBe(2);
  });

  // Each round of a customer conflict lets at least one writer through, so up to four racing writers all land.
  it('keeps the customer\'s open-deal count exact when deals open and close at once, alongside a customer edit', async () => {
    const customer = await buildCustomer(stack, org.rep);
    const input = { customerId: customer.id, title: '并发商机', expectedAmount: 100_000, currency: 'CNY', expectedCloseDate: '2026-05-01' };
    const opened = await Promise.all(Array.from({ length: 4 }, () => createOpportunity(stack.as(org.rep), input)));
    await Promise.all([
      ...opened.slice(0, 2).map((o) => closeOpportunity(stack.as(org.rep), o.id, { outcome: 'LOST', reason: '预算取消', expectedVersion: o.version })),
      updateCustomer(stack.as(org.rep), customer.id, { industry: '制造业', expectedVersion: customer.version }).catch(() => undefined),
    ]);
    const stored = (await stack.runtime.repos.customers.get(customer.id, true))!;
    expect(stored.openOpportunities).toBe(2);
    expect((await listOpportunities(stack.as(org.rep), { customerId: customer.id, status: 'OPEN' }, 50)).items).toHaveLength(2);
  });

  it('refuses a stale version, an unknown stage and a move of a closed deal', async () => {
    const created = await deal(org.rep);
    await moveOpportunityStage(stack.as(org.rep), created.id, { stageId: 'S2', expectedVersion: 1 });
    await expect(moveOpportunityStage(stack.as(org.rep), created.id, { stageId: 'S3', expectedVersion: 1 })).rejects.toMatchObject({ code: 'CONFLICT' });
    await expect(moveOpportunityStage(stack.as(org.rep), created.id, { stageId: 'NOPE', expectedVersion: 2 })).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
    await closeOpportunity(stack.as(org.rep), created.id, { outcome: 'LOST', reason: '预算取消', lessons: '需更早接触决策者', expectedVersion: 2 });
    await expect(moveOpportunityStage(stack.as(org.rep), created.id, { stageId: 'S3', expectedVersion: 3 })).rejects.toMatchObject({ code: 'CONFLICT' });
  });

  it('hides another rep’s deal and refuses deals on pool or foreign customers', async () => {
    const created = await deal(org.rep);
    await expect(getOpportunityOrThrow(stack.as(org.otherRep), created.id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(getOpportunityOrThrow(stack.as(org.westManager), created.id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(getOpportunityOrThrow(stack.as(org.eastManager), created.id)).resolves.toMatchObject({ id: created.id });
    const foreign = await buildCustomer(stack, org.otherRep);
    await expect(
      createOpportunity(stack.as(org.rep), { customerId: foreign.id, title: 'x', expectedAmount: 1, currency: 'CNY', expectedCloseDate: '2026-05-01' }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(deal(org.finance)).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('accepts only active products of interest, writing nothing otherwise', async () => {
    const active = await createProduct(stack.as(org.admin), { code: `OPP-A-${Date.now()}`, name: '螺杆机', category: '空调', unit: '台', listPrice: 100, currency: 'CNY' });
    const retired = await createProduct(stack.as(org.admin), { code: `OPP-R-${Date.now()}`, name: '旧型号', category: '空调', unit: '台', listPrice: 100, currency: 'CNY' });
    await updateProduct(stack.as(org.admin), retired.id, { active: false, expectedVersion: 1 });
    const customer = await buildCustomer(stack, org.rep);
    const base = { customerId: customer.id, title: '产品意向', expectedAmount: 100, currency: 'CNY', expectedCloseDate: '2026-05-01' };
    await expect(createOpportunity(stack.as(org.rep), { ...base, productIds: [retired.id] })).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
    const page = await listOpportunities(stack.as(org.rep), { customerId: customer.id }, 10);
    expect(page.items).toEqual([]);
    await expect(createOpportunity(stack.as(org.rep), { ...base, productIds: [active.id] })).resolves.toMatchObject({ productIds: [active.id] });
  });

  it('updates amounts and close dates with the counters in step', async () => {
    const created = await deal(org.teamRep, { expectedCloseDate: '2026-06-10' });
    const before = await salesForecast(stack.as(org.teamRep), { currency: 'CNY' }, { from: '2026-06', to: '2026-07' });
    await updateOpportunity(stack.as(org.teamRep), created.id, { expectedAmount: 20_000_000, expectedCloseDate: '2026-07-01', expectedVersion: 1 });
    const after = await salesForecast(stack.as(org.teamRep), { currency: 'CNY' }, { from: '2026-06', to: '2026-07' });
    expect(after.byMonth[0]!.figures.openAmount - before.byMonth[0]!.figures.openAmount).toBe(-10_000_000);
    expect(after.byMonth[1]!.figures.openAmount - before.byMonth[1]!.figures.openAmount).toBe(20_000_000);
  });
});

describe('funnel, forecast and stalled deals', () => {
  it('builds the funnel and weighted forecast of a fresh company from counters', async () => {
    const s = await createTestStack();
    const o = await buildOrg(s);
    const make = async (owner: User, amount: number, close: string) => {
      const customer = await buildCustomer(s, owner);
      return createOpportunity(s.as(owner), { customerId: customer.id, title: '商机', expectedAmount: amount, currency: 'CNY', expectedCloseDate: close });
    };
    const a = await make(o.rep, 1_000_000, '2026-04-10');
    const b = await make(o.rep, 2_000_000, '2026-04-20');
    await make(o.otherRep, 4_000_000, '2026-05-05');
    await moveOpportunityStage(s.as(o.rep), a.id, { stageId: 'S7', expectedVersion: 1 });
    await closeOpportunity(s.as(o.rep), b.id, { outcome: 'WON', reason: '签约', expectedVersion: 1 });
    const funnel = await pipelineFunnel(s.as(o.admin), { currency: 'CNY' });
    expect(funnel.stages.map((st) => st.count)).toEqual([1, 0, 0, 0, 0, 0, 1, 0]);
    expect(funnel).toMatchObject({ openCount: 2, openAmount: 5_000_000, won: { count: 1, amount: 2_000_000 }, winRate: 1 });
    expect(funnel.stages[1]!.conversionFromPrevious).toBe(0.6667);
    const east = await pipelineFunnel(s.as(o.eastManager), { currency: 'CNY' });
    expect(east.openAmount).toBe(1_000_000);
    const forecast = await salesForecast(s.as(o.admin), { currency: 'CNY' }, { from: '2026-03', to: '2026-05' });
    // a: 1,000,000 × 80 %; c: 4,000,000 × 10 %; b won in March (T0 month).
    expect(forecast.total).toMatchObject({ weightedAmount: 1_200_000, wonAmount: 2_000_000, forecastAmount: 3_200_000 });
    expect(forecast.byMonth.map((m) => m.figures.forecastAmount)).toEqual([2_000_000, 800_000, 400_000]);
    expect(forecast.byOwner.map((r) => [r.ownerId, r.figures.forecastAmount])).toEqual([
      [o.rep.id, 2_800_000],
      [o.otherRep.id, 400_000],
    ]);
    await expect(pipelineFunnel(s.as(o.rep), { currency: 'CNY', departmentId: o.west.id })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(pipelineFunnel(s.as(o.eastManager), { currency: 'CNY', ownerId: o.otherRep.id })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(salesForecast(s.as(o.admin), { currency: 'CNY' }, { from: '2026-05', to: '2026-03' })).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
  });

  it('reads the same few counter items however many deals there are', async () => {
    const s = await createTestStack();
    const o = await buildOrg(s);
    const customer = await buildCustomer(s, o.rep);
    const create = () => createOpportunity(s.as(o.rep), { customerId: customer.id, title: '批量', expectedAmount: 100, currency: 'CNY', expectedCloseDate: '2026-04-01' });
    await create();
    const small = await measureDynamoCalls(() => pipelineFunnel(s.as(o.admin), { currency: 'CNY' }));
    for (let i = 0; i < 30; i++) await create();
    const large = await measureDynamoCalls(() => pipelineFunnel(s.as(o.admin), { currency: 'CNY' }));
    expect(large.result.openCount).toBe(31);
    expect(large.calls.map((c) => c.command).sort()).toEqual(small.calls.map((c) => c.command).sort());
    expect(large.calls.reduce((sum, c) => sum + c.readUnits, 0)).toBe(small.calls.reduce((sum, c) => sum + c.readUnits, 0));
  });

  it('lists deals without a stage change for the configured days', async () => {
    const s = await createTestStack();
    const o = await buildOrg(s);
    const customer = await buildCustomer(s, o.teamRep);
    const make = () => createOpportunity(s.as(o.teamRep), { customerId: customer.id, title: '停滞', expectedAmount: 100, currency: 'CNY', expectedCloseDate: '2026-06-01' });
    const stale = await make();
    const moving = await make();
    s.clock.advance(10 * DAY_MS);
    await moveOpportunityStage(s.as(o.teamRep), moving.id, { stageId: 'S2', expectedVersion: 1 });
    s.clock.advance(5 * DAY_MS);
    expect((await stalledOpportunities(s.as(o.teamRep), {})).map((d) => d.id)).toEqual([stale.id]);
    expect((await stalledOpportunities(s.as(o.eastManager), {})).map((d) => d.id)).toEqual([stale.id]);
    expect(await stalledOpportunities(s.as(o.westManager), {})).toEqual([]);
    const settings = await getSalesSettings(s.as(o.admin));
    await updateSalesSettings(s.as(o.admin), {
      stages: settings.stages.map((st) => ({ id: st.id, name: st.name, winProbability: st.winProbability })),
      stalledAfterDays: 4,
      orderApprovalThreshold: settings.orderApprovalThreshold,
      paymentReminderDaysBefore: 30,
      paymentReminderHour: 9,
      expectedVersion: 0,
    });
    expect((await stalledOpportunities(s.as(o.teamRep), {})).map((d) => d.id).sort()).toEqual([stale.id, moving.id].sort());
  });
});

describe('stage configuration', () => {
  it('lets admins rename, reweigh and add stages, but not remove one that holds open deals', async () => {
    const s = await createTestStack();
    const o = await buildOrg(s);
    const customer = await buildCustomer(s, o.rep);
    await createOpportunity(s.as(o.rep), { customerId: customer.id, title: '占用', expectedAmount: 100, currency: 'CNY', expectedCloseDate: '2026-06-01', stageId: 'S3' });
    const current = await getSalesSettings(s.as(o.admin));
    const base = { stalledAfterDays: 14, orderApprovalThreshold: 100, paymentReminderDaysBefore: 30, paymentReminderHour: 9, expectedVersion: 0 };
    const keep = current.stages.filter((st) => st.id !== 'S3').map((st) => ({ id: st.id, name: st.name, winProbability: st.winProbability }));
    await expect(updateSalesSettings(s.as(o.admin), { ...base, stages: keep })).rejects.toMatchObject({ code: 'CONFLICT' });
    await expect(updateSalesSettings(s.as(o.rep), { ...base, stages: keep })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const next = await updateSalesSettings(s.as(o.admin), {
      ...base,
      stages: [{ id: 'S1', name: '线索', winProbability: 5 }, { id: 'S3', name: '需求确认', winProbability: 50 }, { name: '招投标', winProbability: 70 }],
    });
    expect(next.stages.map((st) => [st.name, st.order])).toEqual([
      ['线索', 1],
      ['需求确认', 2],
      ['招投标', 3],
    ]);
    const funnel = await pipelineFunnel(s.as(o.admin), { currency: 'CNY' });
    expect(funnel.stages.map((st) => [st.stage.name, st.count])).toEqual([
      ['线索', 0],
      ['需求确认', 1],
      ['招投标', 0],
    ]);
    expect(funnel.weightedAmount).toBe(50);
    await expect(updateSalesSettings(s.as(o.admin), { ...base, stages: [{ id: 'WON', name: '赢', winProbability: 100 }], expectedVersion: 1 })).rejects.toMatchObject({
      code: 'BAD_USER_INPUT',
    });
  });
});

describe('owner changes', () => {
  it('moves open deals and their counters with a transferred customer, leaving closed ones', async () => {
    const s = await createTestStack();
    const o = await buildOrg(s);
    const customer = await buildCustomer(s, o.rep);
    const make = () => createOpportunity(s.as(o.rep), { customerId: customer.id, title: '转移', expectedAmount: 1_000, currency: 'CNY', expectedCloseDate: '2026-06-01' });
    const open = await make();
    const won = await make();
    await closeOpportunity(s.as(o.rep), won.id, { outcome: 'WON', reason: '成交', expectedVersion: 1 });
    expect(await openOpportunitiesFollowOwner(s.runtime.repos, { customerId: customer.id, at: s.clock.now().toISOString() })).toEqual([]);
    await transferCustomer(s.as(o.admin), customer.id, o.otherRep.id, '离职交接');
    expect((await getOpportunityOrThrow(s.as(o.otherRep), open.id)).ownerId).toBe(o.otherRep.id);
    expect((await getOpportunityOrThrow(s.as(o.rep), won.id)).ownerId).toBe(o.rep.id);
    expect((await pipelineFunnel(s.as(o.rep), { currency: 'CNY' })).openCount).toBe(0);
    expect((await pipelineFunnel(s.as(o.otherRep), { currency: 'CNY' })).openCount).toBe(1);
    expect((await pipelineFunnel(s.as(o.westManager), { currency: 'CNY' })).openAmount).toBe(1_000);
  });
});
