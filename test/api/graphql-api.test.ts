import { beforeAll, describe, expect, it } from 'vitest';
import { buildCustomer, buildOrg, type Org } from '../support/builders';
import { createTestStack, type TestStack } from '../support/test-stack';

let stack: TestStack;
let org: Org;

beforeAll(async () => {
  stack = await createTestStack();
  org = await buildOrg(stack);
});

const CREATE = `mutation($input: CreateCustomerInput!) { createCustomer(input: $input) { id code name phone owner { name } protection { deadlineReason daysLeft } } }`;

describe('GraphQL API through the Lambda handler', () => {
  it('creates a customer with normalised phone and shows its protection countdown', async () => {
    const res = await stack.gql<{ createCustomer: Record<string, unknown> }>(org.rep, CREATE, {
      input: { name: '苏州恒达精密机械有限公司', phone: '１３８-１２３４-５６７８' },
    });
    expect(res.errors).toBeUndefined();
    expect(res.data?.createCustomer).toMatchObject({ phone: '13812345678', owner: { name: '张三' }, protection: { deadlineReason: 'NO_VALID_FOLLOW_UP', daysLeft: 15 } });
  });

  it('rejects bad input with BAD_USER_INPUT and a Chinese message naming the field, writing nothing', async () => {
    const res = await stack.gql(org.rep, CREATE, { input: { name: '无效手机号测试公司', contacts: [{ name: '王', mobile: '1234' }] } });
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0]?.message).toContain('手机');
    const search = await stack.gql<{ searchCustomerNames: unknown[] }>(org.rep, `{ searchCustomerNames(keyword: "无效手机号") { code } }`);
    expect(search.data?.searchCustomerNames).toEqual([]);
  });

  it('answers a duplicate name with CONFLICT and the existing code', async () => {
    const existing = await buildCustomer(stack, org.otherRep, { name: '重复名称测试有限公司' });
    const res = await stack.gql(org.rep, CREATE, { input: { name: '重复名称测试有限公司' } });
    expect(res.errors?.[0]).toMatchObject({ extensions: { code: 'CONFLICT' } });
    expect(res.errors?.[0]?.message).toContain(existing.code);
  });

  it('refuses requests without identity with UNAUTHENTICATED', async () => {
    const res = await stack.gql(undefined, `{ me { id } }`);
    expect(res.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(res.errors?.[0]?.message).toBe('请先登录');
  });

  it('hides another rep’s customer as NOT_FOUND and masks a VIP phone from a manager', async () => {
    const vip = await buildCustomer(stack, org.rep, { vip: true, phone: '13911112222' });
    const other = await stack.gql(org.otherRep, `query($id: ID!) { customer(id: $id) { name } }`, { id: vip.id });
    expect(other.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(other.errors?.[0]?.message).not.toContain(vip.name);
    const manager = await stack.gql<{ customer: { phone: string } }>(org.eastManager, `query($id: ID!) { customer(id: $id) { phone } }`, { id: vip.id });
    expect(manager.data?.customer.phone).toBe('139****2222');
    const owner = await stack.gql<{ customer: { phone: string } }>(org.rep, `query($id: ID!) { customer(id: $id) { phone } }`, { id: vip.id });
    expect(owner.data?.customer.phone).toBe('13911112222');
  });

  it('paginates with opaque cursors and refuses a tampered one', async () => {
    for (let i = 0; i < 3; i++) await buildCustomer(stack, org.teamRep);
    const q = `query($after: Cursor) { customers(first: 2, after: $after) { edges { node { id } } pageInfo { hasNextPage endCursor } } }`;
    const first = await stack.gql<{ customers: { edges: { node: { id: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string } } }>(org.teamRep, q);
    expect(first.data?.customers.edges).toHaveLength(2);
    expect(first.data?.customers.pageInfo.hasNextPage).toBe(true);
    const second = await stack.gql<typeof first.data>(org.teamRep, q, { after: first.data?.customers.pageInfo.endCursor });
    const ids = [...first.data!.customers.edges, ...second.data!.customers.edges].map((e) => e.node.id);
    expect(new Set(ids).size).toBe(3);
    const tampered = await stack.gql(org.teamRep, q, { after: `x${first.data?.customers.pageInfo.endCursor}` });
    expect(tampered.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const replayed = await stack.gql(org.rep, q, { after: first.data?.customers.pageInfo.endCursor });
    expect(replayed.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('limits query depth and aliases', async () => {
    const deep = await stack.gql(org.admin, `{ me { department { id } } customers { edges { node { owner { id } contacts { id } } } } }`);
    expect(deep.errors).toBeUndefined();
    const aliases = Array.from({ length: 30 }, (_, i) => `a${i}: health { ok }`).join(' ');
    const amplified = await stack.gql(org.admin, `{ ${aliases} }`);
    expect(amplified.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('refuses the test clock in stacks started without it', async () => {
    const res = await stack.gql(org.admin, `mutation { setTestClock(now: "2030-01-01T00:00:00Z") { now } }`);
    expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('hides internal errors behind a generic message without stack traces', async () => {
    const res = await stack.gql(org.admin, `{ nonexistentField }`);
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(res.errors)).not.toMatch(/stacktrace|at .*\.ts/);
  });
});
