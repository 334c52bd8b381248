export type Channel = 'SMS' | 'EMAIL';

/** One message to one user on one channel. `id` is its idempotency key (e.g. TASK#<task>#<remindAt>#SMS). */
export interface OutgoingMessage {
  id: string;
  userId: string;
  channel: Channel;
  /** Mobile number for SMS; the user's e-mail (for display) for EMAIL. */
  to: string;
  subject?: string;
  text: string;
  kind: string;
  at: string;
}

/** E-mail reminders go through one topic; each user has a subscription filtered on their id. */
export interface EmailSubscriptions {
  /** Starts a subscription (the user confirms it by e-mail); returns its ARN or SNS's "pending confirmation". */
  subscribeEmail(userId: string, email: string): Promise<string | undefined>;
  unsubscribe(subscriptionArn: string): Promise<void>;
}

export interface Notifier extends Partial<EmailSubscriptions> {
  send(message: OutgoingMessage): Promise<void>;
  /** Local outbox only: the latest messages, newest first. */
  list?(limit: number): Promise<OutgoingMessage[]>;
}
