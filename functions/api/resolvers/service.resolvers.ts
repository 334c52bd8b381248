import { isResponseOverdue } from '../../domain/service/service-ticket.rules';
import { CreateTicketSchema, ReopenTicketSchema, ResolveTicketSchema, SatisfactionSchema, StartTicketSchema, TICKET_LABELS } from '../../domain/service/service-ticket.schemas';
import {
  assignServiceTicket,
  createServiceTicket,
  getServiceTicket,
  listAssigneeTickets,
  listCustomerTickets,
  listTicketsByStatus,
  rateServiceTicket,
  transitionServiceTicket,
} from '../../domain/service/service-ticket.service';
import { parseInput } from '../../domain/shared/validation';
import type { ApiContext } from '../context';
import type { Resolvers } from '../generated/resolvers-types';
import { cursorScope, decodeAfter, pageSize, toConnection } from '../pagination';
import { userRef, withoutNulls } from './sales-loaders';

const parse = <S extends Parameters<typeof parseInput>[0]>(schema: S, raw: unknown, ctx: ApiContext) =>
  parseInput(schema, withoutNulls(raw), ctx.runtime.locale, TICKET_LABELS) as ReturnType<typeof parseInput<S>>;

export const serviceResolvers: Resolvers = {
  Query: {
    serviceTicket: (_, { id }, ctx) => getServiceTicket(ctx.service(), id),
    assignedServiceTickets: async (_, args, ctx) => {
      const service = ctx.service();
      const assigneeId = args.assigneeId ?? service.actor.id;
      const scope = cursorScope(ctx, 'assignedServiceTickets', { assigneeId });
      const page = await listAssigneeTickets(service, assigneeId, pageSize(args.first), decodeAfter(ctx, args.after, scope));
      return toConnection(ctx, page, scope);
    },
    serviceTicketQueue: async (_, args, ctx) => {
      const scope = cursorScope(ctx, 'serviceTicketQueue', { status: args.status });
      const page = await listTicketsByStatus(ctx.service(), args.status, pageSize(args.first), decodeAfter(ctx, args.after, scope));
      return toConnection(ctx, page, scope);
    },
  },
  Mutation: {
    createServiceTicket: (_, { input }, ctx) => createServiceTicket(ctx.service(), parse(CreateTicketSchema, input, ctx), ctx.runtime.notifier),
    assignServiceTicket: (_, { id, assigneeId }, ctx) => assignServiceTicket(ctx.service(), id, assigneeId),
    startServiceTicket: (_, { id, note }, ctx) => transitionServiceTicket(ctx.service(), id, 'START', parse(StartTicketSchema, { note }, ctx).note),
    resolveServiceTicket: (_, { id, resolution }, ctx) => transitionServiceTicket(ctx.service(), id, 'RESOLVE', parse(ResolveTicketSchema, { resolution }, ctx).resolution),
    closeServiceTicket: async (_, { id, satisfaction, comment }, ctx) => {
      const service = ctx.service();
      const rating = satisfaction == null ? undefined : parse(SatisfactionSchema, { satisfaction, comment }, ctx);
      const closed = await transitionServiceTicket(service, id, 'CLOSE');
      return rating ? rateServiceTicket(service, id, rating.satisfaction, rating.comment) : closed;
    },
    reopenServiceTicket: (_, { id, reason }, ctx) => transitionServiceTicket(ctx.service(), id, 'REOPEN', parse(ReopenTicketSchema, { reason }, ctx).reason),
    rateServiceTicket: (_, { id, satisfaction, comment }, ctx) => {
      const rating = parse(SatisfactionSchema, { satisfaction, comment }, ctx);
      return rateServiceTicket(ctx.service(), id, rating.satisfaction, rating.comment);
    },
  },
  Customer: {
    serviceTickets: (c, _, ctx) => listCustomerTickets(ctx.service(), c.id),
  },
  ServiceTicket: {
    customer: (t) => ({ id: t.customerId, name: t.customerName }),
    assignee: (t, _, ctx) => userRef(ctx, t.assigneeId),
    createdBy: (t, _, ctx) => userRef(ctx, t.createdBy),
    responseOverdue: (t, _, ctx) => isResponseOverdue(t, ctx.runtime.clock.now().toISOString()),
  },
  ServiceTicketStep: {
    by: (s, _, ctx) => (s.by === 'system' ? { id: 'system', name: '系统' } : userRef(ctx, s.by)),
  },
};
