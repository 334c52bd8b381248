import type { DynamoDBBatchResponse, DynamoDBStreamEvent } from 'aws-lambda';
import { settingsFromEnv } from '../commons/deployed-runtime';
import { ENV, requireEnv } from '../commons/env';
import { systemClock } from '../domain/shared/clock';
import { createStore } from '../store/client';
import { createRepositories } from '../store/repositories';
import { changeRecordOf, createAggregateConsumer, type AggregateConsumer } from './aggregates.consumer';

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

const store = createStore({ tableName: requireEnv(ENV.tableName), endpoint: process.env[ENV.dynamoEndpoint] || undefined });

export const handler = createAggregatesHandler(createAggregateConsumer(createRepositories(store, settingsFromEnv()), systemClock));
