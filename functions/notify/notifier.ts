export type Channel = 'SMS' | 'EMAIL';

/** One message to one user on one channel. `id` is its idempotency key (e.g. warn#<customer>#<deadline>#3). */
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

export interface Notifier {
  send(message: OutgoingMessage): Promise<void>;
}
