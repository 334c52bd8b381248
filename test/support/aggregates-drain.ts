import { inject } from 'vitest';
import { createAggregateConsumer, type AggregateConsumer } from '../../functions/streams/aggregates.consumer';
import { StreamPoller } from '../../functions/streams/stream-poller';
import type { TestStack } from './test-stack';

/**
 * The deployed stream Lambda's stand-in for a test table: `drain()` feeds every record written so far
 * to the aggregate consumer, so reports can be asserted right after the writes, without sleeping.
 */
export function aggregatePoller(stack: TestStack, wrap: (consume: AggregateConsumer) => AggregateConsumer = (c) => c): StreamPoller {
  const { repos } = stack.runtime;
  return new StreamPoller({ endpoint: inject('dynamoEndpoint'), tableName: repos.store.tableName, consume: wrap(createAggregateConsumer(repos, stack.clock)) });
}
