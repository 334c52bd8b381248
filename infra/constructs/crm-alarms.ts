import { Duration } from 'aws-cdk-lib';
import { Alarm, ComparisonOperator, TreatMissingData, type IMetric } from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { Topic } from 'aws-cdk-lib/aws-sns';
import { EmailSubscription } from 'aws-cdk-lib/aws-sns-subscriptions';
import type { IQueue } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';

export interface CrmAlarmsProps {
  readonly companyId: string;
  readonly adminEmail: string;
}

/** Alarms that page the company's admin by e-mail; any error or dead letter is worth a look. */
export class CrmAlarms extends Construct {
  readonly topic: Topic;
  private readonly companyId: string;
  private readonly action: SnsAction;

  constructor(scope: Construct, id: string, props: CrmAlarmsProps) {
    super(scope, id);
    this.companyId = props.companyId;
    this.topic = new Topic(this, 'Topic', {
      topicName: `crm-${props.companyId}-alarms`,
      displayName: `CRM ${props.companyId} alarms`,
      enforceSSL: true,
    });
    this.topic.addSubscription(new EmailSubscription(props.adminEmail));
    this.action = new SnsAction(this.topic);
  }

  alarmOnErrors(name: string, fn: IFunction): Alarm {
    return this.alarmWhenPositive(`${name}-errors`, `Lambda ${name} threw at least once in 5 minutes`,
      fn.metricErrors({ period: Duration.minutes(5), statistic: 'Sum' }));
  }

  alarmOnDeadLetters(name: string, queue: IQueue): Alarm {
    return this.alarmWhenPositive(`${name}-dlq-depth`, `Dead letters waiting in ${name} DLQ`,
      queue.metricApproximateNumberOfMessagesVisible({ period: Duration.minutes(5), statistic: 'Maximum' }));
  }

  private alarmWhenPositive(name: string, description: string, metric: IMetric): Alarm {
    const alarm = new Alarm(this, name, {
      alarmName: `crm-${this.companyId}-${name}`,
      alarmDescription: description,
      metric,
      threshold: 0,
      comparisonOperator: ComparisonOperator.GREATER_THAN_THRESHOLD,
      evaluationPeriods: 1,
      treatMissingData: TreatMissingData.NOT_BREACHING,
    });
    alarm.addAlarmAction(this.action);
    alarm.addOkAction(this.action);
    return alarm;
  }
}
