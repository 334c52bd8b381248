import { normalizeName } from '../shared/normalize';
import type { User } from '../users/user.types';
import { isSalesRole } from '../users/access.rules';
import type { ImportField } from './import.columns';

/** One row as read: its number in the file (header = 1, as spreadsheets show it) and its cells in column order. */
export interface ImportRow {
  rowNumber: number;
  cells: string[];
}

export type OwnerLookup = 'email' | 'name' | 'auto';

/** The raw CreateCustomerInput of a row (validated afterwards by the API's own schema), and whom it should belong to. */
export interface RowDraft {
  raw: Record<string, unknown>;
  ownerRef?: string;
  /** Contact details (mobile, e-mail…) but nobody to file them under. */
  contactWithoutName: boolean;
}

const KIND_WORDS: Record<string, 'COMPANY' | 'PERSON'> = {
  单位: 'COMPANY', 公司: 'COMPANY', 企业: 'COMPANY', 单位客户: 'COMPANY', 企业客户: 'COMPANY', company: 'COMPANY',
  个人: 'PERSON', 个人客户: 'PERSON', person: 'PERSON',
};

const CONTACT_FIELDS: Partial<Record<ImportField, string>> = {
  contactTitle: 'title', mobile: 'mobile', email: 'email', qq: 'qq', wechat: 'wechat',
};

export function draftOf(values: Partial<Record<ImportField, string>>): RowDraft {
  const kind = values.kind ? (KIND_WORDS[values.kind.toLowerCase()] ?? values.kind) : undefined;
  const raw: Record<string, unknown> = {
    kind,
    name: values.name,
    industry: values.industry,
    region: values.region,
    city: values.city,
    address: values.address,
    phone: values.phone,
    website: values.website,
    source: values.source,
    tags: values.tags ? values.tags.split(/[,，、;；|\s]+/).filter(Boolean) : undefined,
  };
  const contact: Record<string, unknown> = {};
  for (const [field, key] of Object.entries(CONTACT_FIELDS)) if (values[field as ImportField]) contact[key] = values[field as ImportField];
  // A person customer is their own contact; a company's contact must be named.
  const contactName = values.contactName ?? (Object.keys(contact).length > 0 && kind === 'PERSON' ? values.name : undefined);
  if (contactName) raw.contacts = [{ name: contactName, ...contact }];
  return { raw, ownerRef: values.owner, contactWithoutName: !contactName && Object.keys(contact).length > 0 };
}

/** Every row whose normalised name already appeared in an earlier row of the same file → that earlier row. */
export function earlierRowsByName(names: Iterable<{ rowNumber: number; name: string | undefined }>): Map<number, number> {
  const first = new Map<string, number>();
  const duplicates = new Map<number, number>();
  for (const { rowNumber, name } of names) {
    if (!name) continue;
    const key = normalizeName(name);
    const earlier = first.get(key);
    if (earlier === undefined) first.set(key, rowNumber);
    else duplicates.set(rowNumber, earlier);
  }
  return duplicates;
}

export type OwnerMatch = { kind: 'found'; user: User } | { kind: 'unknown' } | { kind: 'ambiguous'; count: number };

/** Owners by e-mail or by name among the company's users (sales roles first: a namesake in finance is not a candidate). */
export function ownerDirectory(users: readonly User[], lookup: OwnerLookup) {
  const byEmail = new Map(users.map((u) => [u.email, u]));
  const byName = new Map<string, User[]>();
  for (const u of users) byName.set(u.name, [...(byName.get(u.name) ?? []), u]);
  return (ref: string): OwnerMatch => {
    const wanted = ref.trim();
    const useEmail = lookup === 'email' || (lookup === 'auto' && wanted.includes('@'));
    if (useEmail) {
      const user = byEmail.get(wanted.toLowerCase());
      return user ? { kind: 'found', user } : { kind: 'unknown' };
    }
    const named = byName.get(wanted) ?? [];
    const candidates = named.filter((u) => isSalesRole(u.role) && u.active).length > 0 ? named.filter((u) => isSalesRole(u.role) && u.active) : named;
    if (candidates.length === 0) return { kind: 'unknown' };
    if (candidates.length > 1) return { kind: 'ambiguous', count: candidates.length };
    return { kind: 'found', user: candidates[0]! };
  };
}
