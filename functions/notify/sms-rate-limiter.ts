import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { Store } from '../store/client';
import { activityKeys } from '../store/keys';
import { TTL_ATTRIBUTE } from '../store/table';

export interface SendRateLimiter {
  /** Resolves when one more message may be sent. */
  acquire(): Promise<void>;
}

export interface LimiterTiming {
  nowMs(): number;
  sleep(ms: number): Promise<void>;
}

const realTiming: LimiterTiming = {
  nowMs: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

/**
 * The company's SMS send rate, shared by every sweep that runs at the same time: a counter per
 * wall-clock second in the table, taken with a conditional update (SNS counts SMS throughput per
 * sending number, often only a few per second). Uses real time, never the business clock.
 */
export class DynamoSmsRateLimiter implements SendRateLimiter {
  constructor(
    private readonly store: Store,
    private readonly perSecond: number,
    private readonly timing: LimiterTiming = realTiming,
  ) {}

  async acquire(): Promise<void> {
    for (;;) {
      const second = Math.floor(this.timing.nowMs() / 1000);
      try {
        await this.store.doc.send(
          new UpdateCommand({
            TableName: this.store.tableName,
            Key: activityKeys.smsRateWindow(second),
            UpdateExpression: 'ADD used :one SET #ttl = :ttl, entity = :entity',
            ConditionExpression: 'attribute_not_exists(used) OR used < :limit',
            ExpressionAttributeNames: { '#ttl': TTL_ATTRIBUTE },
            ExpressionAttributeValues: { ':one': 1, ':limit': this.perSecond, ':ttl': second + 3600, ':entity': 'SmsRateWindow' },
          }),
        );
        return;
      } catch (error) {
        if (!(error instanceof ConditionalCheckFailedException)) throw error;
        await this.timing.sleep(Math.max(1, (second + 1) * 1000 - this.timing.nowMs()));
      }
    }
  }
}

export const unlimited: SendRateLimiter = { acquire: async () => undefined };
