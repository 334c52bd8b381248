import { beforeEach, describe, expect, it } from 'vitest';
import { markCustomerFormal } from '../../functions/domain/protection/lifecycle.service';
import { updateCompanySettings } from '../../functions/domain/settings/settings.service';
import { measureDynamoCalls } from '../../functions/store/instrumentation';
import { createExpirySweep } from '../../functions/sweeps/expiry.sweep';
import { sweepEvent } from '../../functions/sweeps/sweep-event';
import { buildCustomer, buildOrg, type Org } from '../support/builders';
import { DAY, expirySweep, ownedCount, touchFollowUp } from '../support/protection-helpers';
import { createTestStack, type TestStack } from '../support/test-stack';

let stack: TestStack;
let org: Org;

beforeEach(async () => {
  stack = await createTestStack();
  org = await buildOrg(stack);
});

const customer = (id: string) => stack.runtime.repos.customers.get(id, true);

describe('expiry sweep', () => {
  it('warns the rep 3 and 1 days before and the manager 1 day before, then reclaims, each exactly once', async () => {
    const c = await buildCustomer(stack, org.rep, { name: '苏州恒达精密机械有限公司' });
    const sweep = expirySweep(stack);
    stack.clock.advance(11 * DAY);
    expect(await sweep()).toMatchObject({ warned: 0, reclaimed: 0 });
    stack.clock.advance(DAY + 60_000);
    expect(await sweep()).toMatchObject({ warned: 1 });
    expect(await sweep()).toMatchObject({ warned: 0 });
    stack.clock.advance(2 * DAY);
    expect(await sweep()).toMatchObject({ warned: 1 });
    stack.clock.advance(DAY);
    expect(await sweep()).toMatchObject({ reclaimed: 1 });
    expect(await sweep()).toMatchObject({ reclaimed: 0, warned: 0 });

    const sent = stack.notifier.sent.map((m) => [m.kind, m.channel, m.userId]);
    expect(sent[0]).toEqual(['PROTECTION_WARNING', 'SMS', org.rep.id]);
    // The 1-day step goes to the rep and the manager in the same run, in either order.
    expect(sent.slice(1, 3).map(String).sort()).toEqual(
      [['PROTECTION_WARNING', 'SMS', org.rep.id], ['PROTECTION_WARNING', 'SMS', org.eastManager.id]].map(String).sort(),
    );
    expect(sent.slice(3)).toEqual([['NOTICE', 'SMS', org.rep.id]]);
    expect(stack.notifier.sent.find((m) => m.userId === org.eastManager.id)!.text).toContain('张三的客户');
    expect(stack.notifier.sent[0]!.text).toBe('【销售管家】客户“苏州恒达精密机械有限公司”将于3天后（03月17日 09:00）因未有效跟进回收公海，请及时跟进。');
    const after = (await customer(c.id))!;
    expect(after.ownerId).toBeUndefined();
    expect(after.poolId).toBe('default');
    expect(await ownedCount(stack, org.rep.id)).toBe(0);
    const history = (await stack.runtime.repos.customers.getCollection(c.id))!.ownership;
    expect(history.at(-1)).toMatchObject({ action: 'RECLAIM', actorId: 'system', fromOwnerId: org.rep.id, reason: '系统回收：未有效跟进' });
  });

  it('sends each warning once when two sweeps overlap', async () => {
    for (let i = 0; i < 5; i++) await buildCustomer(stack, org.rep);
    stack.clock.advance(12 * DAY + 1000);
    const [a, b] = await Promise.all([expirySweep(stack)(), expirySweep(stack)()]);
    expect(a.warned + b.warned).toBe(5);
    expect(stack.notifier.sent).toHaveLength(5);
    stack.clock.advance(4 * DAY);
    const [c, d] = await Promise.all([expirySweep(stack)(), expirySweep(stack)()]);
    expect(c.reclaimed + d.reclaimed).toBe(5);
    expect(await ownedCount(stack, org.rep.id)).toBe(0);
  });

  it('a valid follow-up logged just before the sweep wins: the customer is not reclaimed', async () => {
    const c = await buildCustomer(stack, org.rep);
    stack.clock.advance(15 * DAY - 1000);
    await touchFollowUp(stack, c.id, true);
    stack.clock.advance(2000);
    expect(await expirySweep(stack)()).toMatchObject({ reclaimed: 0 });
    expect((await customer(c.id))?.ownerId).toBe(org.rep.id);
    expect((await customer(c.id))?.protection?.deadline).toBe(new Date(stack.clock.now().getTime() - 1000 + 15 * DAY - 1000).toISOString());
  });

  it('reclaims a POTENTIAL customer after 30 days even with fresh follow-ups (not advanced to INTENT)', async () => {
    const c = await buildCustomer(stack, org.rep);
    for (const _ of [10, 20]) {
      stack.clock.advance(10 * DAY);
      await touchFollowUp(stack, c.id, true);
      expect(await expirySweep(stack)()).toMatchObject({ reclaimed: 0 });
    }
    stack.clock.advance(10 * DAY + 1000);
    expect(await expirySweep(stack)()).toMatchObject({ reclaimed: 1 });
    const history = (await stack.runtime.repos.customers.getCollection(c.id))!.ownership;
    expect(history.at(-1)?.reason).toBe('系统回收：潜在客户未转意向');
  });

  it('never reclaims a FORMAL customer', async () => {
    const c = await buildCustomer(stack, org.rep);
    await markCustomerFormal(stack.as(org.rep), c.id);
    stack.clock.advance(90 * DAY);
    expect(await expirySweep(stack)()).toMatchObject({ reclaimed: 0, warned: 0 });
    expect((await customer(c.id))).toMatchObject({ ownerId: org.rep.id, lifecycle: 'FORMAL', buyingStatus: 'CLOSED' });
  });

  it('follows a rule change: a longer freshness period postpones the reclaim', async () => {
    const c = await buildCustomer(stack, org.rep);
    await updateCompanySettings(stack.as(org.admin), { followUpFreshnessDays: 20 });
    stack.clock.advance(16 * DAY);
    expect(await expirySweep(stack)()).toMatchObject({ reclaimed: 0 });
    expect((await customer(c.id))?.protection?.deadline).toBe(new Date(stack.clock.now().getTime() + 4 * DAY).toISOString());
  });

  it('costs reads in proportion to the customers due, not to the table', async () => {
    for (let i = 0; i < 30; i++) await buildCustomer(stack, i < 3 ? org.rep : org.teamRep);
    const sweepOnly = createExpirySweep(stack.runtime);
    await sweepOnly(sweepEvent('expiry-sweep', stack.clock.now()));
    const idle = await measureDynamoCalls(() => sweepOnly(sweepEvent('expiry-sweep', stack.clock.now())));
    // One Query per (pool × value-grade) queue for today, whatever the table holds; none returns an item.
    const idleQueries = idle.calls.filter((c) => c.command === 'QueryCommand');
    expect(idleQueries.length).toBeLessThanOrEqual(6);
    expect(idle.calls.reduce((sum, c) => sum + c.readUnits, 0)).toBeLessThanOrEqual(idle.calls.length * 0.5 + 0.01);
  });
});

describe('settings', () => {
  it('only admins change rules, and a warning must come before the shortest period', async () => {
    await expect(updateCompanySettings(stack.as(org.eastManager), { maxHotCustomers: 5 })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(updateCompanySettings(stack.as(org.admin), { warningDaysBefore: [20] })).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
    await expect(updateCompanySettings(stack.as(org.admin), { maxHotCustomers: 5 })).resolves.toMatchObject({ maxHotCustomers: 5 });
    expect((await stack.runtime.repos.settings.get()).maxHotCustomers).toBe(5);
  });
});
