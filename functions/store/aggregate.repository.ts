import type { QueryCommandInput } from '@aws-sdk/lib-dynamodb';
import { batchGet, queryAll } from './bulk';
import type { BucketRun } from '../domain/reports/calendar';
import { DEPARTMENT_TOTAL, type AggregateDelta, type AggregateRow, type AggregateScope, type Family } from '../domain/reports/aggregate.types';
import type { Store } from './client';
import { reportIndexKeys, reportKeys } from './keys';
import { INDEXES, TTL_ATTRIBUTE } from './table';
import { transact, type Write } from './transactions';

/** How long a stream record's "applied" marker is kept: well past the stream's 24-hour retention and Lambda's retries. */
const MARKER_DAYS = 7;
/** Updates per transaction next to the marker (DynamoDB allows 100 items). */
const CHUNK = 48;

class AlreadyApplied extends Error {}

export type ApplyOutcome = 'applied' | 'duplicate' | 'empty';

/** Merges deltas that hit the same row: a transaction may touch each item once. */
export function mergeDeltas(deltas: readonly AggregateDelta[]): AggregateDelta[] {
  const byRow = new Map<string, AggregateDelta>();
  for (const d of deltas) {
    const key = `${d.family}|${d.bucket}|${d.path}|${d.ownerId}`;
    const row = byRow.get(key) ?? { ...d, add: {} };
    for (const [name, value] of Object.entries(d.add)) row.add[name] = (row.add[name] ?? 0) + value;
    byRow.set(key, row);
  }
  return [...byRow.values()]
    .map((d) => ({ ...d, add: Object.fromEntries(Object.entries(d.add).filter(([, v]) => v !== 0)) }))
    .filter((d) => Object.keys(d.add).length > 0);
}

/** A whole aggregate row as one item, for bulk loads into an empty table (the bench); the consumer only ever ADDs. */
export function aggregateRowItem(d: AggregateDelta): Record<string, unknown> {
  return { ...keyOf(d), entity: 'Aggregate', family: d.family, bucket: d.bucket, ownerId: d.ownerId, ownerDeptPath: d.path, ...ownerIndex(d), ...d.add };
}

/** A rep's (or pool's) row, or a department-total row. */
function keyOf(d: Pick<AggregateDelta, 'family' | 'bucket' | 'path' | 'ownerId'>) {
  return d.ownerId === DEPARTMENT_TOTAL ? reportKeys.departmentTotal(d.family, d.bucket, d.path) : reportKeys.aggregate(d.family, d.bucket, d.path, d.ownerId);
}

/** Owner rows are also listed per owner on GSI1 (rep-scope reports); department totals are read by key. */
function ownerIndex(d: AggregateDelta): Record<string, string> {
  return d.ownerId === DEPARTMENT_TOTAL ? {} : { gsi1pk: reportIndexKeys.aggregatesOfOwner(d.ownerId, d.family), gsi1sk: d.bucket };
}

/**
 * The report aggregates: ADD-only counter rows, written by the stream consumer and read by the
 * reports with one Query per bucket (or per bucket run for one rep).
 */
export class AggregateRepository {
  constructor(private readonly store: Store) {}

  /**
   * Applies one stream record's deltas exactly once: each transaction puts a marker
   * `AGGAPPLIED#<eventId>` (condition: absent) next to its ADDs, so a redelivered record fails the
   * condition and changes nothing.
   */
  async applyOnce(eventId: string, deltas: readonly AggregateDelta[], now: Date): Promise<ApplyOutcome> {
    const merged = mergeDeltas(deltas);
    if (merged.length === 0) return 'empty';
    let applied = 0;
    for (let chunk = 0; chunk * CHUNK < merged.length; chunk++) {
      try {
        await transact(this.store, [this.marker(eventId, chunk, now), ...merged.slice(chunk * CHUNK, (chunk + 1) * CHUNK).map((d) => this.update(d))]);
        applied++;
      } catch (error) {
        if (!(error instanceof AlreadyApplied)) throw error;
      }
    }
    return applied > 0 ? 'applied' : 'duplicate';
  }

  private marker(eventId: string, chunk: number, now: Date): Write {
    return {
      item: {
        Put: {
          TableName: this.store.tableName,
          Item: { ...reportKeys.aggregateApplied(eventId, chunk), entity: 'AggregateApplied', at: now.toISOString(), [TTL_ATTRIBUTE]: Math.floor(now.getTime() / 1000) + MARKER_DAYS * 86_400 },
          ConditionExpression: 'attribute_not_exists(PK)',
        },
      },
      onConditionFailed: () => new AlreadyApplied(),
    };
  }

  private update(d: AggregateDelta): Write {
    // Every name goes through a placeholder: `family`, `bucket`… are DynamoDB reserved words.
    const names: Record<string, string> = { '#entity': 'entity', '#family': 'family', '#bucket': 'bucket', '#owner': 'ownerId', '#path': 'ownerDeptPath' };
    const values: Record<string, unknown> = { ':entity': 'Aggregate', ':family': d.family, ':bucket': d.bucket, ':owner': d.ownerId, ':path': d.path };
    const sets = ['#entity = :entity', '#family = :family', '#bucket = :bucket', '#owner = :owner', '#path = :path'];
    const index = ownerIndex(d);
    if (index.gsi1pk) {
      Object.assign(names, { '#g1pk': 'gsi1pk', '#g1sk': 'gsi1sk' });
      values[':g1pk'] = index.gsi1pk;
      sets.push('#g1pk = :g1pk', '#g1sk = :bucket');
    }
    const adds = Object.entries(d.add).map(([name, value], i) => {
      names[`#c${i}`] = name;
      values[`:c${i}`] = value;
      return `#c${i} :c${i}`;
    });
    return {
      item: {
        Update: {
          TableName: this.store.tableName,
          Key: keyOf(d),
          UpdateExpression: `ADD ${adds.join(', ')} SET ${sets.join(', ')}`,
          ExpressionAttributeNames: names,
          ExpressionAttributeValues: values,
        },
      },
    };
  }

  /** Rows of the family in the buckets for the scope: one Query per bucket (per run of buckets for one rep). */
  async rows(family: Family, runs: readonly BucketRun[] | readonly string[], scope: AggregateScope): Promise<AggregateRow[]> {
    const runList: string[][] = runs.map((r) => (typeof r === 'string' ? [r] : r.buckets)).filter((b) => b.length > 0);
    if (scope.kind === 'OWNER') {
      const pages = await Promise.all(
        runList.map((buckets) =>
          this.queryAll({
            IndexName: INDEXES.byOwner.name,
            KeyConditionExpression: 'gsi1pk = :pk AND gsi1sk BETWEEN :from AND :to',
            ExpressionAttributeValues: { ':pk': reportIndexKeys.aggregatesOfOwner(scope.userId, family), ':from': buckets[0], ':to': buckets[buckets.length - 1] },
          }),
        ),
      );
      return pages.flat();
    }
    const buckets = runList.flat();
    const pages = await Promise.all(buckets.map((bucket) => this.queryAll(bucketQuery(family, bucket, scope.kind === 'SUBTREE' ? scope.path : undefined))));
    return pages.flat();
  }

  /** The department-total rows of one department path in the buckets: one BatchGet per 100 buckets. */
  async totals(family: Family, runs: readonly BucketRun[] | readonly string[], path: string): Promise<AggregateRow[]> {
    const buckets = runs.flatMap((r) => (typeof r === 'string' ? [r] : r.buckets));
    const items = await batchGet(this.store, buckets.map((bucket) => reportKeys.departmentTotal(family, bucket, path)));
    return items.map(rowOf);
  }

  /** Rows whose path starts with the prefix (the pools' `~POOL/`), in one bucket. */
  async rowsUnder(family: Family, bucket: string, pathPrefix: string): Promise<AggregateRow[]> {
    return this.queryAll(bucketQuery(family, bucket, pathPrefix));
  }

  private async queryAll(input: Omit<QueryCommandInput, 'TableName'>): Promise<AggregateRow[]> {
    return (await queryAll(this.store, input)).map((item) => rowOf(item));
  }
}

function bucketQuery(family: Family, bucket: string, pathPrefix: string | undefined): Omit<QueryCommandInput, 'TableName'> {
  const pk = reportKeys.aggregate(family, bucket, '', '').PK;
  return pathPrefix
    ? { KeyConditionExpression: 'PK = :pk AND begins_with(SK, :path)', ExpressionAttributeValues: { ':pk': pk, ':path': pathPrefix } }
    : { KeyConditionExpression: 'PK = :pk', ExpressionAttributeValues: { ':pk': pk } };
}

function rowOf(item: Record<string, unknown>): AggregateRow {
  const counters: Record<string, number> = {};
  for (const [name, value] of Object.entries(item)) if (typeof value === 'number' && name !== TTL_ATTRIBUTE) counters[name] = value;
  return { family: item.family as Family, bucket: String(item.bucket), ownerId: String(item.ownerId), path: String(item.ownerDeptPath), counters };
}
