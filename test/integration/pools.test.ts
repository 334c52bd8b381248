import { beforeEach, describe, expect, it } from 'vitest';
import { createAssignmentRule } from '../../functions/domain/pools/assignment.service';
import { lockCustomer, unlockCustomer } from '../../functions/domain/pools/lock.service';
import { createPool, updatePool, type PoolInput } from '../../functions/domain/pools/pool-admin.service';
import { addTeamMember } from '../../functions/domain/pools/team.service';
import { claimCustomer, recordPoolOpen, releaseCustomer } from '../../functions/domain/protection/pool.service';
import { transferCustomer } from '../../functions/domain/protection/transfer.service';
import { createCustomer, getEditableCustomerOrThrow, getVisibleCustomerOrThrow, listCustomers, updateCustomer } from '../../functions/domain/customers/customer.service';
import { createUser, updateUser } from '../../functions/domain/users/user.service';
import type { User } from '../../functions/domain/users/user.types';
import { measureDynamoCalls } from '../../functions/store/instrumentation';
import { buildCustomer, buildOrg, type Org } from '../support/builders';
import { DAY, expirySweep, ownedCount, touchFollowUp } from '../support/protection-helpers';
import { createTestStack, type TestStack } from '../support/test-stack';
import { closeOpportunity, createOpportunity } from '../../functions/domain/pipeline/opportunity.service';

let stack: TestStack;
let org: Org;

beforeEach(async () => {
  stack = await createTestStack();
  org = await buildOrg(stack);
});

const poolInput = (overrides: Partial<PoolInput> = {}): PoolInput => ({
  name: '华东公海',
  everyone: false,
  memberDepartmentIds: [org.east.id],
  memberUserIds: [],
  adminIds: [],
  claimRules: { cooldownDays: 3, holdHours: 0 },
  reclaimRules: {},
  ...overrides,
});

async function customerInPool(poolId: string, owner: User = org.rep) {
  const c = await buildCustomer(stack, owner);
  await releaseCustomer(stack.as(owner), c.id, '放入公海', poolId);
  return c;
}

async function reps(count: number, departmentId: string): Promise<User[]> {
  return Promise.all(
    Array.from({ length: count }, (_, i) =>
      createUser(stack.as(org.admin), { email: `rep${i}-${Math.random().toString(36).slice(2)}@t.cn`, name: `销售${i}`, role: 'REP', departmentId }),
    ),
  );
}

describe('several pools', () => {
  it('lets members see and claim, and hides the pool and its customers from non-members', async () => {
    const pool = await createPool(stack.as(org.admin), poolInput());
    const c = await customerInPool(pool.id);
    await expect(claimCustomer(stack.as(org.otherRep), c.id)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(listCustomers(stack.as(org.otherRep), { poolId: pool.id }, 20)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(recordPoolOpen(stack.as(org.otherRep), (await stack.runtime.repos.customers.get(c.id))!)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    const res = await stack.gql<{ pools: { id: string }[] }>(org.otherRep, '{ pools { id } }');
    expect(res.data?.pools.map((p) => p.id)).toEqual(['default']);
    expect((await listCustomers(stack.as(org.teamRep), { poolId: pool.id }, 20)).items.map((x) => x.id)).toEqual([c.id]);
    await expect(claimCustomer(stack.as(org.teamRep), c.id)).resolves.toMatchObject({ ownerId: org.teamRep.id, poolId: pool.id });
  });

  it('refuses releasing into a pool you are not a member of, writing nothing', async () => {
    const pool = await createPool(stack.as(org.admin), poolInput({ memberDepartmentIds: [org.west.id] }));
    const c = await buildCustomer(stack, org.rep);
    await expect(releaseCustomer(stack.as(org.rep), c.id, '放弃', pool.id)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect((await stack.runtime.repos.customers.get(c.id))!.version).toBe(1);
  });

  it('lets reps pick the release pool only when the company allows it (settings over GraphQL)', async () => {
    const pool = await createPool(stack.as(org.admin), poolInput({ everyone: true }));
    const changed = await stack.gql(
      org.admin,
      `mutation { updateCompanySettings(input: { repsMayChooseReleasePool: false, maxLockedCustomers: 3, repsMayLock: false, managerWarningDaysBefore: [2] }) {
        repsMayChooseReleasePool maxLockedCustomers repsMayLock managerWarningDaysBefore } }`,
    );
    expect(changed.data).toEqual({ updateCompanySettings: { repsMayChooseReleasePool: false, maxLockedCustomers: 3, repsMayLock: false, managerWarningDaysBefore: [2] } });
    const settings = await stack.runtime.repos.settings.get();
    const c = await buildCustomer(stack, org.rep);
    const asRep = { ...stack.as(org.rep), settings };
    await expect(releaseCustomer(asRep, c.id, '放弃', pool.id)).rejects.toMatchObject({ code: 'FORBIDDEN', spec: { zh: expect.stringContaining('不允许自选公海') } });
    expect((await stack.runtime.repos.customers.get(c.id))!.ownerId).toBe(org.rep.id);
    expect((await releaseCustomer(asRep, c.id, '放弃', 'default')).poolId).toBe('default');
  });

  it('caps claims per rep per day atomically: 20 concurrent claims with cap 5 → exactly 5', async () => {
    const pool = await createPool(stack.as(org.admin), poolInput({ claimRules: { cooldownDays: 3, holdHours: 0, dailyClaimCap: 5 } }));
    const customers = [];
    for (let i = 0; i < 20; i++) customers.push(await customerInPool(pool.id, org.eastManager));
    const results = await Promise.allSettled(customers.map((c) => claimCustomer(stack.as(org.teamRep), c.id)));
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(5);
    expect(results.find((r) => r.status === 'rejected')).toMatchObject({ reason: { code: 'LIMIT_EXCEEDED' } });
    expect(await ownedCount(stack, org.teamRep.id)).toBe(5);
    stack.clock.advance(DAY);
    const refused = customers[results.findIndex((r) => r.status === 'rejected')]!;
    await expect(claimCustomer(stack.as(org.teamRep), refused.id)).resolves.toBeDefined();
  });

  it('holds a customer that just fell into the pool for the configured hours', async () => {
    const pool = await createPool(stack.as(org.admin), poolInput({ claimRules: { cooldownDays: 0, holdHours: 12 } }));
    const c = await customerInPool(pool.id);
    await expect(claimCustomer(stack.as(org.teamRep), c.id)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    stack.clock.advance(12 * 3_600_000 + 1000);
    await expect(claimCustomer(stack.as(org.teamRep), c.id)).resolves.toBeDefined();
  });

  it('sends a reclaimed customer to the pool its rule names', async () => {
    const archive = await createPool(stack.as(org.admin), poolInput({ name: '沉睡客户池', everyone: true }));
    const east = await createPool(stack.as(org.admin), poolInput({ reclaimRules: { targetPoolId: archive.id } }));
    const c = await customerInPool(east.id);
    stack.clock.advance(3 * DAY);
    await claimCustomer(stack.as(org.teamRep), c.id);
    stack.clock.advance(16 * DAY);
    expect(await expirySweep(stack)()).toMatchObject({ reclaimed: 1 });
    const after = (await stack.runtime.repos.customers.get(c.id))!;
    expect([after.ownerId, after.poolId]).toEqual([undefined, archive.id]);
  });

  it('rejects a rule whose warning comes after its deadline, or an unknown target pool', async () => {
    await expect(createPool(stack.as(org.admin), poolInput({ reclaimRules: { followUpDays: 5, warningDaysBefore: [7] } }))).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
    await expect(createPool(stack.as(org.admin), poolInput({ reclaimRules: { targetPoolId: 'nope' } }))).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
    await expect(createPool(stack.as(org.eastManager), poolInput())).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});

describe('reclaim rules per pool and grade', () => {
  it('a rule change recomputes exactly the affected customers, with reads following them', async () => {
    const pool = await createPool(stack.as(org.admin), poolInput({ everyone: true }));
    const gradeA: string[] = [];
    for (let i = 0; i < 6; i++) {
      const c = await customerInPool(pool.id, org.eastManager);
      await claimCustomer(stack.as(i % 2 ? org.rep : org.teamRep), c.id);
      if (i < 2) {
        const fresh = (await stack.runtime.repos.customers.get(c.id))!;
        await updateCustomer(stack.as(org.admin), c.id, { valueGrade: 'A', expectedVersion: fresh.version });
        gradeA.push(c.id);
      }
    }
    for (let i = 0; i < 10; i++) await buildCustomer(stack, org.otherRep);
    const current = (await stack.runtime.repos.pools.get(pool.id, stack.settings, stack.clock.now().toISOString()))!;
    const { result, calls } = await measureDynamoCalls(() =>
      updatePool(stack.as(org.admin), pool.id, { ...poolInput({ everyone: true }), reclaimRules: { followUpDaysByGrade: { A: 30 } } }, current.version),
    );
    expect(result.recomputed).toBe(2);
    expect(calls.filter((c) => c.command === 'TransactWriteItemsCommand')).toHaveLength(3);
    for (const id of gradeA) {
      const c = (await stack.runtime.repos.customers.get(id))!;
      expect(c.protection).toMatchObject({ deadlineReason: 'POTENTIAL_STAGE', poolRules: { followUpFreshnessDays: 30 } });
    }
    stack.clock.advance(16 * DAY);
    expect(await expirySweep(stack)()).toMatchObject({ reclaimed: 14 });
  });
});

describe('the opportunity rule kind and the open-opportunity exemption', () => {
  const deal = (owner: User, customerId: string) =>
    createOpportunity(stack.as(owner), { customerId, title: '产线改造', expectedAmount: 5_000_000, currency: 'CNY', expectedCloseDate: '2026-06-30' });
  const protectionOf = async (id: string) =>
    (await stack.gql(org.admin, `query($id: ID!) { customer(id: $id) { openOpportunities inPool protection { deadlineReason } } }`, { id })).data?.customer as
      | { openOpportunities: number; inPool: boolean; protection: { deadlineReason: string | null } | null }
      | undefined;

  /** A pool whose reclaim rules are set over GraphQL, and owned customers whose home it is. */
  async function poolWithRules(reclaimRules: Record<string, unknown>) {
    const created = await stack.gql(org.admin, `mutation($input: PoolInput!) { createPool(input: $input) { id reclaimRules { noOpenOpportunityDays exemptWithOpenOpportunity } } }`, {
      input: { ...poolInput({ everyone: true }), reclaimRules },
    });
    expect(created.errors).toBeUndefined();
    return created.data!.createPool as { id: string; reclaimRules: Record<string, unknown> };
  }
  async function ownedFrom(poolId: string) {
    const c = await customerInPool(poolId, org.eastManager);
    await claimCustomer(stack.as(org.rep), c.id);
    return c;
  }

  it('reclaims after N days without an open deal; a deal stops the clock and closing it restarts it', async () => {
    const pool = await poolWithRules({ noOpenOpportunityDays: 5 });
    expect(pool.reclaimRules).toEqual({ noOpenOpportunityDays: 5, exemptWithOpenOpportunity: null });
    const [idle, dealing, closing] = [await ownedFrom(pool.id), await ownedFrom(pool.id), await ownedFrom(pool.id)];
    await deal(org.rep, dealing.id);
    const lost = await deal(org.rep, closing.id);
    expect(await protectionOf(idle.id)).toEqual({ openOpportunities: 0, inPool: false, protection: { deadlineReason: 'NO_OPEN_OPPORTUNITY' } });
    expect(await protectionOf(dealing.id)).toEqual({ openOpportunities: 1, inPool: false, protection: { deadlineReason: 'NO_VALID_FOLLOW_UP' } });

    stack.clock.advance(3 * DAY);
    await closeOpportunity(stack.as(org.rep), lost.id, { outcome: 'LOST', reason: '预算取消', expectedVersion: lost.version });
    expect(await protectionOf(closing.id)).toMatchObject({ openOpportunities: 0, protection: { deadlineReason: 'NO_OPEN_OPPORTUNITY' } });
    stack.clock.advance(2.5 * DAY);
    expect(await expirySweep(stack)()).toMatchObject({ reclaimed: 1 });
    expect((await protectionOf(idle.id))?.inPool).toBe(true);
    stack.clock.advance(3 * DAY);
    expect(await expirySweep(stack)()).toMatchObject({ reclaimed: 1 });
    expect((await protectionOf(closing.id))?.inPool).toBe(true);
    expect((await protectionOf(dealing.id))?.inPool).toBe(false);
  });

  it('keeps customers with an open deal out of reclaim while the others go back on time', async () => {
    const pool = await poolWithRules({ exemptWithOpenOpportunity: true });
    const [idle, dealing] = [await ownedFrom(pool.id), await ownedFrom(pool.id)];
    await deal(org.rep, dealing.id);
    expect((await protectionOf(dealing.id))?.protection).toEqual({ deadlineReason: null });
    stack.clock.advance(31 * DAY);
    expect(await expirySweep(stack)()).toMatchObject({ reclaimed: 1 });
    expect([(await protectionOf(idle.id))?.inPool, (await protectionOf(dealing.id))?.inPool]).toEqual([true, false]);
  });
});

describe('locks', () => {
  it('exempts a locked customer from reclaim, caps locks per rep, and records lock and unlock', async () => {
    const capped = await createTestStack({ maxLockedCustomers: 1 });
    const o = await buildOrg(capped);
    const a = await buildCustomer(capped, o.rep);
    const b = await buildCustomer(capped, o.rep);
    const locked = await lockCustomer(capped.as(o.rep), a.id, '重点项目，客户决策周期长');
    expect(locked.protection?.deadline).toBeUndefined();
    await expect(lockCustomer(capped.as(o.rep), b.id, '再锁一个')).rejects.toMatchObject({ code: 'LIMIT_EXCEEDED' });
    capped.clock.advance(40 * DAY);
    expect(await expirySweep(capped)()).toMatchObject({ reclaimed: 1 });
    expect((await capped.runtime.repos.customers.get(a.id))!.ownerId).toBe(o.rep.id);
    const unlocked = await unlockCustomer(capped.as(o.eastManager), a.id, '项目结束');
    expect(unlocked.protection?.deadline).toBe(new Date(capped.clock.now().getTime() + 15 * DAY).toISOString());
    const history = (await capped.runtime.repos.customers.getCollection(a.id))!.ownership.map((e) => e.action);
    expect(history).toEqual(['CREATE', 'LOCK', 'UNLOCK']);
  });
});

describe('customer team (协作人)', () => {
  it('gives read-only or read-write access, until a date', async () => {
    const c = await buildCustomer(stack, org.rep);
    await addTeamMember(stack.as(org.rep), c.id, { userId: org.otherRep.id, role: 'CO_FOLLOWER', access: 'READ', until: new Date(stack.clock.now().getTime() + 7 * DAY).toISOString() });
    await addTeamMember(stack.as(org.rep), c.id, { userId: org.service.id, role: 'AFTER_SALES', access: 'WRITE' });
    await expect(getVisibleCustomerOrThrow(stack.as(org.otherRep), c.id)).resolves.toBeDefined();
    await expect(getEditableCustomerOrThrow(stack.as(org.otherRep), c.id)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(getEditableCustomerOrThrow(stack.as(org.service), c.id)).resolves.toBeDefined();
    expect((await listCustomers(stack.as(org.otherRep), { teamOf: true }, 20)).items.map((x) => x.id)).toEqual([c.id]);
    stack.clock.advance(8 * DAY);
    await expect(getVisibleCustomerOrThrow(stack.as(org.otherRep), c.id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('a transfer may keep the old owner as a read-only member', async () => {
    const c = await buildCustomer(stack, org.rep);
    const moved = await transferCustomer(stack.as(org.eastManager), c.id, org.teamRep.id, '调岗', true);
    expect(moved.team).toEqual([expect.objectContaining({ userId: org.rep.id, access: 'READ' })]);
    await expect(getVisibleCustomerOrThrow(stack.as(org.rep), c.id)).resolves.toBeDefined();
    await expect(getEditableCustomerOrThrow(stack.as(org.rep), c.id)).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});

describe('fair assignment', () => {
  it('round robin stays fair (±1) under 200 concurrent creations and skips inactive reps', async () => {
    const dept = await (await import('../../functions/domain/users/user.service')).createDepartment(stack.as(org.admin), { name: '电销部', kind: 'DEPARTMENT', parentId: 'root' });
    const team = await reps(4, dept.id);
    await updateUser(stack.as(org.admin), team[3]!.id, { active: false, expectedVersion: 1 });
    await createAssignmentRule(stack.as(org.admin), { name: '展会线索', source: '展会', departmentId: dept.id, mode: 'ROUND_ROBIN' });
    const created = await Promise.all(
      Array.from({ length: 200 }, (_, i) => createCustomer(stack.as(org.admin), { kind: 'COMPANY', name: `展会客户${i}号有限公司`, source: '展会' })),
    );
    const counts = new Map<string, number>();
    for (const c of created) counts.set(c.ownerId!, (counts.get(c.ownerId!) ?? 0) + 1);
    expect([...counts.keys()].sort()).toEqual(team.slice(0, 3).map((r) => r.id).sort());
    const values = [...counts.values()];
    expect(Math.max(...values) - Math.min(...values)).toBeLessThanOrEqual(1);
  });

  it('routes to a pool, and refuses a rule for a department with no active rep', async () => {
    const pool = await createPool(stack.as(org.admin), poolInput({ everyone: true }));
    await createAssignmentRule(stack.as(org.admin), { name: '网站表单', source: '官网', departmentId: org.east.id, mode: 'POOL', poolId: pool.id });
    const c = await createCustomer(stack.as(org.admin), { kind: 'COMPANY', name: '官网留言客户有限公司', source: '官网' });
    expect([c.ownerId, c.poolId]).toEqual([undefined, pool.id]);
    const empty = await (await import('../../functions/domain/users/user.service')).createDepartment(stack.as(org.admin), { name: '空部门', kind: 'DEPARTMENT', parentId: 'root' });
    await expect(createAssignmentRule(stack.as(org.admin), { name: '空', departmentId: empty.id, mode: 'ROUND_ROBIN' })).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
  });
});

describe('countdown and browsing limits', () => {
  it('lists a rep’s customers expiring soon, soonest first, and a valid follow-up moves one out', async () => {
    const a = await buildCustomer(stack, org.rep);
    stack.clock.advance(DAY);
    const b = await buildCustomer(stack, org.rep);
    stack.clock.advance(12 * DAY);
    const soon = new Date(stack.clock.now().getTime() + 3 * DAY).toISOString();
    const ids = async () => (await listCustomers(stack.as(org.rep), { expiringBefore: soon }, 20)).items.map((c) => c.id);
    expect(await ids()).toEqual([a.id, b.id]);
    await touchFollowUp(stack, a.id, true);
    expect(await ids()).toEqual([b.id]);
  });

  it('caps how many pool customers a rep may open per day', async () => {
    const pool = await createPool(stack.as(org.admin), poolInput({ claimRules: { cooldownDays: 0, holdHours: 0, dailyOpenCap: 2 } }));
    const customers = [await customerInPool(pool.id), await customerInPool(pool.id), await customerInPool(pool.id)];
    const open = (id: string) => stack.gql(org.teamRep, `query($id: ID!) { customer(id: $id) { name phone } }`, { id });
    expect((await open(customers[0]!.id)).errors).toBeUndefined();
    expect((await open(customers[1]!.id)).errors).toBeUndefined();
    expect((await open(customers[2]!.id)).errors?.[0]?.extensions?.code).toBe('LIMIT_EXCEEDED');
  });
});
