import type { Notifier, OutgoingMessage } from '../../notify/notifier';
import type { Repositories } from '../../store/repositories';
import { formatMonthDayTime } from '../shared/format';
import { isInSubtree } from '../users/access.rules';
import type { User } from '../users/user.types';
import { TICKET_TYPE_NAMES, type ServiceTicket } from './service-ticket.types';

/**
 * The service manager(s): active managers of a department that holds service staff (the after-sales
 * department's head); when the company has none, its admins. One Query over the company's users
 * (hundreds, not thousands), made only for complaints and unassigned overdue tickets.
 */
export async function serviceManagers(repos: Repositories): Promise<User[]> {
  const users = (await repos.users.listByPath(undefined)).filter((u) => u.active);
  const servicePaths = users.filter((u) => u.role === 'SERVICE').map((u) => u.departmentPath);
  const managers = users.filter((u) => u.role === 'MANAGER' && servicePaths.some((path) => isInSubtree(path, u.departmentPath)));
  return managers.length > 0 ? managers : users.filter((u) => u.role === 'ADMIN');
}

/** SMS (when the user has a mobile) and e-mail; the id of each is its idempotency key. */
export function messagesTo(user: User, key: string, kind: string, subject: string, text: string, at: string): OutgoingMessage[] {
  const messages: OutgoingMessage[] = [];
  if (user.phone) messages.push({ id: `${key}#${user.id}#SMS`, userId: user.id, channel: 'SMS', to: user.phone, text, kind, at });
  messages.push({ id: `${key}#${user.id}#EMAIL`, userId: user.id, channel: 'EMAIL', to: user.email, subject, text, kind, at });
  return messages;
}

/** Sends each message; one failed delivery neither stops the others nor undoes the committed change. */
export async function sendAll(notifier: Notifier, messages: readonly OutgoingMessage[]): Promise<number> {
  let sent = 0;
  for (const message of messages) {
    try {
      await notifier.send(message);
      sent++;
    } catch (error) {
      console.error('service notification failed', message.id, error);
    }
  }
  return sent;
}

export function complaintMessages(t: ServiceTicket, managers: readonly User[], timeZone: string): OutgoingMessage[] {
  const subject = `【客户投诉】${t.customerName}：${t.subject}`;
  const text = `客户投诉 ${t.code}（${t.customerName}）：${t.subject}。请在 ${formatMonthDayTime(t.responseDueAt, timeZone)} 前响应。`;
  return managers.flatMap((m) => messagesTo(m, `TICKET#${t.id}#COMPLAINT`, 'SERVICE_COMPLAINT', subject, text, t.createdAt));
}

export function overdueMessages(t: ServiceTicket, recipients: readonly User[], timeZone: string, at: string): OutgoingMessage[] {
  const subject = `【工单超时未响应】${t.code} ${t.customerName}`;
  const text = `${TICKET_TYPE_NAMES[t.type]}工单 ${t.code}（${t.customerName}：${t.subject}）已超过响应期限 ${formatMonthDayTime(t.responseDueAt, timeZone)}，请尽快处理。`;
  return recipients.flatMap((u) => messagesTo(u, `TICKET#${t.id}#OVERDUE`, 'SERVICE_OVERDUE', subject, text, at));
}
