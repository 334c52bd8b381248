import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { DeliveryAlreadyQueued } from '../domain/reminders/reminder.errors';
import type { Delivery, DeliveryFailure } from '../domain/reminders/reminder.types';
import type { Store } from './client';
import { resumeKeyOf, type Page, type PageKey } from './cursor';
import { fromItem } from './item-codec';
import { activityIndexKeys, activityKeys } from './keys';
import { epochSeconds, reminderDueKeys } from './reminder-due';
import { INDEXES, TTL_ATTRIBUTE } from './table';
import type { Write } from './transactions';

/** Sent messages are kept a week: far beyond the 24-hour retry window of the scheduler. */
const SENT_RETENTION_S = 7 * 86_400;
const FAILED_RETENTION_S = 90 * 86_400;


export function deliveryKey(d: Pick<Delivery, 'occurrenceKey' | 'channel'>) {
  return activityKeys.delivery(d.occurrenceKey, d.channel);
}

function deliveryItem(d: Delivery, now: string): Record<string, unknown> {
  const item: Record<string, unknown> = { ...deliveryKey(d), entity: 'Delivery', ...d };
  if (d.status === 'PENDING') Object.assign(item, reminderDueKeys(d.sendAfter, `M:${d.id}`, now));
  if (d.status === 'FAILED') Object.assign(item, failedIndex(d.failedAt ?? now, d.id));
  return item;
}

function failedIndex(failedAt: string, id: string) {
  return { gsi1pk: activityIndexKeys.failedDeliveries, gsi1sk: `${failedAt}#${id}`, [TTL_ATTRIBUTE]: epochSeconds(failedAt) + FAILED_RETENTION_S };
}

/**
 * The outbox: one record per message with a state machine PENDING → SENDING → SENT | PENDING (retry) | FAILED.
 * Each transition is one conditional update, so two sweeps never both send a message.
 */
export class DeliveryRepository {
  constructor(private readonly store: Store) {}

  private get table(): string {
    return this.store.tableName;
  }

  /** Queues a message once: a second write of the same idempotency key fails. */
  enqueue(d: Delivery, now: string): Write {
    return {
      item: { Put: { TableName: this.table, Item: deliveryItem(d, now), ConditionExpression: 'attribute_not_exists(PK)' } },
      onConditionFailed: () => new DeliveryAlreadyQueued(d.id),
    };
  }

  /** PENDING → SENDING with a lease; true when this caller won the message. */
  async claim(d: Delivery, now: string, leaseUntil: string): Promise<boolean> {
    const due = reminderDueKeys(leaseUntil, `M:${d.id}`, now);
    return this.transition(d, {
      update: 'SET #status = :sending, attempts = :next, leaseUntil = :lease, duePk = :duePk, dueSk = :dueSk',
      condition: '#status = :pending AND attempts = :attempts',
      values: { ':sending': 'SENDING', ':pending': 'PENDING', ':next': d.attempts + 1, ':attempts': d.attempts, ':lease': leaseUntil, ':duePk': due.duePk, ':dueSk': due.dueSk },
    });
  }

  /** SENDING (attempt n, ours) → SENT; kept for the duplicate-suppression window, then expired by TTL. */
  async markSent(d: Delivery, attempt: number, now: string): Promise<boolean> {
    return this.transition(d, {
      update: 'SET #status = :sent, sentAt = :now, #ttl = :ttl REMOVE leaseUntil, duePk, dueSk, gsi1pk, gsi1sk, failure',
      condition: 'attempts = :attempt',
      values: { ':sent': 'SENT', ':now': now, ':ttl': epochSeconds(now) + SENT_RETENTION_S, ':attempt': attempt },
    });
  }

  /** SENDING (attempt n) → PENDING again after a backoff. */
  async markRetry(d: Delivery, attempt: number, sendAfter: string, error: string, now: string): Promise<boolean> {
    const due = reminderDueKeys(sendAfter, `M:${d.id}`, now);
    return this.transition(d, {
      update: 'SET #status = :pending, sendAfter = :after, lastError = :error, duePk = :duePk, dueSk = :dueSk REMOVE leaseUntil',
      condition: '#status = :sending AND attempts = :attempt',
      values: { ':pending': 'PENDING', ':sending': 'SENDING', ':after': sendAfter, ':error': error, ':attempt': attempt, ':duePk': due.duePk, ':dueSk': due.dueSk },
    });
  }

  /** → FAILED, listed for admins. `from` is the status this caller saw, `attempt` the attempt it saw. */
  async markFailed(d: Delivery, from: 'SENDING' | 'PENDING', attempt: number, failure: DeliveryFailure, error: string, now: string): Promise<boolean> {
    const index = failedIndex(now, d.id);
    return this.transition(d, {
      update: 'SET #status = :failed, failure = :failure, lastError = :error, failedAt = :now, gsi1pk = :g1pk, gsi1sk = :g1sk, #ttl = :ttl REMOVE leaseUntil, duePk, dueSk',
      condition: '#status = :from AND attempts = :attempt',
      values: {
        ':failed': 'FAILED',
        ':from': from,
        ':attempt': attempt,
        ':failure': failure,
        ':error': error,
        ':now': now,
        ':g1pk': index.gsi1pk,
        ':g1sk': index.gsi1sk,
        ':ttl': index[TTL_ATTRIBUTE],
      },
    });
  }

  /** Failed deliveries, newest first: one Query on the sparse GSI1 partition. */
  async listFailed(limit: number, startKey?: PageKey): Promise<Page<Delivery>> {
    const out = await this.store.doc.send(
      new QueryCommand({
        TableName: this.table,
        IndexName: INDEXES.byOwner.name,
        KeyConditionExpression: 'gsi1pk = :pk',
        ExpressionAttributeValues: { ':pk': activityIndexKeys.failedDeliveries },
        ScanIndexForward: false,
        Limit: limit,
        ExclusiveStartKey: startKey,
      }),
    );
    const items = out.Items ?? [];
    return { items: items.map((i) => fromItem<Delivery>(i)), itemKeys: items.map((i) => resumeKeyOf(i, INDEXES.byOwner)), nextKey: out.LastEvaluatedKey };
  }

  private async transition(d: Delivery, t: { update: string; condition: string; values: Record<string, unknown> }): Promise<boolean> {
    const names: Record<string, string> = { '#status': 'status' };
    if (t.update.includes('#ttl')) names['#ttl'] = TTL_ATTRIBUTE;
    try {
      await this.store.doc.send(
        new UpdateCommand({
          TableName: this.table,
          Key: deliveryKey(d),
          UpdateExpression: t.update,
          ConditionExpression: `attribute_exists(PK) AND ${t.condition}`,
          ExpressionAttributeNames: names,
          ExpressionAttributeValues: t.values,
        }),
      );
      return true;
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) return false;
      throw error;
    }
  }
}
