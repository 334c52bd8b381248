import { Match, type Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { ENV } from '../../functions/commons/env';
import { AGGREGATED_ENTITIES } from '../../functions/streams/aggregate-contributions';
import { onlyResourceOfType, resourcesOfType, synthesizeStack } from './synthesize-stack';

let template: Template;

beforeAll(() => {
  template = synthesizeStack('demo', { bundle: false }).template;
});

describe('report aggregates consumer', () => {
  it('is a Lambda with the company environment, read-write on the table', () => {
    const [fn] = Object.values(resourcesOfType(template, 'AWS::Lambda::Function')).filter((f) => f.Properties?.FunctionName === 'crm-demo-aggregates');
    expect(fn?.Properties).toMatchObject({ Runtime: 'nodejs22.x', Architectures: ['arm64'], MemorySize: 256, Timeout: 60 });
    const environment = (fn?.Properties?.Environment as { Variables: Record<string, unknown> }).Variables;
    expect(environment).toMatchObject({ [ENV.companyId]: 'demo', [ENV.timeZone]: 'Asia/Shanghai' });
    expect(environment[ENV.tableName]).toBeDefined();
  });

  it('reads the table stream from the start, reports failed records, retries, bisects, and parks failures in SQS', () => {
    const mapping = onlyResourceOfType(template, 'AWS::Lambda::EventSourceMapping');
    expect(mapping.Properties).toMatchObject({
      FunctionName: { Ref: expect.stringMatching(/^AggregatesFunction/) },
      EventSourceArn: { 'Fn::GetAtt': [expect.stringMatching(/^DataTable/), 'StreamArn'] },
      StartingPosition: 'TRIM_HORIZON',
      BatchSize: 100,
      MaximumBatchingWindowInSeconds: 1,
      MaximumRetryAttempts: 10,
      MaximumRecordAgeInSeconds: 86_400,
      BisectBatchOnFunctionError: true,
      FunctionResponseTypes: ['ReportBatchItemFailures'],
      DestinationConfig: { OnFailure: { Destination: { 'Fn::GetAtt': [expect.stringMatching(/^AggregatesFailures/), 'Arn'] } } },
    });
    template.hasResourceProperties('AWS::SQS::Queue', { QueueName: 'crm-demo-aggregates-failures', MessageRetentionPeriod: 14 * 86_400 });
  });

  it('only receives items of the aggregated entities, on either image', () => {
    const filters = (onlyResourceOfType(template, 'AWS::Lambda::EventSourceMapping').Properties?.FilterCriteria as { Filters: { Pattern: string }[] }).Filters;
    expect(filters.map((f) => JSON.parse(f.Pattern))).toEqual([
      { dynamodb: { NewImage: { entity: { S: [...AGGREGATED_ENTITIES] } } } },
      { dynamodb: { OldImage: { entity: { S: [...AGGREGATED_ENTITIES] } } } },
    ]);
    expect(AGGREGATED_ENTITIES).toEqual(expect.arrayContaining(['Customer', 'FollowUp', 'Opportunity', 'Order', 'Payment', 'PaymentPlan', 'ServiceTicket']));
  });

  it('is watched: errors and parked records raise alarms', () => {
    template.hasResourceProperties('AWS::CloudWatch::Alarm', { AlarmName: Match.stringLikeRegexp('aggregates'), MetricName: 'Errors' });
    template.hasResourceProperties('AWS::CloudWatch::Alarm', { AlarmName: Match.stringLikeRegexp('aggregates'), MetricName: 'ApproximateNumberOfMessagesVisible' });
  });
});
