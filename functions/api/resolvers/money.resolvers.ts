import type { AgingAmounts, ReceivablesAging } from '../../domain/money/receivables.service';
import { customerReceivables, receivablesAging } from '../../domain/money/receivables.service';
import { localDate } from '../../domain/money/local-time';
import { isOverdue } from '../../domain/money/payment-plan.rules';
import { InvoiceInput, MONEY_LABELS, PaymentInput, ReceivablesFilter } from '../../domain/money/payment.schemas';
import { recordInvoice, recordPayment } from '../../domain/money/payment.service';
import { parseInput } from '../../domain/shared/validation';
import type { ApiContext } from '../context';
import type { Resolvers } from '../generated/resolvers-types';
import { money, requiredUserRef, salesLoaders, userRef, withoutNulls } from './sales-loaders';

const parse = <S extends Parameters<typeof parseInput>[0]>(schema: S, raw: unknown, ctx: ApiContext) =>
  parseInput(schema, withoutNulls(raw), ctx.runtime.locale, MONEY_LABELS);

function presentAmounts(a: AgingAmounts) {
  return {
    notDue: money(a.NOT_DUE),
    days0To30: money(a.DAYS_0_30),
    days31To60: money(a.DAYS_31_60),
    days61To90: money(a.DAYS_61_90),
    daysOver90: money(a.DAYS_OVER_90),
    total: money(a.total),
  };
}

async function presentAging(ctx: ApiContext, aging: ReceivablesAging) {
  return {
    asOf: aging.asOf,
    currency: aging.currency,
    totals: presentAmounts(aging.totals),
    customers: await Promise.all(
      aging.customers.map(async (c) => ({
        customer: { id: c.customerId, name: c.customerName },
        owner: await userRef(ctx, c.ownerId),
        amounts: presentAmounts(c.amounts),
      })),
    ),
  };
}

export const moneyResolvers: Resolvers = {
  Query: {
    receivables: (_, { filter }, ctx) => customerReceivables(ctx.service(), parse(ReceivablesFilter, filter ?? {}, ctx)),
    receivablesAging: async (_, { filter }, ctx) => presentAging(ctx, await receivablesAging(ctx.service(), parse(ReceivablesFilter, filter ?? {}, ctx))),
  },
  Mutation: {
    recordPayment: (_, { orderId, input }, ctx) => recordPayment(ctx.service(), orderId, parse(PaymentInput, input, ctx)),
    recordInvoice: (_, { orderId, input }, ctx) => recordInvoice(ctx.service(), orderId, parse(InvoiceInput, input, ctx)),
  },
  Order: {
    paymentPlans: async (o, _, ctx) => (await salesLoaders(ctx).orderDetails.load(o.id))?.plans ?? [],
    payments: async (o, _, ctx) => (await salesLoaders(ctx).orderDetails.load(o.id))?.payments ?? [],
    invoices: async (o, _, ctx) => (await salesLoaders(ctx).orderDetails.load(o.id))?.invoices ?? [],
    ledger: async (o, _, ctx) => (await salesLoaders(ctx).orderDetails.load(o.id))?.ledger ?? null,
  },
  PaymentPlan: {
    amount: (p) => money(p.amount),
    settled: (p) => money(p.settled),
    remaining: (p) => money(p.remaining),
    overdue: (p, _, ctx) => isOverdue(p, localDate(ctx.runtime.clock.now(), ctx.settings.timeZone)),
  },
  Payment: {
    amount: (p) => money(p.amount),
    credited: (p, _, ctx) => requiredUserRef(ctx, p.ownerId),
    allocations: (p) => p.allocations.map((a) => ({ planNo: a.planNo, amount: money(a.amount) })),
    recordedBy: (p, _, ctx) => userRef(ctx, p.recordedBy),
  },
  Invoice: {
    amount: (i) => money(i.amount),
    recordedBy: (i, _, ctx) => userRef(ctx, i.recordedBy),
  },
  OrderLedger: {
    total: (l) => money(l.total),
    received: (l) => money(l.received),
    outstanding: (l) => money(l.outstanding),
    invoiced: (l) => money(l.invoiced),
    uninvoiced: (l) => money(l.uninvoiced),
  },
  CustomerReceivable: {
    customer: (r) => ({ id: r.customerId, name: r.customerName }),
    owner: (r, _, ctx) => userRef(ctx, r.ownerId),
    contracted: (r) => money(r.contracted),
    received: (r) => money(r.received),
    outstanding: (r) => money(r.outstanding),
  },
};
