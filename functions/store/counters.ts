import { BatchGetCommand } from '@aws-sdk/lib-dynamodb';
import type { Store } from './client';
import { keys } from './keys';
import type { Write } from './transactions';
import { CUSTOMER_ERRORS } from '../domain/customers/customer.errors';
import { CrmError } from '../domain/shared/errors';
import { POOL_ERRORS } from '../domain/pools/pool.errors';

const COUNTERS = ['owned', 'hot', 'locked'] as const;
type CounterName = (typeof COUNTERS)[number];

export type CounterDelta = Partial<Record<CounterName, number>>;
export type CounterCaps = Partial<Record<CounterName, number>>;

/**
 * Per-user counters (owned, hot and locked customers) changed in the same transaction as the change they
 * count, with their caps in the condition, so racing requests can never overrun a cap. One Update
 * per user per transaction (DynamoDB allows one operation per item).
 */
export class OwnerCounters {
  constructor(private readonly store: Store) {}

  /** Owned counts of several users: one BatchGet. */
  async owned(userIds: string[]): Promise<Map<string, number>> {
    const counts = new Map<string, number>();
    for (let i = 0; i < userIds.length; i += 100) {
      const out = await this.store.doc.send(
        new BatchGetCommand({ RequestItems: { [this.store.tableName]: { Keys: userIds.slice(i, i + 100).map((id) => keys.userCounters(id)) } } }),
      );
      for (const item of out.Responses?.[this.store.tableName] ?? []) counts.set(String(item.PK).slice('USER#'.length), Number(item.owned ?? 0));
    }
    return counts;
  }

  change(userId: string, delta: CounterDelta, caps: CounterCaps = {}): Write {
    const adds: string[] = [];
    const conditions: string[] = [];
    const values: Record<string, unknown> = { ':entity': 'UserCounters' };
    for (const name of COUNTERS) {
      const by = delta[name];
      if (!by) continue;
      adds.push(`${name} :${name}`);
      values[`:${name}`] = by;
      const cap = caps[name];
      if (by > 0 && cap !== undefined) {
        conditions.push(`(attribute_not_exists(${name}) OR ${name} <= :${name}Limit)`);
        values[`:${name}Limit`] = cap - by;
      }
    }
    return {
      item: {
        Update: {
          TableName: this.store.tableName,
          Key: keys.userCounters(userId),
          UpdateExpression: `ADD ${adds.join(', ')} SET entity = :entity`,
          ...(conditions.length ? { ConditionExpression: conditions.join(' AND ') } : {}),
          ExpressionAttributeValues: values,
        },
      },
      onConditionFailed: (existing) => {
        const full = (name: CounterName) => caps[name] !== undefined && Number(existing?.[name] ?? 0) + (delta[name] ?? 0) > caps[name]!;
        if (full('owned')) return new CrmError(CUSTOMER_ERRORS.ownedCapReached, { cap: caps.owned });
        if (full('locked')) return new CrmError(POOL_ERRORS.lockCapReached, { cap: caps.locked });
        return new CrmError(CUSTOMER_ERRORS.hotCapReached, { cap: caps.hot });
      },
    };
  }
}
