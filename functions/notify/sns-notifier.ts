import { PublishCommand, type SNSClient } from '@aws-sdk/client-sns';
import type { Notifier, OutgoingMessage } from './notifier';

export interface SnsNotifierOptions {
  /** Topic with one e-mail subscription per user, filtered on the `userId` message attribute. */
  reminderTopicArn: string;
  smsSenderId?: string;
}

/** Deployed delivery: SMS straight to the phone (transactional), e-mail through the reminders topic. */
export class SnsNotifier implements Notifier {
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
        Subject: (message.subject ?? message.text).slice(0, 100),
        Message: message.text,
        MessageAttributes: {
          userId: { DataType: 'String', StringValue: message.userId },
          kind: { DataType: 'String', StringValue: message.kind },
        },
      }),
    );
  }
}

/** Mainland mobiles are stored as 11 digits; SNS wants E.164. */
export function toE164(phone: string): string {
  return phone.startsWith('+') ? phone : `+86${phone}`;
}
