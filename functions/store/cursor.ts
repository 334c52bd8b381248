import { createHmac, timingSafeEqual } from 'node:crypto';
import { COMMON_ERRORS, CrmError } from '../domain/shared/errors';

/**
 * Opaque, tamper-proof page cursors: the DynamoDB LastEvaluatedKey plus the list it belongs to
 * (scope), signed with HMAC-SHA256. A cursor cannot be edited, nor replayed on another list or by
 * another user, to reach rows outside the caller's view.
 */
export type PageKey = Record<string, unknown>;

export class CursorCodec {
  constructor(private readonly secret: string) {}

  encode(key: PageKey, scope: string): string {
    const body = Buffer.from(JSON.stringify({ k: key, s: scope })).toString('base64url');
    return `${body}.${this.sign(body)}`;
  }

  decode(cursor: string, scope: string): PageKey {
    const [body, signature] = cursor.split('.');
    if (!body || !signature || !this.verify(body, signature)) throw new CrmError(COMMON_ERRORS.invalidCursor);
    const parsed = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as { k?: PageKey; s?: string };
    if (parsed.s !== scope || typeof parsed.k !== 'object' || parsed.k === null) throw new CrmError(COMMON_ERRORS.invalidCursor);
    return parsed.k;
  }

  private sign(body: string): string {
    return createHmac('sha256', this.secret).update(body).digest('base64url');
  }

  private verify(body: string, signature: string): boolean {
    const expected = Buffer.from(this.sign(body));
    const given = Buffer.from(signature);
    return expected.length === given.length && timingSafeEqual(expected, given);
  }
}

export interface Page<T> {
  items: T[];
  /** The key to resume after each item (its LastEvaluatedKey), for per-edge cursors. */
  itemKeys?: PageKey[];
  nextKey?: PageKey;
}

/** The key attributes DynamoDB expects in ExclusiveStartKey for a Query on the table or an index. */
export function resumeKeyOf(item: Record<string, unknown>, index?: { pk: string; sk: string }): PageKey {
  const key: PageKey = { PK: item.PK, SK: item.SK };
  if (index) {
    key[index.pk] = item[index.pk];
    key[index.sk] = item[index.sk];
  }
  return key;
}
