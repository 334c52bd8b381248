import { beforeEach, describe, expect, it } from 'vitest';
import { claimCustomer, releaseCustomer } from '../../functions/domain/protection/pool.service';
import { updateCustomer } from '../../functions/domain/customers/customer.service';
import { buildCustomer, buildOrg, type Org } from '../support/builders';
import { DAY, expirySweep, ownedCount } from '../support/protection-helpers';
import { createTestStack, type TestStack } from '../support/test-stack';

let stack: TestStack;
let org: Org;

beforeEach(async () => {
  stack = await createTestStack();
  org = await buildOrg(stack);
});

async function pooledCustomer() {
  const c = await buildCustomer(stack, org.rep);
  await releaseCustomer(stack.as(org.rep), c.id, '客户暂无需求');
  return c;
}

describe('claiming from the public pool', () => {
  it('lets exactly one of 20 racing reps win; the others get CONFLICT and counters stay exact', async () => {
    const c = await pooledCustomer();
    const reps = await Promise.all(
      Array.from({ length: 20 }, async (_, i) => {
        const { createUser } = await import('../../functions/domain/users/user.service');
        return createUser(stack.as(org.admin), { email: `racer${i}@t.cn`, name: `抢单${i}`, role: 'REP', departmentId: org.west.id });
      }),
    );
    const results = await Promise.allSettled(reps.map((r) => claimCustomer(stack.as(r), c.id)));
    const winners = results.flatMap((r, i) => (r.status === 'fulfilled' ? [reps[i]!] : []));
    expect(winners).toHaveLength(1);
    for (const r of results) if (r.status === 'rejected') expect(r.reason).toMatchObject({ code: 'CONFLICT', message: expect.stringContaining('already been claimed') });
    expect((await stack.runtime.repos.customers.get(c.id, true))?.ownerId).toBe(winners[0]!.id);
    const counts = await Promise.all(reps.map((r) => ownedCount(stack, r.id)));
    expect(counts.reduce((a, b) => a + b, 0)).toBe(1);
  });

  it('bans the releasing rep for 3 days but lets others claim at once', async () => {
    const c = await pooledCustomer();
    await expect(claimCustomer(stack.as(org.rep), c.id)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    stack.clock.advance(3 * DAY + 1000);
    await expect(claimCustomer(stack.as(org.rep), c.id)).resolves.toMatchObject({ ownerId: org.rep.id });
  });

  it('starts a fresh protection clock for the claimer and records who, when and why', async () => {
    const c = await pooledCustomer();
    stack.clock.advance(DAY);
    const claimed = await claimCustomer(stack.as(org.otherRep), c.id);
    expect(claimed.protection?.ownedSince).toBe(stack.clock.now().toISOString());
    expect(claimed.ownerDeptPath).toBe(org.otherRep.departmentPath);
    const history = (await stack.runtime.repos.customers.getCollection(c.id))!.ownership.map((e) => [e.action, e.actorId]);
    expect(history).toEqual([
      ['CREATE', org.rep.id],
      ['RELEASE', org.rep.id],
      ['CLAIM', org.otherRep.id],
    ]);
  });

  it('enforces the owned-customer cap on claims', async () => {
    const capped = await createTestStack({ maxOwnedCustomers: 1 });
    const o = await buildOrg(capped);
    const c = await buildCustomer(capped, o.rep);
    await releaseCustomer(capped.as(o.rep), c.id, '放弃');
    await buildCustomer(capped, o.otherRep);
    await expect(claimCustomer(capped.as(o.otherRep), c.id)).rejects.toMatchObject({ code: 'LIMIT_EXCEEDED' });
    expect((await capped.runtime.repos.customers.get(c.id))?.ownerId).toBeUndefined();
  });

  it('enforces the hot-customer cap when marking customers hot', async () => {
    const capped = await createTestStack({ maxHotCustomers: 1 });
    const o = await buildOrg(capped);
    await buildCustomer(capped, o.rep, { hot: true });
    const second = await buildCustomer(capped, o.rep);
    await expect(updateCustomer(capped.as(o.rep), second.id, { hot: true, expectedVersion: 1 })).rejects.toMatchObject({ code: 'LIMIT_EXCEEDED' });
  });

  it('refuses claims by finance staff and releases of someone else’s customer, changing nothing', async () => {
    const c = await pooledCustomer();
    await expect(claimCustomer(stack.as(org.finance), c.id)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const owned = await buildCustomer(stack, org.rep);
    await expect(releaseCustomer(stack.as(org.otherRep), owned.id, '试图放弃别人的客户')).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(releaseCustomer(stack.as(org.eastManager), owned.id, '经理不能代放弃')).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect((await stack.runtime.repos.customers.get(owned.id))?.version).toBe(1);
  });

  it('lists pool customers to reps with masked phones', async () => {
    const c = await buildCustomer(stack, org.rep, { phone: '13812345678' });
    await releaseCustomer(stack.as(org.rep), c.id, '放弃');
    const res = await stack.gql<{ customers: { edges: { node: { id: string; phone: string; inPool: boolean } }[] } }>(
      org.otherRep,
      `{ customers(filter: { inPool: true }) { edges { node { id phone inPool } } } }`,
    );
    expect(res.data?.customers.edges.map((e) => e.node)).toEqual([{ id: c.id, phone: '138****5678', inPool: true }]);
  });

  it('claim racing the sweep’s reclaim never leaves two owners or none', async () => {
    const c = await buildCustomer(stack, org.rep);
    stack.clock.advance(16 * DAY);
    const sweep = expirySweep(stack);
    const [, ...claims] = await Promise.allSettled([sweep(), ...[org.otherRep, org.teamRep].map((r) => claimCustomer(stack.as(r), c.id))]);
    const after = (await stack.runtime.repos.customers.get(c.id, true))!;
    const claimedBy = claims.filter((r) => r.status === 'fulfilled').length;
    expect(claimedBy).toBeLessThanOrEqual(1);
    expect(after.ownerId === undefined ? 0 : 1).toBe(claimedBy);
    const total = (await Promise.all([org.rep, org.otherRep, org.teamRep].map((u) => ownedCount(stack, u.id)))).reduce((a, b) => a + b, 0);
    expect(total).toBe(claimedBy);
  });
});
