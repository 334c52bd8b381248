import type { Notifier } from '../../notify/notifier';
import type { Page, PageKey } from '../../store/cursor';
import type { Customer } from '../customers/customer.types';
import { canSeeCustomer } from '../customers/customer.rules';
import { newId } from '../shared/ids';
import { COMMON_ERRORS, CrmError } from '../shared/errors';
import type { ServiceContext } from '../shared/service-context';
import { SERVICE_ERRORS } from './service.errors';
import {
  ACTION_NAMES,
  applyAction,
  canAssignTicket,
  canOpenTicket,
  canSeeTicket,
  seesTicketDirectly,
  canTransition,
  canWorkTicket,
  defaultResponseDueAt,
  STATUS_NAMES,
  type TicketAction,
} from './service-ticket.rules';
import type { CreateTicketInput } from './service-ticket.schemas';
import type { ServiceTicket, TicketStatus } from './service-ticket.types';
import { complaintMessages, sendAll, serviceManagers } from './ticket-notifications';

const ticketCode = (n: number) => `FW${String(n).padStart(6, '0')}`;

async function serviceAssigneeOrThrow(ctx: ServiceContext, userId: string) {
  const user = await ctx.repos.users.get(userId);
  if (!user || user.role !== 'SERVICE' || !user.active) throw new CrmError(SERVICE_ERRORS.assigneeNotService, { name: user?.name ?? userId });
  return user;
}

/** Opens a ticket; a complaint goes to the service manager by SMS and e-mail at once. No return visits for VIP customers. */
export async function createServiceTicket(ctx: ServiceContext, input: CreateTicketInput, notifier: Notifier): Promise<ServiceTicket> {
  const { actor, repos } = ctx;
  const customer = await repos.customers.get(input.customerId);
  if (!customer || !canSeeCustomer(actor, customer)) throw new CrmError(COMMON_ERRORS.notFound, { entity: '客户' });
  if (!canOpenTicket(actor, customer)) throw new CrmError(SERVICE_ERRORS.cannotCreate);
  if (input.type === 'RETURN_VISIT' && customer.vip) throw new CrmError(SERVICE_ERRORS.returnVisitVip, { customer: customer.name });
  const now = ctx.clock.now();
  const createdAt = now.toISOString();
  if (input.responseDueAt && input.responseDueAt <= createdAt) throw new CrmError(SERVICE_ERRORS.deadlineInPast);
  const assignee = input.assigneeId ? await serviceAssigneeOrThrow(ctx, input.assigneeId) : undefined;
  const id = newId(now);
  let ticket: ServiceTicket | undefined;
  await repos.commitNumbered('TICKET', (n) => {
    ticket = {
      id,
      code: ticketCode(n),
      customerId: customer.id,
      customerName: customer.name,
      type: input.type,
      subject: input.subject,
      ...(input.description ? { description: input.description } : {}),
      productIds: input.productIds,
      status: 'OPEN',
      ...(assignee ? { assigneeId: assignee.id, assigneeDeptPath: assignee.departmentPath } : {}),
      responseDueAt: input.responseDueAt ?? defaultResponseDueAt(input.type, createdAt),
      reopenCount: 0,
      steps: [{ at: createdAt, by: actor.id, action: 'CREATE', to: 'OPEN' }, ...(assignee ? [{ at: createdAt, by: actor.id, action: 'ASSIGN' as const, note: assignee.name }] : [])],
      createdAt,
      createdBy: actor.id,
      updatedAt: createdAt,
      version: 1,
    };
    return [repos.serviceTickets.put(ticket)];
  });
  const created = ticket!;
  if (created.type === 'COMPLAINT') await sendAll(notifier, complaintMessages(created, await serviceManagers(repos), ctx.settings.timeZone));
  return created;
}

/**
 * The ticket if the caller may see it; invisible tickets are NOT_FOUND. Its customer is read only
 * when the ticket alone does not decide.
 */
export async function getServiceTicket(ctx: ServiceContext, id: string): Promise<ServiceTicket> {
  const ticket = await ctx.repos.serviceTickets.get(id);
  if (ticket && seesTicketDirectly(ctx.actor, ticket)) return ticket;
  const customer = ticket ? await ctx.repos.customers.get(ticket.customerId) : undefined;
  if (!ticket || !canSeeTicket(ctx.actor, ticket, customer)) throw new CrmError(COMMON_ERRORS.notFound, { entity: '服务工单' });
  return ticket;
}

export async function assignServiceTicket(ctx: ServiceContext, id: string, assigneeId: string): Promise<ServiceTicket> {
  const ticket = await getServiceTicket(ctx, id);
  if (!canAssignTicket(ctx.actor)) throw new CrmError(SERVICE_ERRORS.forbidden, { action: ACTION_NAMES.ASSIGN, code: ticket.code });
  if (ticket.status === 'CLOSED') throw new CrmError(SERVICE_ERRORS.badTransition, { code: ticket.code, status: STATUS_NAMES.CLOSED, action: ACTION_NAMES.ASSIGN });
  const assignee = await serviceAssigneeOrThrow(ctx, assigneeId);
  const now = ctx.clock.now().toISOString();
  const next: ServiceTicket = {
    ...ticket,
    assigneeId: assignee.id,
    assigneeDeptPath: assignee.departmentPath,
    steps: [...ticket.steps, { at: now, by: ctx.actor.id, action: 'ASSIGN', note: assignee.name }],
    updatedAt: now,
    version: ticket.version + 1,
  };
  await ctx.repos.commit([ctx.repos.serviceTickets.put(next, ticket.version)]);
  return next;
}

/** START, RESOLVE, CLOSE or REOPEN, guarded by the lifecycle and by who may do it. */
export async function transitionServiceTicket(ctx: ServiceContext, id: string, action: TicketAction, note?: string): Promise<ServiceTicket> {
  const ticket = await getServiceTicket(ctx, id);
  const { actor } = ctx;
  const allowed =
    action === 'START' || action === 'RESOLVE'
      ? canWorkTicket(actor, ticket)
      : action === 'CLOSE'
        ? canWorkTicket(actor, ticket) || ticket.createdBy === actor.id || actor.role === 'SERVICE'
        : actor.role !== 'FINANCE';
  if (!allowed) throw new CrmError(SERVICE_ERRORS.forbidden, { action: ACTION_NAMES[action], code: ticket.code });
  if (!canTransition(ticket.status, action)) throw new CrmError(SERVICE_ERRORS.badTransition, { code: ticket.code, status: STATUS_NAMES[ticket.status], action: ACTION_NAMES[action] });
  const next = applyAction(ticket, action, actor.id, ctx.clock.now().toISOString(), note);
  await ctx.repos.commit([ctx.repos.serviceTickets.put(next, ticket.version)]);
  return next;
}

/** 满意度 1–5, once, after the ticket was resolved. */
export async function rateServiceTicket(ctx: ServiceContext, id: string, satisfaction: number, comment?: string): Promise<ServiceTicket> {
  const ticket = await getServiceTicket(ctx, id);
  if (ctx.actor.role === 'FINANCE') throw new CrmError(SERVICE_ERRORS.forbidden, { action: ACTION_NAMES.RATE, code: ticket.code });
  const rateable: TicketStatus[] = ['RESOLVED', 'CLOSED'];
  if (!rateable.includes(ticket.status)) throw new CrmError(SERVICE_ERRORS.badTransition, { code: ticket.code, status: STATUS_NAMES[ticket.status], action: ACTION_NAMES.RATE });
  if (ticket.satisfaction !== undefined) throw new CrmError(SERVICE_ERRORS.alreadyRated, { code: ticket.code });
  const now = ctx.clock.now().toISOString();
  const next: ServiceTicket = {
    ...ticket,
    satisfaction,
    ...(comment ? { satisfactionComment: comment } : {}),
    steps: [...ticket.steps, { at: now, by: ctx.actor.id, action: 'RATE', note: String(satisfaction) }],
    updatedAt: now,
    version: ticket.version + 1,
  };
  await ctx.repos.commit([ctx.repos.serviceTickets.put(next, ticket.version)]);
  return next;
}

/** A customer's tickets (to whoever sees the customer or works tickets). */
export async function listCustomerTickets(ctx: ServiceContext, customerId: string): Promise<ServiceTicket[]> {
  const customer = await ctx.repos.customers.get(customerId);
  const tickets = await ctx.repos.serviceTickets.listByCustomer(customerId);
  return tickets.filter((t) => canSeeTicket(ctx.actor, t, customer));
}

/** One assignee's tickets: yourself, or (managers above them, admins, service staff) someone else's. */
export async function listAssigneeTickets(ctx: ServiceContext, assigneeId: string, limit: number, startKey?: PageKey): Promise<Page<ServiceTicket>> {
  const { actor } = ctx;
  if (assigneeId !== actor.id && actor.role !== 'ADMIN' && actor.role !== 'SERVICE') {
    const assignee = await ctx.repos.users.get(assigneeId);
    if (!assignee || actor.role !== 'MANAGER' || !assignee.departmentPath.startsWith(actor.departmentPath)) {
      throw new CrmError(SERVICE_ERRORS.forbidden, { action: ACTION_NAMES.VIEW, code: `（${assigneeId} 的工单）` });
    }
  }
  return visibleOnly(ctx, await ctx.repos.serviceTickets.listByAssignee(assigneeId, limit, startKey));
}

/** Drops tickets of customers the caller may not see from a page (the page may come back shorter). */
async function visibleOnly(ctx: ServiceContext, page: Page<ServiceTicket>): Promise<Page<ServiceTicket>> {
  const undecided = page.items.filter((t) => !seesTicketDirectly(ctx.actor, t));
  const customers = undecided.length ? await ctx.repos.customers.getMany(undecided.map((t) => t.customerId)) : new Map<string, Customer>();
  const keep = page.items.map((t) => canSeeTicket(ctx.actor, t, customers.get(t.customerId)));
  return { ...page, items: page.items.filter((_, i) => keep[i]), itemKeys: page.itemKeys?.filter((_, i) => keep[i]) };
}

/** The service desk's queue by status: service staff and admins. */
export async function listTicketsByStatus(ctx: ServiceContext, status: TicketStatus, limit: number, startKey?: PageKey): Promise<Page<ServiceTicket>> {
  if (ctx.actor.role !== 'ADMIN' && ctx.actor.role !== 'SERVICE') throw new CrmError(SERVICE_ERRORS.forbidden, { action: ACTION_NAMES.VIEW, code: `（${STATUS_NAMES[status]}队列）` });
  return visibleOnly(ctx, await ctx.repos.serviceTickets.listByStatus(status, limit, startKey));
}
