import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { startLocalStack, type LocalStack } from '../../functions/local/local-stack';

let local: LocalStack;

beforeAll(async () => {
  local = await startLocalStack({ dynamoEndpoint: inject('dynamoEndpoint'), companyId: `e2e${Date.now().toString(36)}`, testClock: true, quiet: true });
});
afterAll(async () => local?.stop());

async function post(body: unknown, token?: string) {
  const res = await fetch(local.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  return { status: res.status, json: (await res.json()) as { data?: Record<string, any>; errors?: { extensions: { code: string } }[] } };
}

describe('local server over HTTP', () => {
  it('serves GraphQL with the bootstrap admin token', async () => {
    const { status, json } = await post({ query: '{ me { role } health { ok } }' }, local.adminToken);
    expect(status).toBe(200);
    expect(json.data).toEqual({ me: { role: 'ADMIN' }, health: { ok: true } });
  });

  it('refuses an expired token and a token of another company', async () => {
    const expired = await local.auth.issue(local.admin.id, local.admin.email, 1, new Date(Date.now() - 3_600_000));
    expect((await post({ query: '{ me { id } }' }, expired)).json.errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
    const { LocalAuth } = await import('../../functions/local/local-auth');
    const foreign = await new LocalAuth('other-secret', 'other').issue(local.admin.id, local.admin.email);
    expect((await post({ query: '{ me { id } }' }, foreign)).status).toBe(401);
  });

  it('moves the whole system with the test clock (admins only, forward only)', async () => {
    const target = new Date(Date.now() + 10 * 86_400_000).toISOString();
    const moved = await post({ query: 'mutation($t: DateTime!) { setTestClock(now: $t) { now } }', variables: { t: target } }, local.adminToken);
    expect(new Date(moved.json.data?.setTestClock.now).getTime()).toBeGreaterThanOrEqual(new Date(target).getTime());
    const back = await post({ query: 'mutation { setTestClock(now: "2020-01-01T00:00:00Z") { now } }' }, local.adminToken);
    expect(back.json.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
  });

  it('demo: a jump of the test clock reclaims an unfollowed customer and the notice reaches the outbox', async () => {
    const created = await post({ query: 'mutation { createCustomer(input: { name: "时钟演示机械有限公司" }) { id } }' }, local.adminToken);
    const id = created.json.data?.createCustomer.id as string;
    const target = new Date(Date.now() + 60 * 86_400_000).toISOString();
    await post({ query: 'mutation($t: DateTime!) { setTestClock(now: $t) { now } }', variables: { t: target } }, local.adminToken);
    const after = await post({ query: 'query($id: ID!) { customer(id: $id) { inPool ownershipHistory { action } } outbox(limit: 20) { text } }', variables: { id } }, local.adminToken);
    expect(after.json.data?.customer).toEqual({ inPool: true, ownershipHistory: [{ action: 'CREATE' }, { action: 'RECLAIM' }] });
    expect(after.json.data?.outbox.map((m: { text: string }) => m.text)).toContainEqual(expect.stringContaining('时钟演示机械有限公司”因未有效跟进已回收至公海'));
  });

  it('refuses oversized bodies', async () => {
    const { status } = await post({ query: `{ health { ok } } #${'x'.repeat(300_000)}` }, local.adminToken);
    expect(status).toBe(413);
  });
});
