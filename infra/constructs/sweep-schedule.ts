import { Duration } from 'aws-cdk-lib';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { ContextAttribute, Schedule, type IScheduleGroup, ScheduleExpression, ScheduleTargetInput } from 'aws-cdk-lib/aws-scheduler';
import { LambdaInvoke } from 'aws-cdk-lib/aws-scheduler-targets';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';

export const SWEEP_EVENT_SOURCE = 'crm.scheduler';

export interface SweepScheduleProps {
  readonly companyId: string;
  /** Kebab-case sweep name; also the event's `detail-type`, e.g. `expiry-sweep`. */
  readonly sweepName: string;
  readonly every: Duration;
  readonly handler: IFunction;
  readonly group: IScheduleGroup;
}

/**
 * Runs a sweep Lambda on a fixed rate with an EventBridge-shaped event, retries, and a dead-letter queue.
 * Scheduler invokes Lambda asynchronously: the DLQ holds invocations Scheduler could not deliver;
 * errors thrown inside the sweep show up in the function's Errors metric instead.
 */
export class SweepSchedule extends Construct {
  readonly schedule: Schedule;
  readonly deadLetterQueue: Queue;

  constructor(scope: Construct, id: string, props: SweepScheduleProps) {
    super(scope, id);
    const name = `crm-${props.companyId}-${props.sweepName}`;

    this.deadLetterQueue = new Queue(this, 'DeadLetterQueue', {
      queueName: `${name}-dlq`,
      retentionPeriod: Duration.days(14),
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
    });

    this.schedule = new Schedule(this, 'Schedule', {
      scheduleName: name,
      scheduleGroup: props.group,
      description: `${props.sweepName} for company ${props.companyId}`,
      schedule: ScheduleExpression.rate(props.every),
      target: new LambdaInvoke(props.handler, {
        input: ScheduleTargetInput.fromObject({
          id: ContextAttribute.executionId,
          time: ContextAttribute.scheduledTime,
          source: SWEEP_EVENT_SOURCE,
          'detail-type': props.sweepName,
          detail: {},
        }),
        retryAttempts: 10,
        maxEventAge: Duration.hours(24),
        deadLetterQueue: this.deadLetterQueue,
      }),
    });
  }
}
