import type { Write } from '../../store/transactions';
import { STATUS_ZH } from '../orders/order.rules';
import { getOrderDetailsOrThrow } from '../orders/order.service';
import type { Order } from '../orders/order.types';
import { COMMON_ERRORS, CrmError } from '../shared/errors';
import { newId } from '../shared/ids';
import type { ServiceContext } from '../shared/service-context';
import { isSalesRole } from '../users/access.rules';
import { formatFen } from './money';
import { MONEY_ERRORS, PlanMovedError } from './money.errors';
import type { Invoice, Payment } from './money.types';
import { allocatePayment } from './payment-plan.rules';
import type { InvoiceInput, PaymentInput } from './payment.schemas';

const MAX_ATTEMPTS = 8;

function assertFinance(ctx: ServiceContext, action: string): void {
  if (ctx.actor.role !== 'FINANCE') throw new CrmError(MONEY_ERRORS.financeOnly, { action });
}

function assertSigned(order: Order, action: string): void {
  if (order.status !== 'SIGNED') throw new CrmError(MONEY_ERRORS.orderNotSigned, { number: order.number, status: STATUS_ZH[order.status], action });
}

async function creditedRep(ctx: ServiceContext, order: Order, ownerId: string | undefined): Promise<string> {
  if (!ownerId || ownerId === order.ownerId) return order.ownerId;
  const user = await ctx.repos.users.get(ownerId);
  if (!user || !user.active || !isSalesRole(user.role)) throw new CrmError(MONEY_ERRORS.creditedUser);
  return user.id;
}

/**
 * Finance records money received (回款). It settles the named instalment, or the oldest open ones,
 * never beyond what is due: each instalment's remaining amount guards its own update, so concurrent
 * payments cannot over-settle. A fully settled instalment leaves the reminder and aging indexes,
 * which cancels its pending reminders. When an instalment moved under us but the money still fits,
 * the allocation is recomputed from fresh data.
 */
export async function recordPayment(ctx: ServiceContext, orderId: string, input: PaymentInput): Promise<Payment> {
  assertFinance(ctx, '登记回款');
  for (let attempt = 1; ; attempt++) {
    const { order, plans } = await getOrderDetailsOrThrow(ctx, orderId);
    assertSigned(order, '登记回款');
    const ownerId = await creditedRep(ctx, order, input.ownerId);
    let candidates = plans;
    if (input.planNo !== undefined) {
      const plan = plans.find((p) => p.planNo === input.planNo);
      if (!plan) throw new CrmError(MONEY_ERRORS.unknownPlan, { planNo: input.planNo });
      if (plan.status !== 'OPEN' || plan.remaining < input.amount) {
        throw new CrmError(MONEY_ERRORS.overSettlement, { amount: formatFen(input.amount), planNo: plan.planNo, remaining: formatFen(plan.status === 'OPEN' ? plan.remaining : 0) });
      }
      candidates = [plan];
    }
    const allocations = allocatePayment(candidates, input.amount);
    if (!allocations) {
      const outstanding = plans.filter((p) => p.status === 'OPEN').reduce((sum, p) => sum + p.remaining, 0);
      throw new CrmError(MONEY_ERRORS.overPayment, { amount: formatFen(input.amount), outstanding: formatFen(outstanding) });
    }
    const now = ctx.clock.now();
    const payment: Payment = {
      id: newId(now),
      orderId,
      orderNumber: order.number,
      customerId: order.customerId,
      currency: order.currency,
      amount: input.amount,
      method: input.method,
      paidOn: input.paidOn,
      ownerId,
      allocations: allocations.map((a) => ({ planNo: a.planNo, amount: a.amount })),
      ...(input.note ? { note: input.note } : {}),
      recordedBy: ctx.actor.id,
      recordedAt: now.toISOString(),
    };
    const writes: Write[] = [
      ...allocations.map((a) => ctx.repos.money.settle({ orderId, planNo: a.planNo }, a.amount, a.amount === a.remainingBefore, now.toISOString())),
      ctx.repos.money.ledgerReceive(orderId, input.amount),
      ctx.repos.money.addToReceivable(
        { customerId: order.customerId, customerName: order.customerName, ownerId: order.ownerId, ownerDeptPath: order.ownerDeptPath, currency: order.currency },
        { received: input.amount, outstanding: -input.amount },
      ),
      ctx.repos.money.putPayment(payment),
    ];
    try {
      await ctx.repos.commit(writes);
      return payment;
    } catch (error) {
      if (!(error instanceof PlanMovedError)) throw error;
      if (attempt >= MAX_ATTEMPTS) throw new CrmError(COMMON_ERRORS.busy);
    }
  }
}

/** Finance records an invoice (开票); the order's uninvoiced amount guards against invoicing more than the contract. */
export async function recordInvoice(ctx: ServiceContext, orderId: string, input: InvoiceInput): Promise<Invoice> {
  assertFinance(ctx, '登记开票');
  const { order } = await getOrderDetailsOrThrow(ctx, orderId);
  if (order.status !== 'SIGNED' && order.status !== 'COMPLETED') assertSigned(order, '开票');
  const now = ctx.clock.now();
  const invoice: Invoice = {
    id: newId(now),
    orderId,
    orderNumber: order.number,
    customerId: order.customerId,
    number: input.number,
    kind: input.kind,
    amount: input.amount,
    currency: order.currency,
    issuedOn: input.issuedOn,
    ...(input.title ? { title: input.title } : {}),
    recordedBy: ctx.actor.id,
    recordedAt: now.toISOString(),
  };
  await ctx.repos.commit([ctx.repos.money.ledgerInvoice(orderId, input.amount), ctx.repos.money.claimInvoiceNumber(invoice), ctx.repos.money.putInvoice(invoice)]);
  return invoice;
}
