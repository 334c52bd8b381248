import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import type { DynamoDBBatchResponse, DynamoDBStreamEvent } from 'aws-lambda';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import { UNKNOWN_PATH, withDepartmentTotals, type AggregateDelta } from '../domain/reports/aggregate.types';
import type { Clock } from '../domain/shared/clock';
import type { Repositories } from '../store/repositories';
import { AGGREGATED_ENTITIES, contributionsOf, transitionsOf, usersToResolve, type ContributionEnv, type Item } from './aggregate-contributions';

/** One change of one item, as DynamoDB Streams (Lambda or the local poller) delivers it. */
export interface ChangeRecord {
  /** The stream record's eventID: unique per record, the same when redelivered. */
  eventId: string;
  oldImage?: Item;
  newImage?: Item;
}

type RawImage = Record<string, unknown> | undefined;

/** Lambda's and the Streams API's record shapes are the same JSON; images arrive in DynamoDB's typed form. */
export function changeRecordOf(record: { eventID?: string; dynamodb?: { OldImage?: RawImage; NewImage?: RawImage } }): ChangeRecord {
  const image = (raw: RawImage) => (raw ? (unmarshall(repairEmptyMaps(raw) as Record<string, AttributeValue>) as Item) : undefined);
  return { eventId: String(record.eventID), oldImage: image(record.dynamodb?.OldImage), newImage: image(record.dynamodb?.NewImage) };
}

/** The Streams client deserialises an empty map `{ M: {} }` as `{}`; put the map back so unmarshall accepts it. */
function repairEmptyMaps(image: Record<string, unknown>): Record<string, unknown> {
  const repair = (value: unknown): unknown => {
    if (typeof value !== 'object' || value === null) return value;
    const v = value as Record<string, unknown>;
    if (Object.keys(v).length === 0) return { M: {} };
    if (v.M && typeof v.M === 'object') return { M: repairEmptyMaps(v.M as Record<string, unknown>) };
    if (Array.isArray(v.L)) return { L: v.L.map(repair) };
    return v;
  };
  return Object.fromEntries(Object.entries(image).map(([name, value]) => [name, repair(value)]));
}

const AGGREGATED = new Set<string>(AGGREGATED_ENTITIES);
const isAggregated = (r: ChangeRecord) => AGGREGATED.has(String(r.newImage?.entity ?? r.oldImage?.entity ?? ''));

/** contribution(new) − contribution(old), plus the 五级分类 transition the change made, on the rep's rows and their departments' totals. */
export function deltasOf(record: ChangeRecord, env: ContributionEnv): AggregateDelta[] {
  const added = contributionsOf(record.newImage, env);
  const removed = contributionsOf(record.oldImage, env).map((d) => ({ ...d, add: Object.fromEntries(Object.entries(d.add).map(([k, v]) => [k, -v])) }));
  return withDepartmentTotals([...added, ...removed, ...transitionsOf(record.oldImage, record.newImage, env)]);
}

export interface ConsumeResult {
  applied: number;
  duplicates: number;
  ignored: number;
  /** The first record that could not be applied; it and every later record must be redelivered. */
  failed?: { index: number; eventId: string; error: unknown };
}

/**
 * The aggregate consumer: turns a batch of stream records into aggregate deltas and applies each
 * record's deltas exactly once (AggregateRepository.applyOnce), in stream order. Safe to feed the same
 * record any number of times, from Lambda retries or a restarted local poller.
 */
export function createAggregateConsumer(repos: Repositories, clock: Clock) {
  return async function consume(records: readonly ChangeRecord[]): Promise<ConsumeResult> {
    const result: ConsumeResult = { applied: 0, duplicates: 0, ignored: 0 };
    const relevant = records.filter(isAggregated);
    result.ignored = records.length - relevant.length;
    if (relevant.length === 0) return result;
    let env: ContributionEnv;
    try {
      const settings = await repos.settings.get();
      const userIds = [...new Set(relevant.flatMap((r) => [...usersToResolve(r.oldImage), ...usersToResolve(r.newImage)]))];
      const users = userIds.length > 0 ? await repos.users.getMany(userIds) : new Map();
      env = { timeZone: settings.timeZone, pathOf: (id) => users.get(id)?.departmentPath ?? UNKNOWN_PATH };
    } catch (error) {
      const first = relevant[0]!;
      return { ...result, failed: { index: records.indexOf(first), eventId: first.eventId, error } };
    }
    for (const record of relevant) {
      try {
        const outcome = await repos.aggregates.applyOnce(record.eventId, deltasOf(record, env), clock.now());
        if (outcome === 'duplicate') result.duplicates++;
        else if (outcome === 'applied') result.applied++;
        else result.ignored++;
      } catch (error) {
        return { ...result, failed: { index: records.indexOf(record), eventId: record.eventId, error } };
      }
    }
    return result;
  };
}

export type AggregateConsumer = ReturnType<typeof createAggregateConsumer>;

/**
 * Lambda on the table's stream (DynamoEventSource, ReportBatchItemFailures): applies each record's
 * aggregate deltas once. On a failure it reports that record, so Lambda retries from it; records
 * already applied before it are skipped by their markers when they come again.
 */
export function createAggregatesHandler(consume: AggregateConsumer) {
  return async (event: DynamoDBStreamEvent): Promise<DynamoDBBatchResponse> => {
    const records = event.Records.map((r) => changeRecordOf(r as never));
    const result = await consume(records);
    if (!result.failed) return { batchItemFailures: [] };
    console.error('aggregate consumer failed', result.failed.eventId, result.failed.error);
    const sequenceNumber = event.Records[result.failed.index]?.dynamodb?.SequenceNumber ?? '';
    return { batchItemFailures: [{ itemIdentifier: sequenceNumber }] };
  };
}
