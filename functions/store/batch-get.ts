import { BatchGetCommand } from '@aws-sdk/lib-dynamodb';
import type { Store } from './client';
import { jitteredBackoff } from './transactions';

type Key = Record<string, unknown>;

const KEYS_PER_CALL = 100;

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
      await new Promise((resolve) => setTimeout(resolve, jitteredBackoff(Math.min(++retry, 5))));
    }
  }
  return items;
}
