import * as z from 'zod';
import { toHalfWidth } from '../shared/normalize';
import { IMPORT_ERRORS } from './import.errors';
import { CrmError } from '../shared/errors';

/** What a column of an import file can feed: customer fields, the first contact's fields, or the owner. */
export const IMPORT_FIELDS = [
  'name', 'kind', 'industry', 'region', 'city', 'address', 'phone', 'website', 'source', 'tags', 'owner',
  'contactName', 'contactTitle', 'mobile', 'email', 'qq', 'wechat',
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

/** Headers as Chinese companies export them; the first is the canonical one (used in mapping files and the rejects file). */
export const HEADER_ALIASES: Record<ImportField, readonly string[]> = {
  name: ['客户名称', '客户', '公司名称', '单位名称', '企业名称', '客户全称', '公司'],
  kind: ['客户类型', '类型', '客户性质'],
  industry: ['行业', '所属行业', '行业类别'],
  region: ['区域', '地区', '省份', '所属区域'],
  city: ['城市', '所在城市'],
  address: ['地址', '详细地址', '公司地址', '通讯地址'],
  phone: ['电话', '公司电话', '座机', '固定电话', '总机'],
  website: ['网址', '网站', '公司网址'],
  source: ['来源', '客户来源', '信息来源'],
  tags: ['标签', '客户标签'],
  owner: ['归属人', '负责人', '业务员', '销售代表', '所属销售', '跟进人'],
  contactName: ['联系人', '联系人姓名', '姓名'],
  contactTitle: ['职务', '职位', '联系人职务'],
  mobile: ['手机', '手机号', '手机号码', '移动电话', '联系人手机'],
  email: ['邮箱', '电子邮件', '电子邮箱', 'email', 'e-mail', '联系人邮箱'],
  qq: ['qq', 'qq号'],
  wechat: ['微信', '微信号'],
};

/** `* 客户名称（必填）` → `客户名称`: markers and hints that exporters put around headers do not matter. */
export function normalizeHeader(header: string): string {
  return toHalfWidth(header)
    .replace(/\(.*?\)|\[.*?\]/g, '')
    .replace(/[*:\s]/g, '')
    .toLowerCase();
}

const ALIAS_TO_FIELD = new Map<string, ImportField>(
  IMPORT_FIELDS.flatMap((field) => HEADER_ALIASES[field].map((alias) => [normalizeHeader(alias), field] as const)),
);

/** A mapping file: `{ "公司全称": "客户名称", "负责销售": "owner" }` — file header → a known header or field name. */
export const MappingFile = z.record(z.string().min(1), z.string().min(1));

export function fieldOf(target: string): ImportField | undefined {
  return (IMPORT_FIELDS as readonly string[]).includes(target) ? (target as ImportField) : ALIAS_TO_FIELD.get(normalizeHeader(target));
}

export interface ColumnPlan {
  /** Column index → field. */
  fields: Map<number, ImportField>;
  /** Headers that feed nothing (reported once, not an error). */
  ignored: string[];
}

/** Which column feeds which field; a file without a customer-name column cannot be imported. */
export function planColumns(headers: readonly string[], mapping: Record<string, string> = {}): ColumnPlan {
  const mapped = new Map(Object.entries(mapping).map(([from, to]) => [normalizeHeader(from), to]));
  const fields = new Map<number, ImportField>();
  const ignored: string[] = [];
  const taken = new Set<ImportField>();
  headers.forEach((header, index) => {
    const target = mapped.get(normalizeHeader(header));
    const field = target !== undefined ? fieldOf(target) : ALIAS_TO_FIELD.get(normalizeHeader(header));
    if (target !== undefined && !field) throw new CrmError(IMPORT_ERRORS.unknownMappingTarget, { header, target, fields: IMPORT_FIELDS.join(', ') });
    if (!field || taken.has(field)) {
      if (header.trim()) ignored.push(header);
      return;
    }
    taken.add(field);
    fields.set(index, field);
  });
  if (!taken.has('name')) throw new CrmError(IMPORT_ERRORS.noNameColumn, { headers: headers.join(', ') });
  return { fields, ignored };
}

/** A row's values by field (blank cells left out). */
export function valuesOf(cells: readonly string[], plan: ColumnPlan): Partial<Record<ImportField, string>> {
  const values: Partial<Record<ImportField, string>> = {};
  for (const [index, field] of plan.fields) {
    const value = cells[index]?.trim();
    if (value) values[field] = value;
  }
  return values;
}
