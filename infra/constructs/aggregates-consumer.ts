import { Duration } from 'aws-cdk-lib';
import type { ITableV2 } from 'aws-cdk-lib/aws-dynamodb';
import { FilterCriteria, StartingPosition, type IFunction } from 'aws-cdk-lib/aws-lambda';
import { DynamoEventSource, SqsDlq } from 'aws-cdk-lib/aws-lambda-event-sources';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { AGGREGATED_ENTITIES } from '../../functions/streams/aggregate-contributions';
import { CrmFunction } from './crm-function';

export interface AggregatesConsumerProps {
  readonly companyId: string;
  readonly table: ITableV2;
  /** Absolute path of functions/streams/aggregates.handler.ts. */
  readonly entry: string;
  readonly environment: Record<string, string>;
}

/**
 * The report aggregates' writer: a Lambda on the table's stream. Only items of the aggregated
 * entities reach it (event filter on the old or new image's `entity`). A failing record is reported
 * (ReportBatchItemFailures) and retried with the records after it; each record's deltas carry an
 * idempotency marker, so retries never count twice. Records still failing after the retries, or older
 * than a day, go to an SQS queue with an alarm: replaying them is safe for the same reason.
 */
export class AggregatesConsumer extends Construct {
  readonly fn: IFunction;
  readonly failureQueue: Queue;

  constructor(scope: Construct, id: string, props: AggregatesConsumerProps) {
    super(scope, id);
    this.fn = new CrmFunction(this, 'Function', {
      companyId: props.companyId,
      name: 'aggregates',
      entry: props.entry,
      description: 'Report aggregates from the table stream (idempotent per record)',
      memorySize: 256,
      timeout: Duration.minutes(1),
      table: props.table,
      tableAccess: 'read-write',
      environment: props.environment,
    }).fn;

    this.failureQueue = new Queue(this, 'Failures', {
      queueName: `crm-${props.companyId}-aggregates-failures`,
      retentionPeriod: Duration.days(14),
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
    });

    const entities = [...AGGREGATED_ENTITIES];
    this.fn.addEventSource(
      new DynamoEventSource(props.table, {
        startingPosition: StartingPosition.TRIM_HORIZON,
        batchSize: 100,
        maxBatchingWindow: Duration.seconds(1),
        retryAttempts: 10,
        maxRecordAge: Duration.days(1),
        bisectBatchOnError: true,
        reportBatchItemFailures: true,
        onFailure: new SqsDlq(this.failureQueue),
        filters: [
          FilterCriteria.filter({ dynamodb: { NewImage: { entity: { S: entities } } } }),
          FilterCriteria.filter({ dynamodb: { OldImage: { entity: { S: entities } } } }),
        ],
      }),
    );
  }
}
