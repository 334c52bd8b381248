import { PublishCommand, SubscribeCommand, UnsubscribeCommand, type SNSClient } from '@aws-sdk/client-sns';
import type { EmailSubscriptions, Notifier, OutgoingMessage } from './notifier';

export interface SnsNotifierOptions {
  /** Topic with one e-mail subscription per user, filtered on the `userId` message attribute. */
  reminderTopicArn: string;
  smsSenderId?: string;
}

/** Deployed delivery: SMS straight to the phone (transactional), e-mail through the reminders topic. */
export class SnsNotifier implements Notifier, EmailSubscriptions {
  constructor(
    private readonly sns: SNSClient,
    private readonly options: SnsNotifierOptions,
  ) {}

  async send(message: OutgoingMessage): Promise<void> {
    if (message.channel === 'SMS') {
      await this.sns.send(
        new PublishCommand({
          PhoneNumber: toE164(message.to),
          Message: message.text,
          MessageAttributes: {
            'AWS.SNS.SMS.SMSType': { DataType: 'String', StringValue: 'Transactional' },
            ...(this.options.smsSenderId
              ? { 'AWS.SNS.SMS.SenderID': { DataType: 'String', StringValue: this.options.smsSenderId } }
              : {}),
          },
        }),
      );
      return;
    }
    await this.sns.send(
      new PublishCommand({
        TopicArn: this.options.reminderTopicArn,
        Subject: emailSubject(message.subject ?? message.text),
        Message: message.text,
        MessageAttributes: {
          userId: { DataType: 'String', StringValue: message.userId },
          kind: { DataType: 'String', StringValue: message.kind },
        },
      }),
    );
  }

  /** One e-mail subscription per user: the filter policy lets through only messages carrying their id. */
  async subscribeEmail(userId: string, email: string): Promise<string | undefined> {
    const out = await this.sns.send(
      new SubscribeCommand({
        TopicArn: this.options.reminderTopicArn,
        Protocol: 'email',
        Endpoint: email,
        ReturnSubscriptionArn: true,
        Attributes: {
          FilterPolicyScope: 'MessageAttributes',
          FilterPolicy: JSON.stringify({ userId: [userId] }),
        },
      }),
    );
    return out.SubscriptionArn;
  }

  async unsubscribe(subscriptionArn: string): Promise<void> {
    if (!subscriptionArn.startsWith('arn:')) return;
    await this.sns.send(new UnsubscribeCommand({ SubscriptionArn: subscriptionArn }));
  }
}

/** Mainland mobiles are stored as 11 digits; SNS wants E.164. */
export function toE164(phone: string): string {
  return phone.startsWith('+') ? phone : `+86${phone}`;
}

/** SNS e-mail subjects: at most 100 characters, no line breaks. */
function emailSubject(text: string): string {
  return [...text.replace(/\s+/g, ' ').trim()].slice(0, 100).join('');
}
