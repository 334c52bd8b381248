import { describe, expect, it } from 'vitest';
import { ProgressBar } from '../../functions/cli/import/progress-bar';
import { cellText, decodeCsv } from '../../functions/cli/import/file-rows';
import { csvLine } from '../../functions/cli/import/rejects-file';
import { normalizeHeader, planColumns, valuesOf } from '../../functions/domain/import/import.columns';
import { draftOf, earlierRowsByName, ownerDirectory } from '../../functions/domain/import/import.rules';
import type { User } from '../../functions/domain/users/user.types';

const user = (id: string, name: string, role: User['role'] = 'REP', active = true): User => ({
  id, name, role, active, email: `${id}@t.cn`, departmentId: 'd', departmentPath: '/root/d/', createdAt: '', updatedAt: '', version: 1,
});

describe('import columns', () => {
  it('recognises the headers companies export, whatever markers surround them', () => {
    expect(normalizeHeader(' * 客户名称（必填）')).toBe('客户名称');
    const plan = planColumns(['序号', '公司名称', '联系人姓名', '手机号码', 'E-mail', '负责人', '备注']);
    expect([...plan.fields.entries()]).toEqual([[1, 'name'], [2, 'contactName'], [3, 'mobile'], [4, 'email'], [5, 'owner']]);
    expect(plan.ignored).toEqual(['序号', '备注']);
  });

  it('lets a mapping file name other headers, and refuses a mapping to nothing', () => {
    expect([...planColumns(['户名', '销售'], { 户名: '客户名称', 销售: 'owner' }).fields.values()]).toEqual(['name', 'owner']);
    expect(() => planColumns(['户名'], { 户名: '不存在的字段' })).toThrow('不存在的字段');
    expect(() => planColumns(['联系人', '手机'])).toThrow('customer-name column');
  });

  it('uses the first of two columns that feed the same field', () => {
    const plan = planColumns(['客户名称', '公司名称']);
    expect(valuesOf(['甲公司', '乙公司'], plan)).toEqual({ name: '甲公司' });
    expect(plan.ignored).toEqual(['公司名称']);
  });
});

describe('row drafts', () => {
  it('turns Chinese kind words and tag lists into the API input', () => {
    expect(draftOf({ name: '甲', kind: '个人', tags: '老客户，重点、华东' }).raw).toMatchObject({ kind: 'PERSON', tags: ['老客户', '重点', '华东'] });
    expect(draftOf({ name: '乙', kind: '单位' }).raw).toMatchObject({ kind: 'COMPANY' });
  });

  it('files contact details under the named contact, a person under themself, and flags details without a name', () => {
    expect(draftOf({ name: '甲公司', contactName: '赵', mobile: '139' }).raw.contacts).toEqual([{ name: '赵', mobile: '139' }]);
    expect(draftOf({ name: '王先生', kind: '个人', mobile: '139' }).raw.contacts).toEqual([{ name: '王先生', mobile: '139' }]);
    expect(draftOf({ name: '甲公司', mobile: '139' }).contactWithoutName).toBe(true);
    expect(draftOf({ name: '甲公司' }).contactWithoutName).toBe(false);
    expect(draftOf({ name: '甲公司' }).raw.contacts).toBeUndefined();
  });

  it('finds later rows that repeat an earlier name after normalisation', () => {
    const rows = [
      { rowNumber: 2, name: '上海ＡＢＣ 公司' },
      { rowNumber: 3, name: '其他' },
      { rowNumber: 4, name: ' 上海abc  公司' },
      { rowNumber: 5, name: undefined },
    ];
    expect([...earlierRowsByName(rows)]).toEqual([[4, 2]]);
  });

  it('finds owners by e-mail or name, preferring active sales users over namesakes, and reports ambiguity', () => {
    const find = ownerDirectory([user('a', '张三'), user('b', '张三', 'FINANCE'), user('c', '李四'), user('d', '李四'), user('e', '王五', 'REP', false)], 'auto');
    expect(find('张三')).toMatchObject({ kind: 'found', user: { id: 'a' } });
    expect(find('A@T.CN')).toMatchObject({ kind: 'found', user: { id: 'a' } });
    expect(find('李四')).toEqual({ kind: 'ambiguous', count: 2 });
    expect(find('王五')).toMatchObject({ kind: 'found', user: { id: 'e' } });
    expect(find('赵六')).toEqual({ kind: 'unknown' });
    expect(ownerDirectory([user('a', 'a@t.cn')], 'name')('a@t.cn')).toMatchObject({ kind: 'found' });
  });
});

describe('file plumbing', () => {
  it('reads cells as they show', () => {
    expect(cellText(13912345678)).toBe('13912345678');
    expect(cellText({ richText: [{ text: '王' }, { text: '经理' }] })).toBe('王经理');
    expect(cellText({ text: 'www.a.cn', hyperlink: 'http://www.a.cn' })).toBe('www.a.cn');
    expect(cellText({ formula: 'A1', result: 5 })).toBe('5');
    expect(cellText(new Date('2026-03-02T00:00:00Z'))).toBe('2026-03-02');
  });

  it('decodes UTF-8 with a BOM and falls back to GB18030', () => {
    expect(decodeCsv(Buffer.from('\uFEFF客户名称', 'utf8'))).toBe('客户名称');
    expect(decodeCsv(Buffer.from([0xbf, 0xcd, 0xbb, 0xa7]))).toBe('客户');
  });

  it('quotes CSV fields that need it', () => {
    expect(csvLine(['a', 'b,c', 'say "hi"', '两\n行'])).toBe('a,"b,c","say ""hi""","两\n行"');
  });

  it('shows rows per second of this run and the time left', () => {
    let now = 0;
    const bar = new ProgressBar(1000, 100, { isTTY: false, write: () => true }, () => now);
    now = 10_000;
    const line = bar.line(300, { created: 150, pool: 20, already: 100, rejected: 50 });
    expect(line).toContain('30.0% 300/1,000 rows');
    expect(line).toContain('20.0 rows/s');
    expect(line).toContain('ETA 35s');
    expect(line).toContain('拒绝 rejected 50');
  });
});
