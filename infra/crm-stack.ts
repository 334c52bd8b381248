import { fileURLToPath } from 'node:url';
import { CfnOutput, Duration, Stack, type StackProps, Tags } from 'aws-cdk-lib';
import { ScheduleGroup } from 'aws-cdk-lib/aws-scheduler';
import { Secret } from 'aws-cdk-lib/aws-secretsmanager';
import type { Construct } from 'constructs';
import { ENV } from '../functions/commons/env';
import type { CompanySettings } from './company-settings';
import { CrmAlarms } from './constructs/crm-alarms';
import { CrmFunction } from './constructs/crm-function';
import { CrmNotifications } from './constructs/crm-notifications';
import { CrmTable } from './constructs/crm-table';
import { CrmUsers } from './constructs/crm-users';
import { AggregatesConsumer } from './constructs/aggregates-consumer';
import { GraphqlApi } from './constructs/graphql-api';
import { SweepSchedule } from './constructs/sweep-schedule';

/** JSON of the company's rule defaults (protection days, limits, warning days) for every function. */
export const RULE_DEFAULTS_ENV = ENV.ruleDefaults;

export const stackNameFor = (companyId: string): string => `Crm-${companyId}`;

const entry = (relativePath: string): string => fileURLToPath(new URL(`../functions/${relativePath}`, import.meta.url));

export interface CrmStackProps extends StackProps {
  readonly settings: CompanySettings;
}

/** Everything one company runs on. Names derive from the company id, so two companies share nothing. */
export class CrmStack extends Stack {
  constructor(scope: Construct, id: string, props: CrmStackProps) {
    const { settings, ...stackProps } = props;
    const companyId = settings.companyId;
    super(scope, id, {
      stackName: stackNameFor(companyId),
      description: `销售管家 CRM for ${settings.displayName} (${companyId})`,
      ...stackProps,
    });
    Tags.of(this).add('company', companyId);
    Tags.of(this).add('app', 'crm');

    const { table } = new CrmTable(this, 'Data', { companyId });
    const users = new CrmUsers(this, 'Users', { companyId, displayName: settings.displayName });
    const notifications = new CrmNotifications(this, 'Notifications', { companyId });
    const cursorSecret = new Secret(this, 'CursorSecret', {
      secretName: `crm/${companyId}/cursor-secret`,
      description: 'HMAC key signing GraphQL pagination cursors',
      generateSecretString: { passwordLength: 64, excludePunctuation: true },
    });

    const companyEnvironment = {
      [ENV.locale]: settings.locale,
      [ENV.timeZone]: settings.timeZone,
      [RULE_DEFAULTS_ENV]: JSON.stringify(settings.ruleDefaults),
    };
    const reminderEnvironment = {
      [ENV.reminderTopicArn]: notifications.reminderTopic.topicArn,
      [ENV.smsSenderId]: settings.smsSenderId,
      [ENV.smsRatePerSecond]: String(settings.smsRatePerSecond),
    };

    const api = new CrmFunction(this, 'Api', {
      companyId,
      name: 'api',
      entry: entry('api/handler.ts'),
      description: 'GraphQL API',
      memorySize: 512,
      timeout: Duration.seconds(29),
      table,
      tableAccess: 'read-write',
      environment: {
        ...companyEnvironment,
        // A CloudFormation dynamic reference, resolved at deploy time: the value never appears in the template
        // or cdk.out, and the function needs no Secrets Manager call at cold start. The price: it is readable in
        // the function configuration, and a rotated value takes effect on the next deploy.
        [ENV.cursorSecret]: cursorSecret.secretValue.unsafeUnwrap(),
        [ENV.introspection]: String(settings.enableIntrospection),
        [ENV.reminderTopicArn]: notifications.reminderTopic.topicArn,
        // Bulk SMS (sendMessageCampaign) goes out from the API at the company's rate.
        [ENV.smsSenderId]: settings.smsSenderId,
        [ENV.smsRatePerSecond]: String(settings.smsRatePerSecond),
      },
    }).fn;
    notifications.grantManageSubscriptions(api);
    notifications.grantSendSms(api);

    // Both sweeps write: expiry reclaims customers and records warnings sent; reminders mark what they delivered.
    const expirySweep = new CrmFunction(this, 'ExpirySweep', {
      companyId,
      name: 'expiry-sweep',
      entry: entry('sweeps/expiry.handler.ts'),
      description: 'Protection expiry sweep: warnings and reclaims',
      memorySize: 256,
      timeout: Duration.minutes(5),
      table,
      tableAccess: 'read-write',
      environment: { ...companyEnvironment, ...reminderEnvironment },
    }).fn;
    const reminderSweep = new CrmFunction(this, 'ReminderSweep', {
      companyId,
      name: 'reminder-sweep',
      entry: entry('sweeps/reminders.handler.ts'),
      description: 'Reminder sweep: due tasks and follow-ups by SMS and e-mail',
      memorySize: 256,
      timeout: Duration.minutes(1),
      table,
      tableAccess: 'read-write',
      environment: { ...companyEnvironment, ...reminderEnvironment },
    }).fn;
    notifications.grantSendReminders(expirySweep);
    notifications.grantSendReminders(reminderSweep);

    // Report aggregates (docs/data-model.md): maintained from the table's stream.
    const aggregates = new AggregatesConsumer(this, 'Aggregates', { companyId, table, entry: entry('streams/aggregates.handler.ts'), environment: companyEnvironment });

    const graphql = new GraphqlApi(this, 'Graphql', {
      companyId,
      handler: api,
      jwtIssuer: users.issuerUrl,
      jwtAudience: [users.client.userPoolClientId],
      allowedOrigins: settings.corsAllowedOrigins,
      throttle: settings.apiThrottle,
    });

    const scheduleGroup = new ScheduleGroup(this, 'Schedules', { scheduleGroupName: `crm-${companyId}` });
    const expirySchedule = new SweepSchedule(this, 'ExpirySchedule', {
      companyId,
      sweepName: 'expiry-sweep',
      every: Duration.minutes(5),
      handler: expirySweep,
      group: scheduleGroup,
    });
    const reminderSchedule = new SweepSchedule(this, 'ReminderSchedule', {
      companyId,
      sweepName: 'reminder-sweep',
      every: Duration.minutes(1),
      handler: reminderSweep,
      group: scheduleGroup,
    });

    const alarms = new CrmAlarms(this, 'Alarms', { companyId, adminEmail: settings.adminEmail });
    alarms.alarmOnErrors('api', api);
    alarms.alarmOnErrors('expiry-sweep', expirySweep);
    alarms.alarmOnErrors('reminder-sweep', reminderSweep);
    alarms.alarmOnDeadLetters('expiry-sweep', expirySchedule.deadLetterQueue);
    alarms.alarmOnDeadLetters('reminder-sweep', reminderSchedule.deadLetterQueue);
    alarms.alarmOnErrors('aggregates', aggregates.fn);
    alarms.alarmOnDeadLetters('aggregates', aggregates.failureQueue);

    new CfnOutput(this, 'GraphqlUrl', { value: graphql.graphqlUrl });
    new CfnOutput(this, 'UserPoolId', { value: users.userPool.userPoolId });
    new CfnOutput(this, 'UserPoolClientId', { value: users.client.userPoolClientId });
    new CfnOutput(this, 'TableName', { value: table.tableName });
  }
}
