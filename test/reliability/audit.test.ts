import { DeleteCommand, PutCommand, TransactWriteCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { beforeAll, describe, expect, it } from 'vitest';
import type { AuditEntry } from '../../functions/domain/audit/audit.types';
import { DAY_MS } from '../../functions/domain/shared/clock';
import { AppendOnlyViolation } from '../../functions/store/audit.repository';
import { ExportRepository } from '../../functions/store/export.repository';
import { fromItem } from '../../functions/store/item-codec';
import { auditKeys } from '../../functions/store/keys';
import { createExpirySweep } from '../../functions/sweeps/expiry.sweep';
import { sweepEvent } from '../../functions/sweeps/sweep-event';
import { buildOrg, type Org } from '../support/builders';
import { createTestStack, T0, type GqlResult, type TestStack } from '../support/test-stack';

/**
 * The audit log: every write, with who, when, through what and what changed; append-only; read by
 * admins one month partition at a time.
 */

let stack: TestStack;
let org: Org;
const figures = { entries: 0, itemsCovered: 0 };

const LOG = `query($from: DateTime!, $to: DateTime!, $first: Int, $after: Cursor) {
  auditLog(from: $from, to: $to, first: $first, after: $after) {
    edges { cursor node { id at actorId actor { name } source operation itemCount changes { op pk sk entity detail truncated } } }
    pageInfo { hasNextPage endCursor }
  }
}`;
type LogPage = { auditLog: { edges: { node: AuditEntry & { actor: { name: string } } }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } };

async function readAll(from: string, to: string, first = 100): Promise<(AuditEntry & { actor: { name: string } })[]> {
  const all: (AuditEntry & { actor: { name: string } })[] = [];
  let after: string | null = null;
  do {
    const res: GqlResult<LogPage> = await stack.gql<LogPage>(org.admin, LOG, { from, to, first, after });
    expect(res.errors).toBeUndefined();
    all.push(...res.data!.auditLog.edges.map((e) => e.node));
    after = res.data!.auditLog.pageInfo.endCursor;
  } while (after);
  return all;
}

const CREATE = `mutation($i: CreateCustomerInput!) { createCustomer(input: $i) { id version } }`;
const wide = { from: new Date(T0.getTime() - DAY_MS).toISOString(), to: new Date(T0.getTime() + 120 * DAY_MS).toISOString() };

beforeAll(async () => {
  stack = await createTestStack();
  org = await buildOrg(stack);
});

describe('audit log', () => {
  it('records who, when, through which operation and what changed, in the same transaction', async () => {
    const before = await readAll(wide.from, wide.to);
    const created = await stack.gql<{ createCustomer: { id: string } }>(org.rep, CREATE, { i: { name: '审计测试甲有限公司', phone: '13812345678' } });
    expect(created.errors).toBeUndefined();
    const after = await readAll(wide.from, wide.to);
    const fresh = after.filter((e) => !before.some((b) => b.id === e.id));
    expect(fresh).toHaveLength(1);
    const entry = fresh[0]!;
    expect(entry).toMatchObject({ actorId: org.rep.id, actor: { name: '张三' }, source: 'api', operation: 'mutation createCustomer', at: T0.toISOString() });
    const customerPut = entry.changes.find((c) => c.entity === 'Customer');
    expect(customerPut).toMatchObject({ op: 'Put', pk: `CUST#${created.data!.createCustomer.id}`, sk: '#PROFILE' });
    expect(JSON.parse(customerPut!.detail!)).toMatchObject({ name: '审计测试甲有限公司', phone: '13812345678', ownerId: org.rep.id });
    expect(entry.changes.map((c) => c.entity)).toEqual(expect.arrayContaining(['UniqueCustomerName', 'OwnershipEvent', 'UserCounters']));
  });

  it('writes no entry for a refused write (the entry is part of the transaction)', async () => {
    const before = await readAll(wide.from, wide.to);
    const refused = await stack.gql(org.otherRep, CREATE, { i: { name: '审计测试甲有限公司' } });
    expect(refused.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(await readAll(wide.from, wide.to)).toHaveLength(before.length);
  });

  it('covers every business item in the table: each has an entry, and its last Put is the stored record', async () => {
    for (let i = 0; i < 3; i++) {
      const c = await stack.gql<{ createCustomer: { id: string; version: number } }>(org.teamRep, CREATE, { i: { name: `审计覆盖${i}有限公司`, contacts: [{ name: '联系人', mobile: '13900000000' }] } });
      await stack.gql(org.eastManager, `mutation($id: ID!, $i: UpdateCustomerInput!) { updateCustomer(id: $id, input: $i) { id } }`, { id: c.data!.createCustomer.id, i: { industry: '制造', expectedVersion: 1 } });
      await stack.gql(org.teamRep, `mutation($i: LogFollowUpInput!) { logFollowUp(input: $i) { followUp { id } } }`, {
        i: { customerId: c.data!.createCustomer.id, type: 'CALL', contactName: '联系人', content: '电话沟通采购计划，客户确认下周来访。' },
      });
    }
    const items = await new ExportRepository(stack.runtime.repos.store).readAll();
    const entries = items.filter((i) => i.entity === 'AuditEntry').map((i) => fromItem<AuditEntry>(i)).sort((a, b) => a.at.localeCompare(b.at) || a.id.localeCompare(b.id));
    const lastChange = new Map<string, AuditEntry['changes'][number]>();
    for (const e of entries) for (const c of e.changes) lastChange.set(`${c.pk}|${c.sk}`, c);
    const operational = /^(AUDIT#|RESTORE#|AGG|RATE#|SWEEP#|SEQ#|OUTBOX|DELIVERY#|NOTICE#)/;
    const uncovered: string[] = [];
    const differing: string[] = [];
    for (const item of items.filter((i) => !operational.test(String(i.PK)))) {
      const change = lastChange.get(`${String(item.PK)}|${String(item.SK)}`);
      if (!change) uncovered.push(`${String(item.PK)} ${String(item.SK)} (${String(item.entity)})`);
      else if (change.op === 'Put' && change.detail && !change.truncated) {
        const stored = Object.fromEntries(Object.entries(item).filter(([k]) => !/^(PK|SK|entity|gsi\d(pk|sk)|due(Pk|Sk)|expiresAt)$/.test(k)));
        if (JSON.stringify(sortKeys(JSON.parse(change.detail))) !== JSON.stringify(sortKeys(stored))) differing.push(`${String(item.PK)} ${String(item.SK)}`);
      }
      figures.itemsCovered++;
    }
    figures.entries = entries.length;
    console.log(`[audit] entries: ${entries.length}, business items covered: ${figures.itemsCovered}, items without an entry: ${uncovered.length}, last Put ≠ stored: ${differing.length}`);
    expect(uncovered).toEqual([]);
    expect(differing).toEqual([]);
  });

  it('records sweep writes as the system', async () => {
    stack.clock.advance(16 * DAY_MS);
    const result = await createExpirySweep(stack.runtime)(sweepEvent('expiry-sweep', stack.clock.now()));
    expect(result.reclaimed).toBeGreaterThan(0);
    const now = stack.clock.now().toISOString();
    const entries = await readAll(new Date(Date.parse(now) - 60_000).toISOString(), now);
    const reclaims = entries.filter((e) => e.changes.some((c) => c.entity === 'OwnershipEvent' && c.detail?.includes('"RECLAIM"')));
    expect(reclaims.length).toBe(result.reclaimed);
    expect(reclaims.every((e) => e.actorId === 'system' && e.source === 'system' && e.actor.name === '系统')).toBe(true);
  });

  it('pages newest first across month partitions without losing or repeating an entry', async () => {
    stack.clock.advance(35 * DAY_MS);
    for (let i = 0; i < 3; i++) await stack.gql(org.rep, CREATE, { i: { name: `审计翻页${i}有限公司` } });
    const all = await readAll(wide.from, wide.to, 100);
    const months = new Set(all.map((e) => e.at.slice(0, 7)));
    expect(months.size).toBeGreaterThanOrEqual(2);
    const paged = await readAll(wide.from, wide.to, 3);
    expect(paged.map((e) => e.id)).toEqual(all.map((e) => e.id));
    expect(new Set(paged.map((e) => e.id)).size).toBe(paged.length);
    const times = paged.map((e) => e.at);
    expect([...times].sort().reverse()).toEqual(times);
  });

  it('answers only admins, and only for ranges of at most 366 days', async () => {
    const rep = await stack.gql(org.rep, LOG, wide);
    expect(rep.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const long = await stack.gql(org.admin, LOG, { from: '2025-01-01T00:00:00Z', to: '2026-03-01T00:00:00Z' });
    expect(long.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('is append-only: no update, delete or overwrite of an entry gets through', async () => {
    const [entry] = await readAll(wide.from, wide.to, 1);
    const key = auditKeys.entry(entry!.at, entry!.id);
    const { doc, tableName } = stack.runtime.repos.store;
    await expect(doc.send(new UpdateCommand({ TableName: tableName, Key: key, UpdateExpression: 'SET actorId = :x', ExpressionAttributeValues: { ':x': 'someone' } }))).rejects.toThrow(AppendOnlyViolation);
    await expect(doc.send(new DeleteCommand({ TableName: tableName, Key: key }))).rejects.toThrow(AppendOnlyViolation);
    await expect(doc.send(new PutCommand({ TableName: tableName, Item: { ...key, entity: 'AuditEntry', actorId: 'forged' } }))).rejects.toThrow(AppendOnlyViolation);
    await expect(doc.send(new TransactWriteCommand({ TransactItems: [{ Delete: { TableName: tableName, Key: key } }] }))).rejects.toThrow(AppendOnlyViolation);
    const [still] = await readAll(entry!.at, entry!.at, 1);
    expect(still).toMatchObject({ id: entry!.id, actorId: entry!.actorId });
  });

  it('records a transaction too full to carry its entry right after it', async () => {
    const { repos } = stack.runtime;
    const writes = Array.from({ length: 100 }, (_, i) => ({ item: { Put: { TableName: repos.store.tableName, Item: { PK: `TESTBULK#${i}`, SK: 'X', entity: 'TestBulk', n: i } } } }));
    await repos.commit(writes);
    const now = stack.clock.now().toISOString();
    const entries = await readAll(new Date(Date.parse(now) - 1000).toISOString(), now);
    const bulk = entries.find((e) => e.changes.some((c) => c.entity === 'TestBulk'));
    expect(bulk?.itemCount).toBe(100);
    expect(bulk?.changes).toHaveLength(100);
  });
});

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => [k, sortKeys(v)]));
  return value;
}
