import type { SNSClient } from '@aws-sdk/client-sns';
import type { EmailSubscriptions, Notifier, OutgoingMessage } from './notifier';

type SnsSdk = typeof import('@aws-sdk/client-sns');

export interface SnsNotifierOptions {
  /** Topic with one e-mail subscription per user, filtered on the `userId` message attribute. */
  reminderTopicArn: string;
  smsSenderId?: string;
}

/** Deployed delivery: SMS straight to the phone (transactional), e-mail through the reminders topic. */
export class SnsNotifier implements Notifier, EmailSubscriptions {
  private loaded?: Promise<{ sdk: SnsSdk; client: SNSClient }>;

  /** Without a client, the SDK is loaded on the first delivery: most requests send nothing, and it costs ~30 ms of a cold start. */
  constructor(
    private readonly options: SnsNotifierOptions,
    private readonly client?: SNSClient,
  ) {}

  private sns(): Promise<{ sdk: SnsSdk; client: SNSClient }> {
    this.loaded ??= import('@aws-sdk/client-sns').then((sdk) => ({ sdk, client: this.client ?? new sdk.SNSClient({}) }));
    return this.loaded;
  }

  async send(message: OutgoingMessage): Promise<void> {
    const { sdk, client } = await this.sns();
    if (message.channel === 'SMS') {
      await client.send(
        new sdk.PublishCommand({
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
    await client.send(
      new sdk.PublishCommand({
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
    const { sdk, client } = await this.sns();
    const out = await client.send(
      new sdk.SubscribeCommand({
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
    const { sdk, client } = await this.sns();
    await client.send(new sdk.UnsubscribeCommand({ SubscriptionArn: subscriptionArn }));
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
