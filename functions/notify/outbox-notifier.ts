import { PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { Store } from '../store/client';
import { fromItem } from '../store/item-codec';
import type { EmailSubscriptions, Notifier, OutgoingMessage } from './notifier';

const OUTBOX_PK = 'OUTBOX';

/** Local delivery: prints each message and keeps it in an outbox that GraphQL can list. */
export class OutboxNotifier implements Notifier, EmailSubscriptions {
  constructor(
    private readonly store: Store,
    private readonly print: (line: string) => void = (line) => console.log(line),
  ) {}

  async send(message: OutgoingMessage): Promise<void> {
    await this.store.doc.send(
      new PutCommand({
        TableName: this.store.tableName,
        Item: { PK: OUTBOX_PK, SK: `${message.at}#${message.id}#${message.channel}`, entity: 'OutboxMessage', ...message },
      }),
    );
    this.print(`📨 [${message.channel} → ${message.to}] ${message.subject && message.channel === 'EMAIL' ? `${message.subject}: ` : ''}${message.text}`);
  }

  async list(limit: number): Promise<OutgoingMessage[]> {
    const out = await this.store.doc.send(
      new QueryCommand({
        TableName: this.store.tableName,
        KeyConditionExpression: 'PK = :pk',
        ExpressionAttributeValues: { ':pk': OUTBOX_PK },
        ScanIndexForward: false,
        Limit: limit,
      }),
    );
    return (out.Items ?? []).map((i) => fromItem<OutgoingMessage>(i));
  }

  async subscribeEmail(userId: string, email: string): Promise<string> {
    this.print(`📧 e-mail subscription for ${userId}: ${email} (deployed stacks send a confirmation e-mail)`);
    return `local:reminders:${userId}`;
  }

  async unsubscribe(subscriptionArn: string): Promise<void> {
    this.print(`📧 unsubscribed ${subscriptionArn}`);
  }
}
