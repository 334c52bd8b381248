import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { GetCommand, PutCommand, QueryCommand, ScanCommand } from '@aws-sdk/lib-dynamodb';
import { batchPut } from './bulk';
import type { Store } from './client';
import type { PageKey } from './cursor';
import { auditKeys, indexKeys } from './keys';
import { INDEXES } from './table';

export type StoredItem = Record<string, unknown>;

/**
 * Whole-company backup and restore. Export reads the entire table with Scan: it is the ONE admin
 * exception to "no Scan" (a backup must see every item; it runs on an admin's request or a
 * schedule, never on a user's request path). The invariant checker reuses `readAll` for the same reason.
 */
export class ExportRepository {
  constructor(private readonly store: Store) {}

  /** One page of the whole table (at most ~1 MB, DynamoDB's Scan page). */
  async page(limit: number, startKey?: PageKey): Promise<{ items: StoredItem[]; nextKey?: PageKey }> {
    // The one Scan: only the admin export (exportCompanyData, ADMIN only) and the invariant checker
    // call it, because a backup must see every item; no user request or sweep reaches it.
    const out = await this.store.doc.send(
      new ScanCommand({ TableName: this.store.tableName, Limit: limit, ExclusiveStartKey: startKey, ConsistentRead: true }),
    );
    return { items: out.Items ?? [], nextKey: out.LastEvaluatedKey };
  }

  /** Every item of the table (admin checks and tests only). */
  async readAll(): Promise<StoredItem[]> {
    const items: StoredItem[] = [];
    let startKey: PageKey | undefined;
    do {
      const page = await this.page(1000, startKey);
      items.push(...page.items);
      startKey = page.nextKey;
    } while (startKey);
    return items;
  }

  /** Is there any customer at all? One Query with Limit 1 on the all-customers index partition. */
  async hasCustomers(): Promise<boolean> {
    const out = await this.store.doc.send(
      new QueryCommand({
        TableName: this.store.tableName,
        IndexName: INDEXES.byDepartment.name,
        KeyConditionExpression: 'gsi2pk = :pk',
        ExpressionAttributeValues: { ':pk': indexKeys.allCustomers },
        Limit: 1,
      }),
    );
    return (out.Items ?? []).length > 0;
  }

  /** Marks the stack as receiving its one restore; refused (with the running one's id) if one was started. */
  async startRestore(importId: string, by: string, at: string): Promise<{ ok: true } | { ok: false; importId: string }> {
    try {
      await this.store.doc.send(
        new PutCommand({
          TableName: this.store.tableName,
          Item: { ...auditKeys.restoreState(), entity: 'RestoreState', importId, by, at },
          ConditionExpression: 'attribute_not_exists(PK)',
        }),
      );
      return { ok: true };
    } catch (error) {
      if (!(error instanceof ConditionalCheckFailedException)) throw error;
      return { ok: false, importId: (await this.restoreId()) ?? '' };
    }
  }

  async restoreId(): Promise<string | undefined> {
    const out = await this.store.doc.send(new GetCommand({ TableName: this.store.tableName, Key: auditKeys.restoreState(), ConsistentRead: true }));
    return out.Item?.importId as string | undefined;
  }

  /** Restores items exactly as exported (25 per BatchWrite, unprocessed items retried). */
  async putAll(items: StoredItem[]): Promise<void> {
    await batchPut(this.store, items);
  }
}
