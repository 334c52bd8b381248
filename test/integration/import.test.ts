import ExcelJS from 'exceljs';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runImport, type ImportSummary } from '../../functions/cli/import/import-runner';
import type { Customer } from '../../functions/domain/customers/customer.types';
import { claimCustomer } from '../../functions/domain/protection/pool.service';
import { COMMON_ERRORS, CrmError } from '../../functions/domain/shared/errors';
import type { ServiceContext } from '../../functions/domain/shared/service-context';
import { buildCustomer, buildOrg, type Org } from '../support/builders';
import { createTestStack, type TestStack } from '../support/test-stack';

let stack: TestStack;
let org: Org;
let admin: ServiceContext;
const dir = mkdtempSync(join(tmpdir(), 'crm-import-'));
const silent = { isTTY: false, write: () => true };

const csv = (rows: string[][]) => `\uFEFF${rows.map((r) => r.map((c) => (/[",\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(',')).join('\r\n')}\r\n`;
const HEADERS = ['客户名称', '联系人', '职务', '手机', '邮箱', '地址', '行业', '区域', '来源', '归属人', '备注'];
let serial = 0;
const fileWith = (content: string | Buffer, ext = 'csv') => {
  const path = join(dir, `customers-${serial++}.${ext}`);
  writeFileSync(path, content);
  return path;
};
const importFile = (file: string, extra: Partial<Parameters<typeof runImport>[0]> = {}): Promise<ImportSummary> =>
  runImport({ file, concurrency: 2, ...extra }, { ctx: admin, progress: silent });

async function customerNamed(name: string): Promise<Customer | undefined> {
  const matches = await stack.runtime.repos.customers.searchByName(name.toLowerCase(), 5);
  const hit = matches.find((m) => m.name === name);
  return hit ? stack.runtime.repos.customers.get(hit.customerId) : undefined;
}
const rejectsOf = (summary: ImportSummary) => readFileSync(summary.rejectsFile!, 'utf8');

beforeAll(async () => {
  stack = await createTestStack();
  org = await buildOrg(stack);
  admin = stack.as(org.admin);
});

describe('importing a CSV export with Chinese headers', () => {
  let file: string;
  let first: ImportSummary;
  let existing: Customer;

  beforeAll(async () => {
    existing = await buildCustomer(stack, org.otherRep, { name: '无锡已存在电器有限公司' });
    file = fileWith(
      csv([
        HEADERS,
        ['靖江市春意空调有限公司', '赵经理', '采购经理', '139 1234 5678', 'Zhao@ChunYi.CN', '靖江市人民路1号', '暖通', '华东', '展会', org.rep.email, '老客户'],
        ['南京金陵机械厂', '钱工', '', '+86 138-0000-1111', '', '', '机械', '华东', '', '张三', ''],
        ['苏州无主贸易有限公司', '孙总', '总经理', '13700001111', '', '', '', '', '网络', '', ''],
        ['错误手机有限公司', '李四', '', '1234', '', '', '', '', '', '', ''],
        ['无名归属有限公司', '周五', '', '', '', '', '', '', '', '不存在的人', ''],
        ['靖江市春意空调有限公司', '重复', '', '', '', '', '', '', '', '', ''],
        ['无锡已存在电器有限公司', '吴六', '', '', '', '', '', '', '', '', ''],
        ['没有联系人姓名公司', '', '', '13911112222', '', '', '', '', '', '', ''],
      ]),
    );
    first = await importFile(file);
  });

  it('creates owned customers through createCustomer: owner by e-mail or by name, contact normalised, protection started', async () => {
    expect(first).toMatchObject({ total: 8, created: 3, pool: 1, already: 0, rejected: 5, interrupted: false });
    const chunyi = (await customerNamed('靖江市春意空调有限公司'))!;
    expect(chunyi).toMatchObject({ ownerId: org.rep.id, industry: '暖通', region: '华东', source: '展会', address: '靖江市人民路1号', createdBy: org.admin.id });
    expect(chunyi.protection?.deadline).toBeDefined();
    const contacts = (await stack.runtime.repos.customers.getCollection(chunyi.id))!.contacts;
    expect(contacts).toEqual([expect.objectContaining({ name: '赵经理', title: '采购经理', mobile: '13912345678', email: 'zhao@chunyi.cn', primary: true })]);
    expect(await customerNamed('南京金陵机械厂')).toMatchObject({ ownerId: org.rep.id });
  });

  it('puts rows without an owner into the public pool: no owner, no protection clock, a CREATE entry to the pool', async () => {
    const pooled = (await customerNamed('苏州无主贸易有限公司'))!;
    expect(pooled).toMatchObject({ poolId: 'default', lifecycle: 'POTENTIAL', hot: false });
    expect(pooled.ownerId).toBeUndefined();
    expect(pooled.protection).toBeUndefined();
    const collection = (await stack.runtime.repos.customers.getCollection(pooled.id))!;
    expect(collection.ownership).toEqual([expect.objectContaining({ action: 'CREATE', toPoolId: 'default', actorId: org.admin.id })]);
    const poolList = await stack.runtime.repos.customers.list({ kind: 'POOL', poolId: 'default' }, 50);
    expect(poolList.items.map((c) => c.id)).toContain(pooled.id);
    expect(await stack.runtime.repos.customers.searchByName('无主贸易', 5)).toEqual([expect.objectContaining({ customerId: pooled.id })]);
  });

  it('lets a rep claim an imported pool customer like any other', async () => {
    const pooled = (await customerNamed('苏州无主贸易有限公司'))!;
    const claimed = await claimCustomer(stack.as(org.teamRep), pooled.id);
    expect(claimed).toMatchObject({ ownerId: org.teamRep.id, lifecycle: 'POTENTIAL' });
    expect(claimed.protection?.deadline).toBeDefined();
  });

  it('writes every rejected row with its reason, in an Excel-readable CSV that can be fixed and imported again', async () => {
    const rejects = rejectsOf(first);
    expect(rejects.startsWith('\uFEFF行号,原因,客户名称,联系人')).toBe(true);
    const lines = rejects.trim().split('\r\n').slice(1);
    expect(lines).toHaveLength(5);
    expect(lines[0]).toMatch(/^5,输入有误：联系人：手机号码格式不正确.*,错误手机有限公司,李四,,1234,/);
    expect(lines[1]).toMatch(/^6,未知归属人“不存在的人”,无名归属有限公司/);
    expect(lines[2]).toMatch(/^7,与文件第 2 行的客户名称重复,靖江市春意空调有限公司/);
    expect(lines[3]).toContain(`8,与已有客户重复：${existing.code} 无锡已存在电器有限公司`);
    expect(lines[4]).toMatch(/^9,有联系方式但缺少联系人姓名/);
  });

  it('creates nothing new when run again: every row is already done', async () => {
    const before = (await stack.runtime.repos.customers.list({ kind: 'ALL' }, 500)).items.length;
    const again = await importFile(file);
    expect(again).toMatchObject({ total: 8, resumed: 8, created: 3, rejected: 5, interrupted: false });
    expect((await stack.runtime.repos.customers.list({ kind: 'ALL' }, 500)).items.length).toBe(before);
    expect(rejectsOf(again)).toBe(rejectsOf(first));
  });
});

describe('crash and resume', () => {
  const rowsOf = () => Array.from({ length: 12 }, (_, i) => [`续传测试${i}号科技有限公司`, `联系人${i}`, '', `1390000${String(i).padStart(4, '0')}`, '', '', '', '', '', i % 2 ? org.teamRep.email : '', '']);

  it('resumes where it stopped, and recognises a row whose customer was written but not checkpointed as already imported', async () => {
    const rows = rowsOf();
    const file = fileWith(csv([HEADERS, ...rows]));
    const partial = await importFile(file, { stopAfter: 5, concurrency: 1 });
    expect(partial).toMatchObject({ created: 5, interrupted: true });
    // The crash window: the last row's customer committed, its checkpoint line lost.
    const journal = readFileSync(`${file}.checkpoint.jsonl`, 'utf8').trim().split('\n');
    writeFileSync(`${file}.checkpoint.jsonl`, `${journal.slice(0, -1).join('\n')}\n`);

    const resumed = await importFile(file);
    expect(resumed).toMatchObject({ total: 12, resumed: 4, created: 11, already: 1, rejected: 0, interrupted: false });
    const codes = await Promise.all(rows.map(async (r) => (await customerNamed(r[0]!))?.code));
    expect(new Set(codes).size).toBe(12);
    expect(codes.every(Boolean)).toBe(true);
  });
});

describe('a row that cannot be written', () => {
  it('stops the run after retries with a resume hint, keeps what was done, and the next run finishes the file', async () => {
    const rows = Array.from({ length: 6 }, (_, i) => [`故障测试${i}号贸易有限公司`, '', '', '', '', '', '', '', '', '', '']);
    const file = fileWith(csv([HEADERS, ...rows]));
    let writes = 0;
    const flaky = {
      ...admin,
      repos: {
        ...admin.repos,
        commit: ((items) => {
          if (++writes > 2) throw new CrmError(COMMON_ERRORS.busy);
          return admin.repos.commit(items);
        }) as typeof admin.repos.commit,
      },
    };
    await expect(runImport({ file, concurrency: 1 }, { ctx: flaky, progress: silent })).rejects.toThrow('run the import again to resume');
    const resumed = await importFile(file);
    expect(resumed).toMatchObject({ total: 6, resumed: 2, created: 6, already: 0, rejected: 0, interrupted: false });
  });
});

describe('Excel workbooks, mapping files, encodings, dry runs', () => {
  it('reads .xlsx with marked headers, numeric phones and rich text; maps unknown headers with a mapping file', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('客户');
    sheet.addRow(['*公司全称', '联系人（必填）', '手机', '负责销售', '客户类型']);
    sheet.addRow(['常州表格导入有限公司', { richText: [{ text: '王' }, { text: '经理' }] }, 13812340000, org.rep.name, '单位']);
    sheet.addRow(['个人客户张先生', '', 13812340001, '', '个人']);
    const file = join(dir, 'book.xlsx');
    await workbook.xlsx.writeFile(file);
    const mapping = join(dir, 'mapping.json');
    writeFileSync(mapping, JSON.stringify({ 公司全称: '客户名称', 负责销售: 'owner' }));

    const summary = await importFile(file, { mappingFile: mapping, ownerLookup: 'name' });
    expect(summary).toMatchObject({ total: 2, created: 2, pool: 1, rejected: 0 });
    const owned = (await customerNamed('常州表格导入有限公司'))!;
    expect(owned.ownerId).toBe(org.rep.id);
    expect((await stack.runtime.repos.customers.getCollection(owned.id))!.contacts[0]).toMatchObject({ name: '王经理', mobile: '13812340000' });
    const person = (await customerNamed('个人客户张先生'))!;
    expect(person).toMatchObject({ kind: 'PERSON', poolId: 'default' });
    expect((await stack.runtime.repos.customers.getCollection(person.id))!.contacts[0]).toMatchObject({ name: '个人客户张先生', mobile: '13812340001' });
  });

  it('reads a GB18030 CSV as Excel on Chinese Windows saves it', async () => {
    const gbk = Buffer.from([
      0xbf, 0xcd, 0xbb, 0xa7, 0xc3, 0xfb, 0xb3, 0xc6, 0x0d, 0x0a, // 客户名称
      0xb3, 0xa3, 0xd6, 0xdd, 0xb9, 0xab, 0xcb, 0xbe, 0x0d, 0x0a, // 常州公司
    ]);
    const summary = await importFile(fileWith(gbk));
    expect(summary).toMatchObject({ total: 1, created: 1 });
    expect(await customerNamed('常州公司')).toMatchObject({ poolId: 'default' });
  });

  it('checks everything in a dry run and writes nothing', async () => {
    const file = fileWith(csv([HEADERS, ['试运行甲有限公司', '甲', '', '13900000001', '', '', '', '', '', '', ''], ['试运行乙有限公司', '乙', '', 'bad', '', '', '', '', '', '', '']]));
    const summary = await importFile(file, { dryRun: true });
    expect(summary).toMatchObject({ total: 2, valid: 1, created: 0, rejected: 1, checkpointFile: undefined });
    expect(summary.rejectsFile).toMatch(/\.dry-run\.rejects\.csv$/);
    expect(await customerNamed('试运行甲有限公司')).toBeUndefined();
  });

  it('refuses a file without a customer-name column, naming the headers it found', async () => {
    await expect(importFile(fileWith(csv([['公司', '电话'], ['x', '1']]).replace('公司', '单位全称')))).rejects.toThrow('单位全称');
  });

  it('is for admins only', async () => {
    const file = fileWith(csv([HEADERS, ['经理导入有限公司', '', '', '', '', '', '', '', '', '', '']]));
    await expect(runImport({ file }, { ctx: stack.as(org.eastManager), progress: silent })).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});
