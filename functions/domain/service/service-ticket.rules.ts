import { HOUR_MS } from '../shared/clock';
import type { Customer } from '../customers/customer.types';
import { canSeeCustomer } from '../customers/customer.rules';
import { isManagerOf } from '../users/access.rules';
import type { Actor } from '../users/user.types';
import type { ServiceTicket, TicketStatus, TicketStep, TicketType } from './service-ticket.types';

/** Hours to a first response by ticket type when the creator sets no deadline (complaints are urgent). */
export const RESPONSE_HOURS: Record<TicketType, number> = {
  COMPLAINT: 2,
  ONLINE_SUPPORT: 4,
  WARRANTY_REPAIR: 24,
  PAID_REPAIR: 24,
  INSTALLATION: 48,
  TRAINING: 72,
  RETURN_VISIT: 72,
};

export function defaultResponseDueAt(type: TicketType, createdAt: string): string {
  return new Date(Date.parse(createdAt) + RESPONSE_HOURS[type] * HOUR_MS).toISOString();
}

export type TicketAction = 'START' | 'RESOLVE' | 'CLOSE' | 'REOPEN';

/** OPEN → IN_PROGRESS → RESOLVED → CLOSED; RESOLVED or CLOSED → REOPENED → IN_PROGRESS …; a quick fix may resolve straight away. */
const ALLOWED_FROM: Record<TicketAction, readonly TicketStatus[]> = {
  START: ['OPEN', 'REOPENED'],
  RESOLVE: ['OPEN', 'IN_PROGRESS', 'REOPENED'],
  CLOSE: ['RESOLVED'],
  REOPEN: ['RESOLVED', 'CLOSED'],
};

const TARGET: Record<TicketAction, TicketStatus> = { START: 'IN_PROGRESS', RESOLVE: 'RESOLVED', CLOSE: 'CLOSED', REOPEN: 'REOPENED' };

export const STATUS_NAMES: Record<TicketStatus, string> = { OPEN: '待处理', IN_PROGRESS: '处理中', RESOLVED: '已解决', CLOSED: '已关闭', REOPENED: '已重开' };
export const ACTION_NAMES: Record<TicketAction | 'ASSIGN' | 'RATE' | 'VIEW', string> = {
  START: '开始处理',
  RESOLVE: '解决',
  CLOSE: '关闭',
  REOPEN: '重开',
  ASSIGN: '指派',
  RATE: '评价',
  VIEW: '查看',
};

export function canTransition(status: TicketStatus, action: TicketAction): boolean {
  return ALLOWED_FROM[action].includes(status);
}

/** The ticket after an action at `now` (the caller checked canTransition). The first action by staff is the first response. */
export function applyAction(t: ServiceTicket, action: TicketAction, actorId: string, now: string, note?: string): ServiceTicket {
  const to = TARGET[action];
  const step: TicketStep = { at: now, by: actorId, action, from: t.status, to, ...(note ? { note } : {}) };
  const next: ServiceTicket = { ...t, status: to, steps: [...t.steps, step], updatedAt: now, version: t.version + 1 };
  if ((action === 'START' || action === 'RESOLVE') && !t.firstResponseAt) next.firstResponseAt = now;
  if (action === 'RESOLVE') {
    next.resolvedAt = now;
    if (note) next.resolution = note;
  }
  if (action === 'CLOSE') next.closedAt = now;
  if (action === 'REOPEN') {
    next.reopenCount = t.reopenCount + 1;
    delete next.resolvedAt;
    delete next.closedAt;
  }
  return next;
}

/** Late for the first response: answered after the deadline, flagged by the sweep, or still unanswered past it. */
export function isResponseOverdue(t: ServiceTicket, now: string): boolean {
  if (t.firstResponseAt) return t.firstResponseAt > t.responseDueAt;
  return !!t.overdueFlaggedAt || now > t.responseDueAt;
}

/**
 * Whoever sees the customer (service staff: signed customers), the assignee and the managers above
 * them; finance does not work tickets. A ticket shows its customer's name, so it never reaches
 * someone the customer is hidden from, except the staff assigned to it.
 */
export function canSeeTicket(actor: Actor, t: ServiceTicket, customer: Customer | undefined): boolean {
  if (seesTicketDirectly(actor, t)) return true;
  return actor.role !== 'FINANCE' && !!customer && canSeeCustomer(actor, customer);
}

/** Admins, the assignee and managers above the assignee see a ticket without looking at its customer. */
export function seesTicketDirectly(actor: Actor, t: ServiceTicket): boolean {
  return actor.role === 'ADMIN' || t.assigneeId === actor.id || (!!t.assigneeDeptPath && isManagerOf(actor, t.assigneeDeptPath));
}

/** Work on a ticket (start, resolve): its assignee, service staff when nobody is assigned, managers above the assignee, admins. */
export function canWorkTicket(actor: Actor, t: ServiceTicket): boolean {
  if (actor.role === 'ADMIN' || t.assigneeId === actor.id) return true;
  if (!t.assigneeId) return actor.role === 'SERVICE' || actor.role === 'MANAGER';
  return !!t.assigneeDeptPath && isManagerOf(actor, t.assigneeDeptPath);
}

/** Assign: admins, managers and service staff (the service desk dispatches). */
export function canAssignTicket(actor: Actor): boolean {
  return actor.role === 'ADMIN' || actor.role === 'MANAGER' || actor.role === 'SERVICE';
}

/** Open a ticket: whoever sees the customer, except finance. */
export function canOpenTicket(actor: Actor, customer: Customer): boolean {
  return actor.role !== 'FINANCE' && canSeeCustomer(actor, customer);
}
