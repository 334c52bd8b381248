import { beforeAll, describe, expect, it } from 'vitest';
import { createCustomer } from '../../functions/domain/customers/customer.service';
import { applyForIntent } from '../../functions/domain/protection/application.service';
import { markCustomerFormal } from '../../functions/domain/protection/lifecycle.service';
import { releaseCustomer } from '../../functions/domain/protection/pool.service';
import { createTask } from '../../functions/domain/tasks/task.service';
import { bootstrapCompany } from '../../functions/domain/users/bootstrap.service';
import type { User } from '../../functions/domain/users/user.types';
import { checkInvariants } from '../../functions/store/invariants';
import { buildOrg, type Org } from '../support/builders';
import { apiSchema, fullSelection } from '../support/schema-walk';
import { createTestStack, T0, type GqlResult, type TestStack } from '../support/test-stack';

interface ExportPage {
  jsonl: string;
  items: number;
  nextCursor: string | null;
}

/**
 * Backup and move: the whole company exported as JSON Lines through the API, imported into an
 * empty stack chunk by chunk, and the copy is the same company — same records, same answers, same
 * invariants.
 */

const EXPORT = `query($after: Cursor, $limit: Int) { exportCompanyData(after: $after, limit: $limit) { jsonl items nextCursor } }`;
const IMPORT = `mutation($jsonl: String!, $importId: ID) { importCompanyData(jsonl: $jsonl, importId: $importId) { importId items } }`;
const CUSTOMER = `query($id: ID!) { customer(id: $id) ${fullSelection(apiSchema.getType('Customer')!, 2)} }`;
const LIST = `{ customers(first: 100) { edges { node { id name code owner { id name } } } } }`;

let source: TestStack;
let org: Org;
let lines: string[];
let target: TestStack;
let targetAdmin: User;
const figures = { exported: 0, pages: 0, chunks: 0 };

async function exportAll(stack: TestStack, admin: User, limit = 40): Promise<string[]> {
  const all: string[] = [];
  let after: string | null = null;
  do {
    const res: GqlResult<{ exportCompanyData: ExportPage }> = await stack.gql<{ exportCompanyData: ExportPage }>(admin, EXPORT, { after, limit });
    expect(res.errors).toBeUndefined();
    const page: ExportPage = res.data!.exportCompanyData;
    if (page.jsonl) all.push(...page.jsonl.split('\n'));
    expect(page.items).toBe(page.jsonl ? page.jsonl.split('\n').length : 0);
    after = page.nextCursor;
    figures.pages++;
  } while (after);
  return all;
}

const keyOf = (line: string) => {
  const item = JSON.parse(line) as { PK: string; SK: string };
  return `${item.PK}|${item.SK}`;
};

beforeAll(async () => {
  source = await createTestStack();
  org = await buildOrg(source);
  for (let i = 0; i < 6; i++) {
    const c = await source.gql<{ createCustomer: { id: string } }>(org.rep, `mutation($i: CreateCustomerInput!) { createCustomer(input: $i) { id } }`, {
      i: { name: `备份测试${i}有限公司`, phone: '13812345678', contacts: [{ name: `联系人${i}`, mobile: '13912345678' }] },
    });
    await source.gql(org.rep, `mutation($i: LogFollowUpInput!) { logFollowUp(input: $i) { followUp { id } } }`, {
      i: { customerId: c.data!.createCustomer.id, type: 'VISIT', contactName: `联系人${i}`, content: '上门拜访，了解到明年的设备更新预算。', nextContactAt: new Date(T0.getTime() + 86_400_000).toISOString() },
    });
  }
  const pooled = await createCustomer(source.as(org.otherRep), { kind: 'COMPANY', name: '备份测试公海有限公司' });
  await releaseCustomer(source.as(org.otherRep), pooled.id, '测试');
  const formal = await createCustomer(source.as(org.teamRep), { kind: 'COMPANY', name: '备份测试正式客户有限公司' });
  await markCustomerFormal(source.as(org.teamRep), formal.id);
  const applying = await createCustomer(source.as(org.rep), { kind: 'COMPANY', name: '备份测试申请有限公司' });
  await applyForIntent(source.as(org.rep), applying.id, '客户已确认采购意向');
  await createTask(source.as(org.rep), { title: '整理报价单', dueAt: new Date(T0.getTime() + 7_200_000).toISOString(), quadrant: 'IMPORTANT' });

  lines = await exportAll(source, org.admin);
  figures.exported = lines.length;

  target = await createTestStack();
  targetAdmin = await bootstrapCompany(target.runtime.repos, target.clock, { companyName: '新公司', adminEmail: 'restore-admin@new.cn', adminName: '恢复管理员' });
}, 180_000);

describe('export and import of the whole company', () => {
  it('exports every item of the table, page by page, each line one stored record', async () => {
    const { ExportRepository } = await import('../../functions/store/export.repository');
    const items = await new ExportRepository(source.runtime.repos.store).readAll();
    expect(new Set(lines.map(keyOf))).toEqual(new Set(items.map((i) => `${String(i.PK)}|${String(i.SK)}`)));
    expect(figures.pages).toBeGreaterThan(2);
  });

  it('imports into an empty stack in chunks; the copy holds every exported record unchanged', async () => {
    let importId: string | undefined;
    for (let i = 0; i < lines.length; i += 45) {
      const res = await target.gql<{ importCompanyData: { importId: string; items: number } }>(targetAdmin, IMPORT, { jsonl: lines.slice(i, i + 45).join('\n'), importId });
      expect(res.errors).toBeUndefined();
      importId = res.data!.importCompanyData.importId;
      figures.chunks++;
    }
    const copy = await exportAll(target, targetAdmin);
    const copied = new Map(copy.map((l) => [keyOf(l), JSON.parse(l) as Record<string, unknown>]));
    for (const line of lines) expect(copied.get(keyOf(line)), keyOf(line)).toEqual(JSON.parse(line));
    // Besides the import, the copy only has the restoring admin and the audit entries of the restore.
    const extra = copy.filter((l) => !lines.some((s) => keyOf(s) === keyOf(l))).map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(extra.every((i) => String(i.PK).includes(targetAdmin.id) || i.PK === `UNIQUE#EMAIL#${targetAdmin.email}` || (i.entity === 'AuditEntry' && (i.source === 'restore' || i.source === 'system')))).toBe(true);
    const restoreEntries = extra.filter((i) => i.entity === 'AuditEntry' && i.source === 'restore');
    expect(restoreEntries.reduce((n, e) => n + Number(e.itemCount), 0)).toBe(lines.length);
    console.log(`[backup] exported ${lines.length} items in ${figures.pages} pages, imported in ${figures.chunks} chunks, round-trip differences: 0`);
  });

  it('the copy answers like the original and keeps every invariant', async () => {
    expect((await checkInvariants(target.runtime.repos.store)).violations).toEqual([]);
    for (const user of [org.rep, org.eastManager, org.admin]) {
      const before = await source.gql(user, LIST);
      const after = await target.gql(user, LIST);
      expect(after).toEqual(before);
    }
    const ids = ((await source.gql<{ customers: { edges: { node: { id: string } }[] } }>(org.admin, LIST)).data!.customers.edges).map((e) => e.node.id);
    for (const id of ids) expect(await target.gql(org.rep, CUSTOMER, { id })).toEqual(await source.gql(org.rep, CUSTOMER, { id }));
  });

  it('refuses to import into a stack that has data, to start twice, or from a non-admin', async () => {
    const busy = await source.gql(org.admin, IMPORT, { jsonl: lines.slice(0, 3).join('\n') });
    expect(busy.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const again = await target.gql(targetAdmin, IMPORT, { jsonl: lines.slice(0, 3).join('\n') });
    expect(again.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const stranger = await target.gql(org.rep, IMPORT, { jsonl: lines.slice(0, 3).join('\n') });
    expect(stranger.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const exporter = await source.gql(org.rep, EXPORT, {});
    expect(exporter.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('refuses a chunk with a malformed line and writes none of it', async () => {
    const fresh = await createTestStack();
    const admin = await bootstrapCompany(fresh.runtime.repos, fresh.clock, { companyName: '空公司', adminEmail: 'x@new.cn', adminName: '管理员' });
    const chunk = [...lines.slice(0, 5), '{"PK": 1}', 'not json', JSON.stringify({ PK: 'AUDIT#2026-03', SK: 'forged', entity: 'Customer' })].join('\n');
    const res = await fresh.gql(admin, IMPORT, { jsonl: chunk });
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0]?.message).toContain('6, 7, 8');
    const { ExportRepository } = await import('../../functions/store/export.repository');
    const items = await new ExportRepository(fresh.runtime.repos.store).readAll();
    expect(items.filter((i) => lines.slice(0, 5).some((l) => keyOf(l) === `${String(i.PK)}|${String(i.SK)}` && i.PK !== 'DEPT#root'))).toEqual([]);
  });
});
