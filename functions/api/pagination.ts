import type { Page, PageKey } from '../store/cursor';
import type { ApiContext } from './context';
import { COMMON_ERRORS, CrmError } from '../domain/shared/errors';

export const MAX_PAGE_SIZE = 100;

export function pageSize(first: number | null | undefined): number {
  const size = first ?? 20;
  if (!Number.isInteger(size) || size < 1 || size > MAX_PAGE_SIZE) {
    throw new CrmError(COMMON_ERRORS.invalidInput, { details: `first 必须在 1 到 ${MAX_PAGE_SIZE} 之间` });
  }
  return size;
}

/** A cursor is bound to the caller and the list it came from, so it cannot be replayed elsewhere. */
export function cursorScope(ctx: ApiContext, list: string, filter: unknown): string {
  return `${ctx.actor?.id ?? '-'}|${list}|${JSON.stringify(filter ?? {})}`;
}

export function decodeAfter(ctx: ApiContext, after: string | null | undefined, scope: string): PageKey | undefined {
  return after ? ctx.cursors.decode(after, scope) : undefined;
}

export function toConnection<T>(ctx: ApiContext, page: Page<T>, scope: string) {
  const endCursor = page.nextKey ? ctx.cursors.encode(page.nextKey, scope) : null;
  return {
    edges: page.items.map((node, i) => {
      const key = page.itemKeys?.[i];
      return { node, cursor: key ? ctx.cursors.encode(key, scope) : (endCursor ?? '') };
    }),
    pageInfo: { hasNextPage: page.nextKey !== undefined, endCursor },
  };
}
