/** Reads and writes of many items at once, for every repository: batching, paging and retries in one place. */
import { BatchGetCommand, BatchWriteCommand, QueryCommand, type QueryCommandInput } from '@aws-sdk/lib-dynamodb';
import type { Store } from './client';
import { fromItem } from './item-codec';
import { pauseBeforeRetry } from './transactions';

type Key = Record<string, unknown>;

const KEYS_PER_CALL = 100;
const PUTS_PER_CALL = 25;

/**
 * The items of these keys that exist, 100 keys per BatchGet. Keys DynamoDB hands back unprocessed
 * (throttling, the 16 MB limit) go into a later call after a short pause, so a throttled table is
 * not hammered.
 */
export async function batchGet(store: Store, keys: readonly Key[], options: { consistent?: boolean } = {}): Promise<Record<string, unknown>[]> {
  const items: Record<string, unknown>[] = [];
  let pending = [...keys];
  for (let retry = 0; pending.length > 0; ) {
    const chunk = pending.slice(0, KEYS_PER_CALL);
    pending = pending.slice(KEYS_PER_CALL);
    const out = await store.doc.send(new BatchGetCommand({ RequestItems: { [store.tableName]: { Keys: chunk, ConsistentRead: options.consistent } } }));
    items.push(...(out.Responses?.[store.tableName] ?? []));
    const unprocessed = out.UnprocessedKeys?.[store.tableName]?.Keys ?? [];
    if (unprocessed.length > 0) {
      pending.push(...unprocessed);
      await pauseBeforeRetry(Math.min(++retry, 5));
    }
  }
  return items;
}

/** The records with these ids that exist, by id: one BatchGet per 100 distinct ids. */
export async function getManyById<T extends { id: string }>(store: Store, ids: readonly string[], keyOf: (id: string) => Key): Promise<Map<string, T>> {
  const items = await batchGet(store, [...new Set(ids)].map(keyOf));
  return new Map(items.map((item) => fromItem<T>(item)).map((record) => [record.id, record]));
}

/**
 * Every item a Query matches, page after page. Only for sets bounded by design (an item
 * collection, a rep's open deals, a day's follow-ups); lists shown to users are paginated instead.
 */
export async function queryAll(store: Store, input: Omit<QueryCommandInput, 'TableName' | 'ExclusiveStartKey'>): Promise<Record<string, unknown>[]> {
  const items: Record<string, unknown>[] = [];
  let startKey: Record<string, unknown> | undefined;
  do {
    const out = await store.doc.send(new QueryCommand({ TableName: store.tableName, ...input, ExclusiveStartKey: startKey }));
    items.push(...(out.Items ?? []));
    startKey = out.LastEvaluatedKey;
  } while (startKey);
  return items;
}

/**
 * Writes these items unconditionally, 25 per BatchWrite (bulk loads: campaign recipients, a restore,
 * seeds); items DynamoDB hands back unprocessed are written again after a short pause.
 */
export async function batchPut(store: Store, items: readonly Record<string, unknown>[]): Promise<void> {
  let pending = items.map((Item) => ({ PutRequest: { Item } }));
  for (let retry = 0; pending.length > 0; ) {
    const chunk = pending.slice(0, PUTS_PER_CALL);
    pending = pending.slice(PUTS_PER_CALL);
    const out = await store.doc.send(new BatchWriteCommand({ RequestItems: { [store.tableName]: chunk } }));
    const unprocessed = out.UnprocessedItems?.[store.tableName] ?? [];
    if (unprocessed.length > 0) {
      pending.push(...(unprocessed as typeof chunk));
      await pauseBeforeRetry(Math.min(++retry, 6));
    }
  }
}
