import { GetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { defaultPool } from '../domain/pools/pool.rules';
import { DEFAULT_POOL_ID, type Pool } from '../domain/pools/pool.types';
import { POOL_ERRORS } from '../domain/pools/pool.errors';
import type { CompanySettings } from '../domain/settings/settings.types';
import { COMMON_ERRORS, CrmError } from '../domain/shared/errors';
import type { Store } from './client';
import { fromItem } from './item-codec';
import { keys } from './keys';
import { INDEXES, TTL_ATTRIBUTE } from './table';
import type { Write } from './transactions';

const POOLS = 'POOLS';

/** Pools, their per-rep daily counters, and the round-robin tickets of assignment rules. */
export class PoolRepository {
  constructor(private readonly store: Store) {}

  private get table(): string {
    return this.store.tableName;
  }

  /** The default pool exists implicitly (company settings) until an admin edits it. */
  async get(id: string, settings: CompanySettings, now: string): Promise<Pool | undefined> {
    const out = await this.store.doc.send(new GetCommand({ TableName: this.table, Key: keys.pool(id) }));
    if (out.Item) return fromItem<Pool>(out.Item);
    return id === DEFAULT_POOL_ID ? defaultPool(settings, now) : undefined;
  }

  /** All pools of the company: one Query (a company has a handful). */
  async list(settings: CompanySettings, now: string): Promise<Pool[]> {
    const out = await this.store.doc.send(
      new QueryCommand({
        TableName: this.table,
        IndexName: INDEXES.byDepartment.name,
        KeyConditionExpression: 'gsi2pk = :pk',
        ExpressionAttributeValues: { ':pk': POOLS },
      }),
    );
    const pools = (out.Items ?? []).map((i) => fromItem<Pool>(i));
    return pools.some((p) => p.id === DEFAULT_POOL_ID) ? pools : [defaultPool(settings, now), ...pools];
  }

  put(pool: Pool, expectedVersion: number | undefined): Write {
    return {
      item: {
        Put: {
          TableName: this.table,
          Item: { ...keys.pool(pool.id), entity: 'Pool', gsi2pk: POOLS, gsi2sk: pool.id, ...pool },
          ...(expectedVersion === undefined || expectedVersion === 0
            ? { ConditionExpression: 'attribute_not_exists(PK)' }
            : { ConditionExpression: 'version = :v', ExpressionAttributeValues: { ':v': expectedVersion } }),
        },
      },
      onConditionFailed: () =>
        expectedVersion === undefined ? new CrmError(POOL_ERRORS.poolExists, { id: pool.id }) : new CrmError(COMMON_ERRORS.staleVersion, { entity: '公海' }),
    };
  }

  /** A per-rep, per-pool, per-day count guarded by its cap: 20 racing claims with cap 5 → exactly 5. */
  countDaily(kind: 'CLAIMS' | 'OPENS', userId: string, poolId: string, day: string, cap: number, expiresAt: number): Write {
    return {
      item: {
        Update: {
          TableName: this.table,
          Key: keys.dailyCounter(kind, userId, poolId, day),
          UpdateExpression: 'ADD n :one SET entity = :entity, #ttl = :ttl',
          ConditionExpression: 'attribute_not_exists(n) OR n < :cap',
          ExpressionAttributeNames: { '#ttl': TTL_ATTRIBUTE },
          ExpressionAttributeValues: { ':one': 1, ':cap': cap, ':entity': 'DailyCounter', ':ttl': expiresAt },
        },
      },
      onConditionFailed: () => new CrmError(kind === 'CLAIMS' ? POOL_ERRORS.dailyClaimCap : POOL_ERRORS.dailyOpenCap, { cap }),
    };
  }
}
