import { BatchWriteCommand } from '@aws-sdk/lib-dynamodb';
import type { Store } from '../functions/store/client';
import type { Write } from '../functions/store/transactions';

const BATCH = 25;
const PARALLEL = 6;

/** The item a repository Write would put: seeding reuses the repositories' item shapes, not a copy of them. */
export function itemOf(write: Write): Record<string, unknown> {
  const item = write.item.Put?.Item;
  if (!item) throw new Error('seeding only writes Put items');
  return item as Record<string, unknown>;
}

/** Bulk load without conditions (a fresh table): 25 items per BatchWrite, a few in flight, unprocessed items retried. */
export async function batchPut(store: Store, items: readonly Record<string, unknown>[]): Promise<void> {
  const chunks: Record<string, unknown>[][] = [];
  for (let i = 0; i < items.length; i += BATCH) chunks.push(items.slice(i, i + BATCH));
  let next = 0;
  const worker = async () => {
    while (next < chunks.length) {
      let pending = chunks[next++]!.map((Item) => ({ PutRequest: { Item } }));
      for (let attempt = 0; pending.length > 0; attempt++) {
        if (attempt > 0) await new Promise((r) => setTimeout(r, Math.min(1000, 20 * 2 ** attempt)));
        const out = await store.doc.send(new BatchWriteCommand({ RequestItems: { [store.tableName]: pending } }));
        pending = (out.UnprocessedItems?.[store.tableName] ?? []) as typeof pending;
      }
    }
  };
  await Promise.all(Array.from({ length: PARALLEL }, worker));
}
