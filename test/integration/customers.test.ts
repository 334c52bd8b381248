import { beforeAll, describe, expect, it } from 'vitest';
import { createCustomer, listCustomers, searchCustomerNames, updateCustomer } from '../../functions/domain/customers/customer.service';
import { measureDynamoCalls } from '../../functions/store/instrumentation';
import { buildCustomer, buildOrg, type Org } from '../support/builders';
import { createTestStack, type TestStack } from '../support/test-stack';

let stack: TestStack;
let org: Org;

beforeAll(async () => {
  stack = await createTestStack();
  org = await buildOrg(stack);
});

describe('creating customers', () => {
  it('gives a new customer a code, its creator as owner, and a protection deadline', async () => {
    const customer = await buildCustomer(stack, org.rep, { contacts: [{ name: '赵经理', mobile: '13912345678' }] });
    expect(customer.code).toMatch(/^KH\d{6}$/);
    expect(customer.ownerId).toBe(org.rep.id);
    expect(customer.lifecycle).toBe('POTENTIAL');
    expect(customer.protection?.deadline).toBe(new Date(stack.clock.now().getTime() + 15 * 86_400_000).toISOString());
    const collection = await stack.runtime.repos.customers.getCollection(customer.id);
    expect(collection?.contacts.map((c) => c.name)).toEqual(['赵经理']);
    expect(collection?.ownership).toEqual([expect.objectContaining({ action: 'CREATE', toOwnerId: org.rep.id })]);
  });

  it('refuses a name that differs only by full-width characters and spaces, naming the existing code', async () => {
    const first = await buildCustomer(stack, org.rep, { name: '上海ＡＢＣ  贸易有限公司' });
    await expect(buildCustomer(stack, org.otherRep, { name: ' 上海abc 贸易有限公司' })).rejects.toThrow(first.code);
  });

  it('lets exactly one of many concurrent creates of the same name win, and gives concurrent creates distinct codes', async () => {
    const name = '并发测试机械有限公司';
    const results = await Promise.allSettled(Array.from({ length: 8 }, () => buildCustomer(stack, org.rep, { name })));
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const others = await Promise.all(Array.from({ length: 6 }, (_, i) => buildCustomer(stack, org.teamRep, { name: `并发编号${i}公司` })));
    expect(new Set(others.map((c) => c.code)).size).toBe(6);
  });

  it('does not let a rep create customers for someone else', async () => {
    await expect(buildCustomer(stack, org.rep, { ownerId: org.otherRep.id })).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('lets a manager create for a rep in their subtree but not for another department', async () => {
    const created = await buildCustomer(stack, org.eastManager, { ownerId: org.teamRep.id });
    expect(created.ownerId).toBe(org.teamRep.id);
    await expect(buildCustomer(stack, org.eastManager, { ownerId: org.otherRep.id })).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('does not let finance staff create customers', async () => {
    await expect(buildCustomer(stack, org.finance)).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('enforces the owned-customer cap atomically', async () => {
    const capped = await createTestStack({ maxOwnedCustomers: 3 });
    const small = await buildOrg(capped);
    const results = await Promise.allSettled(Array.from({ length: 6 }, (_, i) => buildCustomer(capped, small.rep, { name: `上限测试${i}公司` })));
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(3);
    expect(results.find((r) => r.status === 'rejected')).toMatchObject({ reason: { code: 'LIMIT_EXCEEDED' } });
  });
});

describe('duplicate search', () => {
  it('finds a keyword inside a name with one gram Query, showing code and owner', async () => {
    const chunyi = await buildCustomer(stack, org.otherRep, { name: '靖江市春意空调有限公司' });
    const { result, calls } = await measureDynamoCalls(() => searchCustomerNames(stack.as(org.rep), '春意'));
    expect(result).toEqual([{ customerId: chunyi.id, name: chunyi.name, code: chunyi.code, ownerId: org.otherRep.id, inPool: false }]);
    expect(calls.map((c) => c.command)).toEqual(['QueryCommand', 'BatchGetItemCommand']);
  });

  it('refuses one-character keywords with a clear error', async () => {
    await expect(searchCustomerNames(stack.as(org.rep), '春')).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
  });

  it('follows renames: the old name is free again and the new one is found', async () => {
    const c = await buildCustomer(stack, org.rep, { name: '旧名字科技有限公司' });
    await updateCustomer(stack.as(org.rep), c.id, { name: '新名字科技有限公司', expectedVersion: 1 });
    expect(await searchCustomerNames(stack.as(org.rep), '旧名字')).toEqual([]);
    expect((await searchCustomerNames(stack.as(org.rep), '新名字')).map((m) => m.customerId)).toEqual([c.id]);
    await expect(buildCustomer(stack, org.rep, { name: '旧名字科技有限公司' })).resolves.toBeDefined();
  });
});

describe('updates', () => {
  it('refuses a stale version with CONFLICT and writes nothing', async () => {
    const c = await buildCustomer(stack, org.rep);
    await updateCustomer(stack.as(org.rep), c.id, { industry: '制造业', expectedVersion: 1 });
    await expect(updateCustomer(stack.as(org.rep), c.id, { industry: '零售', expectedVersion: 1 })).rejects.toMatchObject({ code: 'CONFLICT' });
    expect((await stack.runtime.repos.customers.get(c.id))?.industry).toBe('制造业');
  });

  it('lets neither another rep nor a manager of another department edit', async () => {
    const c = await buildCustomer(stack, org.rep);
    await expect(updateCustomer(stack.as(org.otherRep), c.id, { industry: 'x', expectedVersion: 1 })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(updateCustomer(stack.as(org.westManager), c.id, { industry: 'x', expectedVersion: 1 })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(updateCustomer(stack.as(org.eastManager), c.id, { industry: '化工', expectedVersion: 1 })).resolves.toMatchObject({ industry: '化工' });
  });
});

describe('visibility of lists', () => {
  it('shows reps their own, managers their subtree, admins everything, finance only FORMAL customers', async () => {
    const fresh = await createTestStack();
    const o = await buildOrg(fresh);
    const mine = await buildCustomer(fresh, o.rep);
    const team = await buildCustomer(fresh, o.teamRep);
    const west = await buildCustomer(fresh, o.otherRep);
    const ids = async (user: typeof o.rep) => (await listCustomers(fresh.as(user), {}, 100)).items.map((c) => c.id).sort();
    expect(await ids(o.rep)).toEqual([mine.id]);
    expect(await ids(o.eastManager)).toEqual([mine.id, team.id].sort());
    expect(await ids(o.westManager)).toEqual([west.id]);
    expect(await ids(o.admin)).toEqual([mine.id, team.id, west.id].sort());
    expect(await ids(o.finance)).toEqual([]);
  });

  it('serves a list page with exactly one Query', async () => {
    const { calls } = await measureDynamoCalls(() => listCustomers(stack.as(org.rep), {}, 20));
    expect(calls.map((c) => c.command)).toEqual(['QueryCommand']);
  });

  it('does not let a rep list another rep’s customers', async () => {
    await expect(listCustomers(stack.as(org.rep), { ownerId: org.otherRep.id }, 20)).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});

describe('creating as a deactivated owner', () => {
  it('refuses to assign a customer to an inactive rep', async () => {
    const { updateUser } = await import('../../functions/domain/users/user.service');
    const fresh = await createTestStack();
    const o = await buildOrg(fresh);
    await updateUser(fresh.as(o.admin), o.teamRep.id, { active: false, expectedVersion: 1 });
    await expect(createCustomer(fresh.as(o.eastManager), { kind: 'COMPANY', name: '停用测试公司', ownerId: o.teamRep.id })).rejects.toMatchObject({
      code: 'BAD_USER_INPUT',
    });
  });
});
