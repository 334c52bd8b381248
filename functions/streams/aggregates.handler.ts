import { settingsFromEnv } from '../commons/deployed-runtime';
import { ENV, requireEnv } from '../commons/env';
import { systemClock } from '../domain/shared/clock';
import { createStore } from '../store/client';
import { createRepositories } from '../store/repositories';
import { createAggregateConsumer, createAggregatesHandler } from './aggregates.consumer';

const store = createStore({ tableName: requireEnv(ENV.tableName), endpoint: process.env[ENV.dynamoEndpoint] || undefined });

/** Lambda on the table's stream (DynamoEventSource with ReportBatchItemFailures; see infra/constructs/aggregates-consumer.ts). */
export const handler = createAggregatesHandler(createAggregateConsumer(createRepositories(store, settingsFromEnv()), systemClock));
