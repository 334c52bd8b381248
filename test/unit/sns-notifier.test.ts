import { PublishCommand, SNSClient, SubscribeCommand, UnsubscribeCommand } from '@aws-sdk/client-sns';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import { SnsNotifier, toE164 } from '../../functions/notify/sns-notifier';

const TOPIC = 'arn:aws-cn:sns:cn-north-1:123456789012:crm-acme-reminders';
const sns = mockClient(SNSClient);
const notifier = new SnsNotifier({ reminderTopicArn: TOPIC, smsSenderId: 'AcmeCRM' }, sns as unknown as SNSClient);

beforeEach(() => sns.reset());

const message = {
  id: 'TASK#T1#2026-03-02T06:00:00.000Z#SMS',
  userId: 'user-1',
  to: '13812345678',
  subject: '跟进提醒：致电春意空调',
  text: '【销售管家】跟进提醒：今天14:00请致电春意空调（赵经理），记得登记跟进记录。',
  kind: 'NEXT_CONTACT',
  at: '2026-03-02T06:00:00.000Z',
};

describe('SMS', () => {
  it('publishes straight to the E.164 number as a transactional message with the sender id', async () => {
    sns.on(PublishCommand).resolves({ MessageId: 'm1' });
    await notifier.send({ ...message, channel: 'SMS' });
    expect(sns.commandCalls(PublishCommand).map((c) => c.args[0].input)).toEqual([
      {
        PhoneNumber: '+8613812345678',
        Message: message.text,
        MessageAttributes: {
          'AWS.SNS.SMS.SMSType': { DataType: 'String', StringValue: 'Transactional' },
          'AWS.SNS.SMS.SenderID': { DataType: 'String', StringValue: 'AcmeCRM' },
        },
      },
    ]);
  });

  it('without a client, loads the SDK on first delivery and sends through its own client', async () => {
    sns.on(PublishCommand).resolves({ MessageId: 'm2' });
    const deployed = new SnsNotifier({ reminderTopicArn: TOPIC });
    await deployed.send({ ...message, channel: 'SMS' });
    await deployed.send({ ...message, channel: 'EMAIL', to: 'rep@example.com' });
    expect(sns.commandCalls(PublishCommand).map((c) => c.args[0].input.PhoneNumber ?? c.args[0].input.TopicArn)).toEqual(['+8613812345678', TOPIC]);
  });

  it('leaves numbers already in E.164 alone', () => {
    expect(toE164('+85291234567')).toBe('+85291234567');
  });

  it('passes SNS errors on, so the delivery worker can retry or record them', async () => {
    sns.on(PublishCommand).rejects(Object.assign(new Error('Rate exceeded'), { name: 'ThrottledException' }));
    await expect(notifier.send({ ...message, channel: 'SMS' })).rejects.toMatchObject({ name: 'ThrottledException' });
  });
});

describe('e-mail', () => {
  it('publishes to the reminder topic with the user id the subscription filter matches', async () => {
    sns.on(PublishCommand).resolves({ MessageId: 'm2' });
    await notifier.send({ ...message, channel: 'EMAIL', to: 'zhang@acme.cn', text: '第一行\n第二行' });
    expect(sns.commandCalls(PublishCommand)[0]!.args[0].input).toEqual({
      TopicArn: TOPIC,
      Subject: '跟进提醒：致电春意空调',
      Message: '第一行\n第二行',
      MessageAttributes: {
        userId: { DataType: 'String', StringValue: 'user-1' },
        kind: { DataType: 'String', StringValue: 'NEXT_CONTACT' },
      },
    });
  });

  it('keeps the subject on one line and within 100 characters', async () => {
    sns.on(PublishCommand).resolves({});
    await notifier.send({ ...message, channel: 'EMAIL', subject: `${'长'.repeat(120)}\n尾` });
    const subject = sns.commandCalls(PublishCommand)[0]!.args[0].input.Subject!;
    expect([...subject].length).toBe(100);
    expect(subject).not.toContain('\n');
  });

  it('subscribes one address per user with a filter policy on the user id', async () => {
    sns.on(SubscribeCommand).resolves({ SubscriptionArn: 'pending confirmation' });
    await expect(notifier.subscribeEmail('user-1', 'zhang@acme.cn')).resolves.toBe('pending confirmation');
    expect(sns.commandCalls(SubscribeCommand).map((c) => c.args[0].input)).toEqual([
      {
        TopicArn: TOPIC,
        Protocol: 'email',
        Endpoint: 'zhang@acme.cn',
        ReturnSubscriptionArn: true,
        Attributes: { FilterPolicyScope: 'MessageAttributes', FilterPolicy: '{"userId":["user-1"]}' },
      },
    ]);
  });

  it('unsubscribes real subscription ARNs only', async () => {
    sns.on(UnsubscribeCommand).resolves({});
    await notifier.unsubscribe('pending confirmation');
    await notifier.unsubscribe(`${TOPIC}:0d6c2f3a-1111-2222-3333-444455556666`);
    expect(sns.commandCalls(UnsubscribeCommand).map((c) => c.args[0].input)).toEqual([{ SubscriptionArn: `${TOPIC}:0d6c2f3a-1111-2222-3333-444455556666` }]);
  });
});
