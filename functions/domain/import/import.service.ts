import { CUSTOMER_ERRORS } from '../customers/customer.errors';
import { CreateCustomerInput, CUSTOMER_LABELS } from '../customers/customer.schemas';
import { createCustomer } from '../customers/customer.service';
import { CrmError, type ErrorParams, type ErrorSpec } from '../shared/errors';
import { normalizeName } from '../shared/normalize';
import type { ServiceContext } from '../shared/service-context';
import { parseInput } from '../shared/validation';
import type { User } from '../users/user.types';
import { valuesOf, type ColumnPlan } from './import.columns';
import { IMPORT_ERRORS } from './import.errors';
import { draftOf, ownerDirectory, type ImportRow, type OwnerLookup } from './import.rules';
import { createPoolCustomer } from './pool-customer.service';

export type RowOutcome =
  | { kind: 'created'; code: string; customerId: string; ownerName?: string }
  /** Created by an earlier run of this import (resumed after a crash, or run twice). */
  | { kind: 'already'; code: string }
  | { kind: 'rejected'; reason: string }
  /** Dry run: would be created. */
  | { kind: 'valid'; ownerName?: string };

export interface ImportSession {
  columns: ColumnPlan;
  ownerOf: ReturnType<typeof ownerDirectory>;
  /** Row → the earlier row of the file with the same customer name. */
  duplicatesInFile: Map<number, number>;
  /** When this file's first import run started: customers the importer created since then came from it. */
  startedAt: string;
  dryRun: boolean;
}

export async function openImportSession(
  ctx: ServiceContext,
  options: { columns: ColumnPlan; ownerLookup: OwnerLookup; duplicatesInFile: Map<number, number>; startedAt: string; dryRun: boolean },
): Promise<ImportSession> {
  if (ctx.actor.role !== 'ADMIN') throw new CrmError(IMPORT_ERRORS.adminOnly, { action: '批量导入客户' });
  const users: User[] = await ctx.repos.users.listByPath(undefined);
  return { ...options, ownerOf: ownerDirectory(users, options.ownerLookup) };
}

const reject = (ctx: ServiceContext, spec: ErrorSpec, params: ErrorParams = {}): RowOutcome => ({
  kind: 'rejected',
  reason: new CrmError(spec, params).messageIn(ctx.settings.locale),
});

/**
 * One row through the API's own rules: the CreateCustomerInput schema, owner checks and caps of
 * createCustomer, the unique-name transaction. Rows without an owner go to the public pool.
 */
export async function importRow(ctx: ServiceContext, session: ImportSession, row: ImportRow): Promise<RowOutcome> {
  const earlier = session.duplicatesInFile.get(row.rowNumber);
  if (earlier !== undefined) return reject(ctx, IMPORT_ERRORS.duplicateInFile, { row: earlier });
  const draft = draftOf(valuesOf(row.cells, session.columns));
  if (draft.contactWithoutName) return reject(ctx, IMPORT_ERRORS.contactWithoutName);
  let owner: User | undefined;
  if (draft.ownerRef) {
    const match = session.ownerOf(draft.ownerRef);
    if (match.kind === 'unknown') return reject(ctx, IMPORT_ERRORS.unknownOwner, { owner: draft.ownerRef });
    if (match.kind === 'ambiguous') return reject(ctx, IMPORT_ERRORS.ambiguousOwner, { owner: draft.ownerRef, count: match.count });
    owner = match.user;
  }
  try {
    const input = parseInput(CreateCustomerInput, { ...draft.raw, ownerId: owner?.id }, ctx.settings.locale, CUSTOMER_LABELS);
    if (session.dryRun) {
      const taken = await ctx.repos.imports.nameClaim(normalizeName(input.name));
      return taken ? classifyTakenName(ctx, session, normalizeName(input.name)) : { kind: 'valid', ownerName: owner?.name };
    }
    const customer = owner ? await createCustomer(ctx, input) : await createPoolCustomer(ctx, input);
    return { kind: 'created', code: customer.code, customerId: customer.id, ownerName: owner?.name };
  } catch (error) {
    if (!(error instanceof CrmError)) throw error;
    if (error.spec === CUSTOMER_ERRORS.nameTaken) return classifyTakenName(ctx, session, normalizeName(String(draft.raw.name)));
    if (error.code === 'RETRYABLE') throw error;
    return { kind: 'rejected', reason: error.messageIn(ctx.settings.locale) };
  }
}

/** The name is taken: by this import's own earlier run (a resume or a second run), or by a genuinely existing customer. */
async function classifyTakenName(ctx: ServiceContext, session: ImportSession, nameKey: string): Promise<RowOutcome> {
  const claim = await ctx.repos.imports.nameClaim(nameKey);
  if (!claim) return reject(ctx, CUSTOMER_ERRORS.nameTaken, { name: nameKey, existingCode: '?' });
  const existing = await ctx.repos.customers.get(claim.customerId);
  if (existing && existing.createdBy === ctx.actor.id && existing.createdAt >= session.startedAt) return { kind: 'already', code: existing.code };
  return reject(ctx, IMPORT_ERRORS.duplicateOfCustomer, { code: claim.code, name: claim.name });
}
