import * as z from 'zod';
import { auditLogPage, type AuditPosition } from '../../domain/audit/audit.service';
import { exportPage, importChunk } from '../../domain/backup/backup.service';
import { parseInput } from '../../domain/shared/validation';
import type { PageKey } from '../../store/cursor';
import type { ApiContext } from '../context';
import type { Resolvers } from '../generated/resolvers-types';
import { cursorScope, decodeAfter, pageSize } from '../pagination';

const MAX_EXPORT_PAGE = 1000;
const ExportLimit = z.number().int().min(1).max(MAX_EXPORT_PAGE);

async function userRef(ctx: ApiContext, id: string) {
  if (id === 'system' || id === 'anonymous') return { id, name: id === 'system' ? '系统' : '未登录' };
  const user = await ctx.loaders.users.load(id);
  return user ? { id: user.id, name: user.name } : { id, name: '（已删除用户）' };
}

export const adminResolvers: Resolvers = {
  Query: {
    auditLog: async (_, { from, to, first, after }, ctx) => {
      const service = ctx.service();
      const scope = cursorScope(ctx, 'auditLog', { from, to });
      const position = decodeAfter(ctx, after, scope) as AuditPosition | undefined;
      const page = await auditLogPage(service, { from, to }, pageSize(first), position);
      const next = page.next ? ctx.cursors.encode(page.next as unknown as PageKey, scope) : null;
      return {
        edges: page.items.map((node, i) => ({
          node,
          cursor: i === page.items.length - 1 && next ? next : ctx.cursors.encode({ month: node.at.slice(0, 7), key: { PK: `AUDIT#${node.at.slice(0, 7)}`, SK: `${node.at}#${node.id}` } }, scope),
        })),
        pageInfo: { hasNextPage: next !== null, endCursor: next },
      };
    },
    exportCompanyData: async (_, { after, limit }, ctx) => {
      const service = ctx.service();
      const scope = cursorScope(ctx, 'export', {});
      const page = await exportPage(service, parseInput(ExportLimit, limit ?? 500, ctx.runtime.locale, { limit: ['每页条数', 'limit'] }), decodeAfter(ctx, after, scope));
      return { jsonl: page.jsonl, items: page.items, nextCursor: page.nextKey ? ctx.cursors.encode(page.nextKey, scope) : null };
    },
  },
  Mutation: {
    importCompanyData: (_, { jsonl, importId }, ctx) => importChunk(ctx.service(), jsonl, importId ?? undefined),
  },
  AuditEntry: {
    actor: (e, _, ctx) => userRef(ctx, e.actorId),
    changes: (e) => e.changes.map((c) => ({ ...c, entity: c.entity ?? null, detail: c.detail ?? null, truncated: c.truncated ?? null })),
  },
};
