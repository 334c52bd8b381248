import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Match, type Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { ENV } from '../../functions/commons/env';
import { ALL_INDEXES, KEY, tableNameFor } from '../../functions/store/table';
import { RULE_DEFAULTS_ENV } from '../../infra/crm-stack';
import { onlyResourceOfType, resourcesOfType, synthesizeStack } from './synthesize-stack';

let template: Template;
let outdir: string;

beforeAll(() => {
  // Prepare: one synthesis with real esbuild bundling, shared by every test in this file.
  ({ template, outdir } = synthesizeStack('demo', { bundle: true }));
}, 60_000);

function functionNamed(name: string) {
  const match = Object.values(resourcesOfType(template, 'AWS::Lambda::Function')).find(
    (fn) => fn.Properties?.FunctionName === name,
  );
  if (match === undefined) throw new Error(`No function named ${name}`);
  return match;
}

function environmentOf(name: string): Record<string, unknown> {
  const environment = functionNamed(name).Properties?.Environment as { Variables: Record<string, unknown> };
  return environment.Variables;
}

describe('table', () => {
  it('is named for the company and keyed like functions/store/table.ts', () => {
    template.hasResourceProperties('AWS::DynamoDB::GlobalTable', {
      TableName: tableNameFor('demo'),
      KeySchema: [
        { AttributeName: KEY.pk, KeyType: 'HASH' },
        { AttributeName: KEY.sk, KeyType: 'RANGE' },
      ],
      BillingMode: 'PAY_PER_REQUEST',
      StreamSpecification: { StreamViewType: 'NEW_AND_OLD_IMAGES' },
    });
  });

  it('has exactly the global secondary indexes of INDEXES, all string keys and projection ALL', () => {
    const table = onlyResourceOfType(template, 'AWS::DynamoDB::GlobalTable').Properties!;
    const expected = ALL_INDEXES.map((index) => ({
      IndexName: index.name,
      KeySchema: [
        { AttributeName: index.pk, KeyType: 'HASH' },
        { AttributeName: index.sk, KeyType: 'RANGE' },
      ],
      Projection: { ProjectionType: 'ALL' },
    }));
    expect(table.GlobalSecondaryIndexes).toEqual(expected);
    const definitions = table.AttributeDefinitions as { AttributeName: string; AttributeType: string }[];
    for (const index of ALL_INDEXES) {
      expect(definitions).toContainEqual({ AttributeName: index.pk, AttributeType: 'S' });
      expect(definitions).toContainEqual({ AttributeName: index.sk, AttributeType: 'S' });
    }
  });

  it('keeps its data: PITR, deletion protection and a Retain policy', () => {
    template.hasResource('AWS::DynamoDB::GlobalTable', {
      DeletionPolicy: 'Retain',
      UpdateReplacePolicy: 'Retain',
      Properties: Match.objectLike({
        Replicas: [
          Match.objectLike({
            DeletionProtectionEnabled: true,
            PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
          }),
        ],
      }),
    });
  });
});

describe('functions', () => {
  it('are four (API, two sweeps, the aggregates stream consumer), all Node.js 22 on arm64 with active tracing', () => {
    template.resourceCountIs('AWS::Lambda::Function', 4);
    for (const fn of Object.values(resourcesOfType(template, 'AWS::Lambda::Function'))) {
      expect(fn.Properties).toMatchObject({
        Runtime: 'nodejs22.x',
        Architectures: ['arm64'],
        TracingConfig: { Mode: 'Active' },
      });
    }
  });

  it('are sized per role', () => {
    expect(functionNamed('crm-demo-api').Properties).toMatchObject({ MemorySize: 512, Timeout: 29 });
    expect(functionNamed('crm-demo-expiry-sweep').Properties).toMatchObject({ MemorySize: 256, Timeout: 300 });
    expect(functionNamed('crm-demo-reminder-sweep').Properties).toMatchObject({ MemorySize: 256, Timeout: 60 });
  });

  it('log to their own group kept for one month', () => {
    template.resourceCountIs('AWS::Logs::LogGroup', 4);
    template.allResourcesProperties('AWS::Logs::LogGroup', { RetentionInDays: 30 });
    template.hasResourceProperties('AWS::Logs::LogGroup', { LogGroupName: '/aws/lambda/crm-demo-api' });
  });

  it('give every function the company environment', () => {
    for (const name of ['crm-demo-api', 'crm-demo-expiry-sweep', 'crm-demo-reminder-sweep']) {
      const environment = environmentOf(name);
      expect(Object.keys(environment)).toEqual(
        expect.arrayContaining([ENV.tableName, ENV.companyId, ENV.locale, ENV.timeZone, RULE_DEFAULTS_ENV]),
      );
      expect(environment[ENV.companyId]).toBe('demo');
      expect(JSON.parse(environment[RULE_DEFAULTS_ENV] as string)).toMatchObject({ protectionDays: 30, warningDaysBefore: [3, 1] });
    }
  });

  it('pass the cursor secret to the API as a dynamic reference, never as plain text', () => {
    const environment = environmentOf('crm-demo-api');
    expect(JSON.stringify(environment[ENV.cursorSecret])).toContain('{{resolve:secretsmanager:');
    expect(environment[ENV.introspection]).toBe('true');
    expect(environment[ENV.reminderTopicArn]).toBeDefined();
  });

  it('give the sweeps what they need to send SMS and e-mail', () => {
    for (const name of ['crm-demo-expiry-sweep', 'crm-demo-reminder-sweep']) {
      expect(environmentOf(name)).toMatchObject({
        [ENV.smsSenderId]: 'DemoCRM',
        [ENV.smsRatePerSecond]: '5',
        [ENV.reminderTopicArn]: expect.anything(),
      });
    }
  });

  it('bundle to minified ESM with the require shim and source maps, leaving the AWS SDK to the runtime', () => {
    const api = functionNamed('crm-demo-api');
    const assetHash = (api.Properties?.Code as { S3Key: string }).S3Key.replace(/\.zip$/, '');
    const assetPath = `asset.${assetHash}`;
    const code = readFileSync(join(outdir, assetPath, 'index.mjs'), 'utf8');
    expect(code.startsWith("import { createRequire } from 'module'; const require = createRequire(import.meta.url);")).toBe(true);
    expect(readFileSync(join(outdir, assetPath, 'index.mjs.map'), 'utf8').length).toBeGreaterThan(0);
    expect(api.Properties?.Handler).toBe('index.handler');
    // The API reaches DynamoDB, so an external SDK shows up as an import instead of inlined code.
    expect(code).toMatch(/from\s*["']@aws-sdk\/client-dynamodb["']/);
    // Resolved as the bench and the bundle test build it (infra/constructs/bundle-resolution.ts):
    // shims instead of Apollo Studio's protobuf, Chinese as UTF-8 instead of \u escapes.
    expect(code).toContain('Apollo usage reporting and inline tracing are not bundled');
    expect(code).not.toContain('google.protobuf.Timestamp');
    expect(code).toContain('客户');
  });
});

describe('permissions', () => {
  function statementsOfRoleFor(functionName: string): { Action: unknown; Resource: unknown; Sid?: string }[] {
    const role = (functionNamed(functionName).Properties?.Role as { 'Fn::GetAtt': [string, string] })['Fn::GetAtt'][0];
    return Object.values(resourcesOfType(template, 'AWS::IAM::Policy'))
      .filter((policy) => (policy.Properties?.Roles as { Ref: string }[]).some((r) => r.Ref === role))
      .flatMap((policy) => (policy.Properties?.PolicyDocument as { Statement: [] }).Statement);
  }

  it('let the sweeps publish SMS (resource *) and to the reminder topic', () => {
    for (const name of ['crm-demo-expiry-sweep', 'crm-demo-reminder-sweep']) {
      const statements = statementsOfRoleFor(name);
      expect(statements).toContainEqual(expect.objectContaining({ Action: 'sns:Publish', Resource: '*' }));
      expect(statements).toContainEqual(expect.objectContaining({ Action: 'sns:Publish', Resource: { Ref: expect.stringMatching(/ReminderTopic/) } }));
    }
  });

  it('let the API manage reminder subscriptions and send bulk SMS, but not publish reminders to the topic', () => {
    const statements = statementsOfRoleFor('crm-demo-api');
    expect(statements).toContainEqual(expect.objectContaining({ Action: ['sns:Subscribe', 'sns:Unsubscribe'] }));
    expect(statements.filter((s) => s.Action === 'sns:Publish')).toEqual([expect.objectContaining({ Sid: 'PublishSmsToPhoneNumbers', Resource: '*' })]);
    expect(environmentOf('crm-demo-api')).toMatchObject({ [ENV.smsSenderId]: 'DemoCRM', [ENV.smsRatePerSecond]: '5' });
  });

  it('grant table writes to each function', () => {
    for (const name of ['crm-demo-api', 'crm-demo-expiry-sweep', 'crm-demo-reminder-sweep']) {
      const actions = statementsOfRoleFor(name).flatMap((s) => s.Action);
      expect(actions).toEqual(expect.arrayContaining(['dynamodb:Query', 'dynamodb:PutItem', 'dynamodb:UpdateItem']));
    }
  });
});

describe('users and API', () => {
  it('has a user pool without self sign-up, signing in by e-mail, with a strong password policy', () => {
    template.hasResource('AWS::Cognito::UserPool', {
      DeletionPolicy: 'Retain',
      Properties: Match.objectLike({
        UserPoolName: 'crm-demo-users',
        AdminCreateUserConfig: Match.objectLike({ AllowAdminCreateUserOnly: true }),
        UsernameAttributes: ['email'],
        Policies: {
          PasswordPolicy: Match.objectLike({
            MinimumLength: 12,
            RequireLowercase: true,
            RequireUppercase: true,
            RequireNumbers: true,
            RequireSymbols: true,
          }),
        },
      }),
    });
  });

  it('has a public app client using password and SRP sign-in', () => {
    template.hasResourceProperties('AWS::Cognito::UserPoolClient', {
      GenerateSecret: false,
      ExplicitAuthFlows: Match.arrayWith(['ALLOW_USER_PASSWORD_AUTH', 'ALLOW_USER_SRP_AUTH']),
    });
  });

  it('checks Cognito JWTs for the app client', () => {
    template.hasResourceProperties('AWS::ApiGatewayV2::Authorizer', {
      AuthorizerType: 'JWT',
      IdentitySource: ['$request.header.Authorization'],
      JwtConfiguration: {
        Audience: [{ Ref: Match.stringLikeRegexp('AppClient') }],
        Issuer: { 'Fn::Join': ['', ['https://', { 'Fn::GetAtt': [Match.stringLikeRegexp('UserPool'), 'ProviderURL'] }]] },
      },
    });
  });

  it('routes POST and GET /graphql through the JWT authorizer', () => {
    for (const routeKey of ['POST /graphql', 'GET /graphql']) {
      template.hasResourceProperties('AWS::ApiGatewayV2::Route', {
        RouteKey: routeKey,
        AuthorizationType: 'JWT',
        AuthorizerId: { Ref: Match.stringLikeRegexp('CognitoJwt') },
      });
    }
    template.resourceCountIs('AWS::ApiGatewayV2::Route', 2);
  });

  it('answers CORS preflight and throttles the default stage', () => {
    template.hasResourceProperties('AWS::ApiGatewayV2::Api', {
      ProtocolType: 'HTTP',
      CorsConfiguration: Match.objectLike({ AllowOrigins: ['*'], AllowHeaders: Match.arrayWith(['authorization', 'content-type']) }),
    });
    template.hasResourceProperties('AWS::ApiGatewayV2::Stage', {
      StageName: '$default',
      AutoDeploy: true,
      DefaultRouteSettings: { ThrottlingRateLimit: 50, ThrottlingBurstLimit: 100 },
    });
  });

  it('outputs what clients and operators need', () => {
    for (const output of ['GraphqlUrl', 'UserPoolId', 'UserPoolClientId', 'TableName']) template.hasOutput(output, {});
  });
});

describe('sweep schedules', () => {
  const cases = [
    { name: 'crm-demo-expiry-sweep', rate: 'rate(5 minutes)', detailType: 'expiry-sweep' },
    { name: 'crm-demo-reminder-sweep', rate: 'rate(1 minute)', detailType: 'reminder-sweep' },
  ];

  it('are two', () => {
    template.resourceCountIs('AWS::Scheduler::Schedule', 2);
    // Plus the aggregates consumer's failure queue (test/infra/aggregates.test.ts).
    template.resourceCountIs('AWS::SQS::Queue', 3);
  });

  it.each(cases)('$name runs at $rate with retries and a dead-letter queue', ({ name, rate, detailType }) => {
    template.hasResourceProperties('AWS::Scheduler::Schedule', {
      Name: name,
      GroupName: 'crm-demo',
      ScheduleExpression: rate,
      Target: Match.objectLike({
        Arn: { 'Fn::GetAtt': [Match.stringLikeRegexp('SweepFunction'), 'Arn'] },
        DeadLetterConfig: { Arn: { 'Fn::GetAtt': [Match.stringLikeRegexp('DeadLetterQueue'), 'Arn'] } },
        RetryPolicy: { MaximumEventAgeInSeconds: 86_400, MaximumRetryAttempts: 10 },
        Input: JSON.stringify({
          id: '<aws.scheduler.execution-id>',
          time: '<aws.scheduler.scheduled-time>',
          source: 'crm.scheduler',
          'detail-type': detailType,
          detail: {},
        }),
      }),
    });
  });
});

describe('alarms', () => {
  it('watch every function for errors and every dead-letter queue for depth', () => {
    const names = Object.values(resourcesOfType(template, 'AWS::CloudWatch::Alarm')).map((a) => a.Properties?.AlarmName);
    expect(names.sort()).toEqual([
      'crm-demo-aggregates-dlq-depth',
      'crm-demo-aggregates-errors',
      'crm-demo-api-errors',
      'crm-demo-expiry-sweep-dlq-depth',
      'crm-demo-expiry-sweep-errors',
      'crm-demo-reminder-sweep-dlq-depth',
      'crm-demo-reminder-sweep-errors',
    ]);
    template.allResourcesProperties('AWS::CloudWatch::Alarm', {
      Threshold: 0,
      ComparisonOperator: 'GreaterThanThreshold',
      AlarmActions: [{ Ref: Match.stringLikeRegexp('AlarmsTopic') }],
    });
  });

  it('notify the admin by e-mail', () => {
    template.hasResourceProperties('AWS::SNS::Subscription', { Protocol: 'email', Endpoint: 'ops@example.com' });
  });
});
