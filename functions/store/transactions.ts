import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { TransactWriteCommand, type TransactWriteCommandInput } from '@aws-sdk/lib-dynamodb';
import { COMMON_ERRORS, CrmError } from '../domain/shared/errors';
import type { Store } from './client';

type TransactItem = NonNullable<TransactWriteCommandInput['TransactItems']>[number];

/** A transaction item plus the domain error to raise when its condition fails. */
export interface Write {
  item: TransactItem;
  onConditionFailed?: (existing?: Record<string, unknown>) => Error;
}

const MAX_ATTEMPTS = 10;

function jitteredBackoff(attempt: number): number {
  return Math.random() * Math.min(1000, 20 * 2 ** attempt);
}

/** Waits a random time that grows with the attempt (up to 1 s), so writers who collided spread out. */
export function pauseBeforeRetry(attempt: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, jitteredBackoff(attempt)));
}

/**
 * Writes all or nothing. A failed condition becomes the domain error of the item that failed;
 * conflicts with other transactions are retried with jittered backoff, then reported as retryable.
 */
export async function transact(store: Store, writes: Write[]): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await store.doc.send(
        new TransactWriteCommand({
          TransactItems: writes.map((w) => withReturnOnFailure(w.item)),
        }),
      );
      return;
    } catch (error) {
      if (!(error instanceof TransactionCanceledException)) throw error;
      const reasons = error.CancellationReasons ?? [];
      const failed = reasons.findIndex((r) => r.Code === 'ConditionalCheckFailed');
      if (failed >= 0) {
        const write = writes[failed];
        throw write?.onConditionFailed?.(unmarshallLoose(reasons[failed]?.Item)) ?? new CrmError(COMMON_ERRORS.busy);
      }
      if (attempt >= MAX_ATTEMPTS) throw new CrmError(COMMON_ERRORS.busy);
      await pauseBeforeRetry(attempt);
    }
  }
}

function withReturnOnFailure(item: TransactItem): TransactItem {
  const [kind, body] = Object.entries(item)[0] as [string, Record<string, unknown>];
  if (!body.ConditionExpression) return item;
  return { [kind]: { ...body, ReturnValuesOnConditionCheckFailure: 'ALL_OLD' } } as TransactItem;
}

/** Cancellation reasons carry raw attribute values; the few callers that read them need plain ones. */
function unmarshallLoose(item: Record<string, unknown> | undefined): Record<string, unknown> | undefined {
  if (!item) return undefined;
  const plain: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(item)) {
    const v = value as Record<string, unknown>;
    plain[name] = v.S ?? (v.N !== undefined ? Number(v.N) : v.BOOL ?? v);
  }
  return plain;
}

export type { TransactItem };
