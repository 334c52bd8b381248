import { GetCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { COMMON_ERRORS, CrmError } from '../domain/shared/errors';
import type { Store } from './client';
import { keys } from './keys';
import { pauseBeforeRetry, transact, type Write } from './transactions';

class SequenceMoved extends Error {}

const MAX_ATTEMPTS = 40;

/**
 * Gap-free numbering: the counter moves from n to n+1 only in the same transaction that writes the
 * record numbered n+1, guarded by `value = n`. Racing writers retry with the fresh value.
 */
export async function transactWithSequence(store: Store, name: string, build: (next: number) => Write[]): Promise<number> {
  const key = keys.sequence(name);
  for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
    const current = await store.doc.send(new GetCommand({ TableName: store.tableName, Key: key, ConsistentRead: true }));
    const value = (current.Item?.value as number | undefined) ?? 0;
    const next = value + 1;
    const bump: Write = {
      item: {
        Update: {
          TableName: store.tableName,
          Key: key,
          UpdateExpression: 'SET #v = :next, entity = :entity',
          ConditionExpression: value === 0 ? 'attribute_not_exists(#v)' : '#v = :value',
          ExpressionAttributeNames: { '#v': 'value' },
          ExpressionAttributeValues: { ':next': next, ':entity': 'Sequence', ...(value === 0 ? {} : { ':value': value }) },
        },
      },
      onConditionFailed: () => new SequenceMoved(),
    };
    try {
      await transact(store, [bump, ...build(next)]);
      return next;
    } catch (error) {
      if (!(error instanceof SequenceMoved) && !(error instanceof CrmError && error.code === 'RETRYABLE')) throw error;
      await pauseBeforeRetry(Math.min(attempt, 5));
    }
  }
  throw new CrmError(COMMON_ERRORS.busy);
}

/**
 * A unique, increasing number without the gap-free guarantee: one atomic ADD, no contention
 * retries. For codes where a gap after a failed create is harmless (customer codes).
 */
export async function allocateNumber(store: Store, name: string): Promise<number> {
  const out = await store.doc.send(
    new UpdateCommand({
      TableName: store.tableName,
      Key: keys.sequence(name),
      UpdateExpression: 'ADD #v :one SET entity = :entity',
      ExpressionAttributeNames: { '#v': 'value' },
      ExpressionAttributeValues: { ':one': 1, ':entity': 'Sequence' },
      ReturnValues: 'UPDATED_NEW',
    }),
  );
  return Number(out.Attributes?.value);
}
