import { Effect, type IGrantable, PolicyStatement } from 'aws-cdk-lib/aws-iam';
import { Topic } from 'aws-cdk-lib/aws-sns';
import { Construct } from 'constructs';

export interface CrmNotificationsProps {
  readonly companyId: string;
}

/** Reminder delivery: an e-mail topic users subscribe to, plus direct SMS to phone numbers. */
export class CrmNotifications extends Construct {
  readonly reminderTopic: Topic;

  constructor(scope: Construct, id: string, props: CrmNotificationsProps) {
    super(scope, id);
    this.reminderTopic = new Topic(this, 'ReminderTopic', {
      topicName: `crm-${props.companyId}-reminders`,
      displayName: `CRM ${props.companyId} reminders`,
      enforceSSL: true,
    });
  }

  /** Publish e-mail reminders to the topic and SMS to phone numbers. */
  grantSendReminders(grantee: IGrantable): void {
    this.reminderTopic.grantPublish(grantee);
    this.grantSendSms(grantee);
  }

  /** SMS straight to phone numbers (bulk messages from the API use this alone). */
  grantSendSms(grantee: IGrantable): void {
    grantee.grantPrincipal.addToPrincipalPolicy(
      new PolicyStatement({
        sid: 'PublishSmsToPhoneNumbers',
        effect: Effect.ALLOW,
        actions: ['sns:Publish'],
        // Publishing to a PhoneNumber has no resource ARN to scope to; IAM requires '*' for it.
        resources: ['*'],
      }),
    );
  }

  /** Subscribe and unsubscribe users' e-mail addresses on the reminder topic. */
  grantManageSubscriptions(grantee: IGrantable): void {
    grantee.grantPrincipal.addToPrincipalPolicy(
      new PolicyStatement({
        sid: 'ManageReminderSubscriptions',
        effect: Effect.ALLOW,
        actions: ['sns:Subscribe', 'sns:Unsubscribe'],
        // Unsubscribe is authorised against the subscription ARN, which is `<topicArn>:<uuid>`.
        resources: [this.reminderTopic.topicArn, `${this.reminderTopic.topicArn}:*`],
      }),
    );
  }
}
