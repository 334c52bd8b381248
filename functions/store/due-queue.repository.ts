import { GetCommand, QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import type { Store } from './client';
import type { PageKey } from './cursor';
import { indexKeys, keys } from './keys';
import { INDEXES } from './table';

/**
 * The sweeps' work queue: the sparse DUE index, one partition per kind and day. A sweep reads the
 * buckets from its watermark (oldest day that may still hold work) to today, and only the entries
 * whose time has come, so its reads grow with the items due, never with the table.
 */
export class DueQueue {
  constructor(private readonly store: Store) {}

  async page(kind: string, day: string, nowIso: string, limit: number, startKey?: PageKey) {
    const out = await this.store.doc.send(
      new QueryCommand({
        TableName: this.store.tableName,
        IndexName: INDEXES.due.name,
        KeyConditionExpression: 'duePk = :pk AND dueSk <= :now',
        ExpressionAttributeValues: { ':pk': indexKeys.dueBucket(kind, day), ':now': `${nowIso}~` },
        Limit: limit,
        ExclusiveStartKey: startKey,
      }),
    );
    return { items: out.Items ?? [], nextKey: out.LastEvaluatedKey };
  }

  async watermark(kind: string): Promise<string | undefined> {
    const out = await this.store.doc.send(new GetCommand({ TableName: this.store.tableName, Key: keys.sweepState(kind) }));
    return out.Item?.watermarkDay as string | undefined;
  }

  /**
   * Where a new company's sweeps start reading: its first day. Without it a sweep's first run can
   * only guess how far back to look (a test clock may jump months ahead).
   */
  async initWatermark(kind: string, day: string): Promise<void> {
    await this.setWatermarkIf(kind, day, 'attribute_not_exists(watermarkDay)');
  }

  /** Moves the watermark forward only; an overlapping sweep that is behind cannot move it back. */
  async advanceWatermark(kind: string, day: string): Promise<void> {
    await this.setWatermarkIf(kind, day, 'attribute_not_exists(watermarkDay) OR watermarkDay < :day');
  }

  /** A failed condition is the expected outcome of a race, not an error. */
  private async setWatermarkIf(kind: string, day: string, condition: string): Promise<void> {
    try {
      await this.store.doc.send(
        new UpdateCommand({
          TableName: this.store.tableName,
          Key: keys.sweepState(kind),
          UpdateExpression: 'SET watermarkDay = :day, entity = :entity',
          ConditionExpression: condition,
          ExpressionAttributeValues: { ':day': day, ':entity': 'SweepState' },
        }),
      );
    } catch (error) {
      if (!(error instanceof ConditionalCheckFailedException)) throw error;
    }
  }
}
