import { DescribeTableCommand, DynamoDBClient, UpdateTableCommand } from '@aws-sdk/client-dynamodb';
import { DescribeStreamCommand, DynamoDBStreamsClient, GetRecordsCommand, GetShardIteratorCommand, type _Record } from '@aws-sdk/client-dynamodb-streams';
import { changeRecordOf, type AggregateConsumer } from './aggregates.consumer';

export interface StreamPollerOptions {
  endpoint: string;
  tableName: string;
  consume: AggregateConsumer;
  /** Background polling period; absent = only `drain()` on demand (tests). */
  everyMs?: number;
  onError?: (error: unknown) => void;
}

interface ShardPosition {
  /** Last sequence number handed to the consumer successfully. */
  after?: string;
  iterator?: string;
}

/**
 * Local stand-in for the Lambda event source: reads DynamoDB Local's stream of the table and feeds
 * the same consumer. `drain()` processes everything written so far, so tests and the local server
 * see up-to-date reports without sleeping.
 */
export class StreamPoller {
  private readonly streams: DynamoDBStreamsClient;
  private readonly tables: DynamoDBClient;
  private readonly shards = new Map<string, ShardPosition>();
  private streamArn?: string;
  private timer?: NodeJS.Timeout;
  private running: Promise<number> | undefined;

  constructor(private readonly options: StreamPollerOptions) {
    const config = { endpoint: options.endpoint, region: 'cn-north-1', credentials: { accessKeyId: 'local', secretAccessKey: 'local' } };
    this.streams = new DynamoDBStreamsClient(config);
    this.tables = new DynamoDBClient(config);
  }

  start(): void {
    if (!this.options.everyMs || this.timer) return;
    this.timer = setInterval(() => {
      this.drain().catch((error) => (this.options.onError ?? console.error)(error));
    }, this.options.everyMs);
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    await this.running?.catch(() => undefined);
    this.streams.destroy();
    this.tables.destroy();
  }

  /** Feeds every pending record to the consumer; returns how many records were read. Concurrent calls share one pass. */
  async drain(): Promise<number> {
    while (this.running) await this.running.catch(() => undefined);
    this.running = this.drainOnce();
    try {
      return await this.running;
    } finally {
      this.running = undefined;
    }
  }

  private async drainOnce(): Promise<number> {
    const arn = await this.arn();
    let total = 0;
    for (;;) {
      let read = 0;
      const description = await this.streams.send(new DescribeStreamCommand({ StreamArn: arn }));
      for (const shard of description.StreamDescription?.Shards ?? []) read += await this.readShard(arn, shard.ShardId!);
      total += read;
      if (read === 0) return total;
    }
  }

  private async readShard(arn: string, shardId: string): Promise<number> {
    const position = this.shards.get(shardId) ?? {};
    this.shards.set(shardId, position);
    let read = 0;
    for (;;) {
      position.iterator ??= (
        await this.streams.send(
          new GetShardIteratorCommand({
            StreamArn: arn,
            ShardId: shardId,
            ...(position.after ? { ShardIteratorType: 'AFTER_SEQUENCE_NUMBER', SequenceNumber: position.after } : { ShardIteratorType: 'TRIM_HORIZON' }),
          }),
        )
      ).ShardIterator;
      if (!position.iterator) return read;
      let out;
      try {
        out = await this.streams.send(new GetRecordsCommand({ ShardIterator: position.iterator, Limit: 1000 }));
      } catch (error) {
        // Iterators expire after 15 minutes of idling: start again after the last record consumed.
        position.iterator = undefined;
        if ((error as Error).name === 'ExpiredIteratorException') continue;
        throw error;
      }
      const records: _Record[] = out.Records ?? [];
      if (records.length > 0) {
        const result = await this.options.consume(records.map((r) => changeRecordOf(r as never)));
        if (result.failed) {
          const lastGood = records[result.failed.index - 1]?.dynamodb?.SequenceNumber;
          if (lastGood) position.after = lastGood;
          position.iterator = undefined;
          throw result.failed.error;
        }
        position.after = records[records.length - 1]?.dynamodb?.SequenceNumber ?? position.after;
        read += records.length;
      }
      position.iterator = out.NextShardIterator;
      if (records.length === 0) return read;
    }
  }

  private async arn(): Promise<string> {
    if (!this.streamArn) {
      let table = (await this.tables.send(new DescribeTableCommand({ TableName: this.options.tableName }))).Table;
      if (!table?.StreamSpecification?.StreamEnabled) {
        // A local table made before streams were switched on: switch them on; earlier items are not aggregated.
        console.warn(`Enabling the stream of ${this.options.tableName}: reports count only changes made from now on`);
        await this.tables.send(new UpdateTableCommand({ TableName: this.options.tableName, StreamSpecification: { StreamEnabled: true, StreamViewType: 'NEW_AND_OLD_IMAGES' } }));
        table = (await this.tables.send(new DescribeTableCommand({ TableName: this.options.tableName }))).Table;
      }
      const arn = table?.LatestStreamArn;
      if (!arn) throw new Error(`Table ${this.options.tableName} has no stream`);
      this.streamArn = arn;
    }
    return this.streamArn;
  }
}
