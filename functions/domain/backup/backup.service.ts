import type { PageKey } from '../../store/cursor';
import { runAudited } from '../audit/audit-scope';
import { COMMON_ERRORS, CrmError } from '../shared/errors';
import { newId } from '../shared/ids';
import type { ServiceContext } from '../shared/service-context';
import { BACKUP_ERRORS } from './backup.errors';

/** DynamoDB's item size limit: a line bigger than this cannot have come from an export. */
const MAX_LINE_BYTES = 400 * 1024;
const RESTORE_PREFIX = 'RESTORE#';

function requireAdmin(ctx: ServiceContext, action: string): void {
  if (ctx.actor.role !== 'ADMIN') throw new CrmError(COMMON_ERRORS.forbidden, { action });
}

/**
 * One page of the whole company's data as JSON Lines: every stored item, as stored (index
 * attributes included, so an import restores every access pattern). Admins only.
 */
export async function exportPage(ctx: ServiceContext, limit: number, startKey?: PageKey): Promise<{ jsonl: string; items: number; nextKey?: PageKey }> {
  requireAdmin(ctx, '导出公司数据');
  const page = await ctx.repos.backup.page(limit, startKey);
  const lines = page.items.filter((i) => !String(i.PK).startsWith(RESTORE_PREFIX)).map((i) => JSON.stringify(i));
  return { jsonl: lines.join('\n'), items: lines.length, nextKey: page.nextKey };
}

/** Validates every line before anything is written, so a bad chunk writes nothing. */
export function parseExportLines(jsonl: string): Record<string, unknown>[] {
  const items: Record<string, unknown>[] = [];
  const bad: number[] = [];
  jsonl.split('\n').forEach((line, index) => {
    if (!line.trim()) return;
    try {
      const item = JSON.parse(line) as unknown;
      const ok =
        typeof item === 'object' && item !== null && !Array.isArray(item) &&
        typeof (item as Record<string, unknown>).PK === 'string' && typeof (item as Record<string, unknown>).SK === 'string' &&
        !String((item as Record<string, unknown>).PK).startsWith(RESTORE_PREFIX) &&
        (!String((item as Record<string, unknown>).PK).startsWith('AUDIT#') || (item as Record<string, unknown>).entity === 'AuditEntry') &&
        Buffer.byteLength(line) <= MAX_LINE_BYTES;
      if (ok) items.push(item as Record<string, unknown>);
      else bad.push(index + 1);
    } catch {
      bad.push(index + 1);
    }
  });
  if (bad.length) throw new CrmError(BACKUP_ERRORS.badLines, { lines: bad.slice(0, 5).join(', ') + (bad.length > 5 ? ' …' : '') });
  return items;
}

/**
 * Restores an export into an EMPTY stack, chunk by chunk (a request carries at most a few hundred
 * kilobytes). The first chunk starts the one restore a stack may receive and returns its id; the
 * later chunks name it. Items are written exactly as exported, so sending a chunk twice is harmless.
 * Each chunk leaves one audit entry (who restored how many items), not one per item.
 */
export async function importChunk(ctx: ServiceContext, jsonl: string, importId?: string): Promise<{ importId: string; items: number }> {
  requireAdmin(ctx, '导入公司数据');
  const items = parseExportLines(jsonl);
  const now = ctx.clock.now().toISOString();
  let id = importId;
  if (!id) {
    if (await ctx.repos.backup.hasCustomers()) throw new CrmError(BACKUP_ERRORS.notEmpty);
    id = newId(ctx.clock.now());
    const started = await ctx.repos.backup.startRestore(id, ctx.actor.id, now);
    if (!started.ok) throw new CrmError(BACKUP_ERRORS.restoreStarted, { importId: started.importId });
  } else if ((await ctx.repos.backup.restoreId()) !== id) {
    throw new CrmError(BACKUP_ERRORS.unknownImport, { importId: id });
  }
  await runAudited({ actorId: ctx.actor.id, source: 'restore', clock: ctx.clock }, () => ctx.repos.backup.putAll(items));
  await ctx.repos.audit.append({ actorId: ctx.actor.id, source: 'restore', operation: `importCompanyData ${id}`, changes: [], itemCount: items.length });
  return { importId: id, items: items.length };
}
