import type { Page, PageKey } from '../../store/cursor';
import type { OrderDetails, OrderListQuery } from '../../store/order.repository';
import type { Write } from '../../store/transactions';
import { getEditableCustomerOrThrow, getVisibleCustomerOrThrow } from '../customers/customer.service';
import type { Customer } from '../customers/customer.types';
import { formatFen } from '../money/money';
import type { OrderLedger, PaymentPlan } from '../money/money.types';
import { reminderSchedule } from '../money/payment-plan.rules';
import { closed } from '../pipeline/opportunity.rules';
import { opportunityWrites } from '../pipeline/opportunity.service';
import { countOpenOpportunity } from '../protection/protection.rules';
import { PIPELINE_ERRORS } from '../pipeline/pipeline.errors';
import { salesScopeFor } from '../pipeline/sales-scope';
import type { SalesSettings } from '../pipeline/sales-settings.types';
import { activeProductsOrThrow } from '../products/product.service';
import { signedContract } from '../protection/lifecycle.rules';
import { COMMON_ERRORS, CrmError } from '../shared/errors';
import { newId } from '../shared/ids';
import type { ServiceContext } from '../shared/service-context';
import { isManagerOf, isSalesRole } from '../users/access.rules';
import { ORDER_ERRORS } from './order.errors';
import {
  assertContentEditable,
  assertStatus,
  canApproveOrder,
  canEditOrder,
  canSeeOrder,
  needsApproval,
  orderNumber,
  planAtSigning,
  plannedInstalments,
  pricedLines,
  totalsOf,
  withStatus,
} from './order.rules';
import type { CreateOrderInput, OrderFilter, OrderLineInput, RejectInput, SignOrderInput, UpdateOrderInput, VersionInput } from './order.schemas';
import type { Order } from './order.types';

const SEQUENCE_ROUNDS = 3;

export async function getOrderOrThrow(ctx: ServiceContext, id: string): Promise<Order> {
  const order = await ctx.repos.orders.get(id);
  if (!order || !canSeeOrder(ctx.actor, order)) throw new CrmError(COMMON_ERRORS.notFound, { entity: '订单' });
  return order;
}

export async function getOrderDetailsOrThrow(ctx: ServiceContext, id: string): Promise<OrderDetails> {
  const details = await ctx.repos.orders.details(id);
  if (!details || !canSeeOrder(ctx.actor, details.order)) throw new CrmError(COMMON_ERRORS.notFound, { entity: '订单' });
  return details;
}

async function editableOrderOrThrow(ctx: ServiceContext, id: string, expectedVersion: number): Promise<Order> {
  const order = await getOrderOrThrow(ctx, id);
  if (!canEditOrder(ctx.actor, order)) throw new CrmError(COMMON_ERRORS.forbidden, { action: '修改此订单' });
  if (order.version !== expectedVersion) throw new CrmError(COMMON_ERRORS.staleVersion, { entity: '订单' });
  return order;
}

async function priced(ctx: ServiceContext, lines: readonly OrderLineInput[], currency: string) {
  const { products, checks } = await activeProductsOrThrow(ctx, lines.map((l) => l.productId));
  const priced = pricedLines(lines, products, currency);
  return { lines: priced, ...totalsOf(priced), checks };
}

/** A draft contract for a customer you may edit; its number comes from the gap-free ORDER sequence. */
export async function createOrder(ctx: ServiceContext, input: CreateOrderInput): Promise<Order> {
  if (!isSalesRole(ctx.actor.role)) throw new CrmError(COMMON_ERRORS.forbidden, { action: '新建订单' });
  const customer = await getEditableCustomerOrThrow(ctx, input.customerId);
  if (!customer.ownerId) throw new CrmError(ORDER_ERRORS.customerInPool);
  if (input.opportunityId) {
    const opportunity = await ctx.repos.opportunities.get(customer.id, input.opportunityId);
    if (!opportunity) throw new CrmError(ORDER_ERRORS.opportunityMismatch);
    if (opportunity.currency !== input.currency) throw new CrmError(PIPELINE_ERRORS.currencyMismatch, { currency: opportunity.currency, orderCurrency: input.currency });
  }
  const { lines, listTotal, discountTotal, total, checks } = await priced(ctx, input.lines, input.currency);
  const paymentPlan = plannedInstalments(input.paymentPlan ?? [], total);
  const now = ctx.clock.now().toISOString();
  const draft: Omit<Order, 'number'> = {
    id: newId(ctx.clock.now()),
    customerId: customer.id,
    customerName: customer.name,
    customerCode: customer.code,
    ownerId: customer.ownerId,
    ownerDeptPath: customer.ownerDeptPath ?? '',
    ...(input.opportunityId ? { opportunityId: input.opportunityId } : {}),
    title: input.title,
    currency: input.currency,
    lines,
    listTotal,
    discountTotal,
    total,
    ...(input.paymentTerms ? { paymentTerms: input.paymentTerms } : {}),
    extraTerms: input.extraTerms ?? [],
    paymentPlan,
    status: 'DRAFT',
    statusHistory: [{ status: 'DRAFT', at: now, by: ctx.actor.id }],
    createdAt: now,
    createdBy: ctx.actor.id,
    updatedAt: now,
    version: 1,
  };
  let created: Order | undefined;
  // Dozens of reps creating at once can outlast the sequence's own retries; a failed round wrote nothing.
  for (let round = 1; ; round++) {
    try {
      await ctx.repos.commitNumbered('ORDER', (n) => {
        created = { ...draft, number: orderNumber(n) };
        return [ctx.repos.orders.putNew(created), ...checks];
      });
      return created!;
    } catch (error) {
      if (!(error instanceof CrmError && error.code === 'RETRYABLE') || round >= SEQUENCE_ROUNDS) throw error;
    }
  }
}

/** Before signing only; an order waiting for approval goes back to draft, since the approval was for other content. */
export async function updateOrder(ctx: ServiceContext, id: string, input: UpdateOrderInput): Promise<Order> {
  const current = await editableOrderOrThrow(ctx, id, input.expectedVersion);
  assertContentEditable(current);
  const now = ctx.clock.now().toISOString();
  let next: Order = { ...current, updatedAt: now, version: current.version + 1 };
  let checks: Write[] = [];
  if (input.lines) {
    const repriced = await priced(ctx, input.lines, current.currency);
    checks = repriced.checks;
    next = { ...next, lines: repriced.lines, listTotal: repriced.listTotal, discountTotal: repriced.discountTotal, total: repriced.total };
  }
  if (input.title !== undefined) next.title = input.title;
  if (input.paymentTerms !== undefined) next.paymentTerms = input.paymentTerms;
  if (input.extraTerms !== undefined) next.extraTerms = input.extraTerms;
  const planInput = input.paymentPlan ?? (input.lines ? current.paymentPlan.map((p) => ({ dueDate: p.dueDate, amount: p.amount })) : undefined);
  if (planInput) next.paymentPlan = plannedInstalments(planInput, next.total);
  if (current.status === 'PENDING_APPROVAL') {
    next = { ...withStatus(next, 'DRAFT', ctx.actor.id, now, '内容修改，需重新审批'), version: current.version + 1 };
    delete next.approval;
  }
  await ctx.repos.commit([ctx.repos.orders.putIfVersion(next, current.version), ...checks]);
  return next;
}

export async function submitOrderForApproval(ctx: ServiceContext, id: string, input: VersionInput): Promise<Order> {
  const current = await editableOrderOrThrow(ctx, id, input.expectedVersion);
  assertStatus(current, ['DRAFT'], '提交审批');
  const now = ctx.clock.now().toISOString();
  const next: Order = {
    ...withStatus(current, 'PENDING_APPROVAL', ctx.actor.id, now, input.comment),
    approval: { state: 'PENDING', total: current.total, requestedAt: now, requestedBy: ctx.actor.id, ...(input.comment ? { comment: input.comment } : {}) },
  };
  await ctx.repos.commit([ctx.repos.orders.putIfVersion(next, current.version)]);
  return next;
}

async function decidableOrderOrThrow(ctx: ServiceContext, id: string, expectedVersion: number): Promise<Order> {
  const current = await getOrderOrThrow(ctx, id);
  if (!canApproveOrder(ctx.actor, current)) throw new CrmError(ORDER_ERRORS.notApprover);
  if (current.version !== expectedVersion) throw new CrmError(COMMON_ERRORS.staleVersion, { entity: '订单' });
  assertStatus(current, ['PENDING_APPROVAL'], '审批');
  if (current.approval?.state !== 'PENDING') throw new CrmError(ORDER_ERRORS.badTransition, { number: current.number, status: '已审批', action: '再次审批' });
  return current;
}

export async function approveOrder(ctx: ServiceContext, id: string, input: VersionInput): Promise<Order> {
  const current = await decidableOrderOrThrow(ctx, id, input.expectedVersion);
  const now = ctx.clock.now().toISOString();
  const next: Order = {
    ...current,
    approval: { ...current.approval!, state: 'APPROVED', decidedAt: now, decidedBy: ctx.actor.id, ...(input.comment ? { comment: input.comment } : {}) },
    updatedAt: now,
    version: current.version + 1,
  };
  await ctx.repos.commit([ctx.repos.orders.putIfVersion(next, current.version)]);
  return next;
}

export async function rejectOrder(ctx: ServiceContext, id: string, input: RejectInput): Promise<Order> {
  const current = await decidableOrderOrThrow(ctx, id, input.expectedVersion);
  const now = ctx.clock.now().toISOString();
  const next: Order = {
    ...withStatus(current, 'DRAFT', ctx.actor.id, now, `审批驳回：${input.comment}`),
    approval: { ...current.approval!, state: 'REJECTED', decidedAt: now, decidedBy: ctx.actor.id, comment: input.comment },
  };
  await ctx.repos.commit([ctx.repos.orders.putIfVersion(next, current.version)]);
  return next;
}

function assertSignable(order: Order, settings: SalesSettings): void {
  assertStatus(order, ['DRAFT', 'PENDING_APPROVAL'], '签约');
  if (order.status === 'PENDING_APPROVAL') {
    if (order.approval?.state !== 'APPROVED') throw new CrmError(ORDER_ERRORS.approvalPending);
    return;
  }
  if (needsApproval(order.total, settings)) {
    throw new CrmError(ORDER_ERRORS.approvalRequired, { total: formatFen(order.total), threshold: formatFen(settings.orderApprovalThreshold) });
  }
}

function plansAtSigning(ctx: ServiceContext, order: Order, customer: Customer, signedOn: string, settings: SalesSettings, now: string): PaymentPlan[] {
  return planAtSigning(order, signedOn).map((p) => {
    const reminders = reminderSchedule(p.dueDate, settings, ctx.settings.timeZone, now);
    const next = reminders[0];
    return {
      orderId: order.id,
      orderNumber: order.number,
      customerId: order.customerId,
      customerName: customer.name,
      ownerId: order.ownerId,
      ownerDeptPath: order.ownerDeptPath,
      currency: order.currency,
      planNo: p.planNo,
      dueDate: p.dueDate,
      amount: p.amount,
      settled: 0,
      remaining: p.amount,
      status: 'OPEN',
      reminders,
      ...(next ? { nextReminderAt: next.at, nextReminderKind: next.kind } : {}),
      createdAt: now,
    };
  });
}

/**
 * Signing, in one transaction: the order becomes SIGNED; the customer becomes FORMAL and CLOSED
 * (LOYAL on a later order) under its optimistic lock, which takes it out of the protection deadline
 * index for good; line shipping counters, instalments (with their reminders), the order ledger and
 * the customer's receivable are created; a linked open opportunity is closed as won.
 */
export async function signOrder(ctx: ServiceContext, id: string, input: SignOrderInput): Promise<Order> {
  const current = await editableOrderOrThrow(ctx, id, input.expectedVersion);
  const settings = await ctx.repos.salesSettings.get();
  assertSignable(current, settings);
  const customer = await ctx.repos.customers.get(current.customerId, true);
  if (!customer) throw new CrmError(COMMON_ERRORS.notFound, { entity: '客户' });
  if (!customer.ownerId) throw new CrmError(ORDER_ERRORS.customerInPool);
  const now = ctx.clock.now().toISOString();
  const plans = planAtSigning(current, input.signedOn);
  const signed: Order = {
    ...withStatus(current, 'SIGNED', ctx.actor.id, now),
    customerName: customer.name,
    paymentPlan: plans,
    signedOn: input.signedOn,
    signerName: input.signerName,
    signedBy: ctx.actor.id,
    signedAt: now,
  };
  const ledger: OrderLedger = { orderId: id, currency: current.currency, total: current.total, received: 0, outstanding: current.total, invoiced: 0, uninvoiced: current.total };
  const opportunity = current.opportunityId ? await ctx.repos.opportunities.get(current.customerId, current.opportunityId) : undefined;
  const wonNow = opportunity?.status === 'OPEN';
  const counted = wonNow ? countOpenOpportunity(customer, -1, now, ctx.settings) : customer;
  const writes: Write[] = [
    ctx.repos.orders.putIfVersion(signed, current.version),
    ctx.repos.customers.putIfVersion(signedContract(counted, now, ctx.settings), customer.version),
    ...signed.lines.map((l) => ctx.repos.orders.putLineShipping({ orderId: id, lineNo: l.lineNo, ordered: l.quantity, shipped: 0, unshipped: l.quantity })),
    ...plansAtSigning(ctx, signed, customer, input.signedOn, settings, now).map((p) => ctx.repos.money.putPlan(p)),
    ctx.repos.money.putLedger(ledger),
    ctx.repos.money.addToReceivable(
      { customerId: customer.id, customerName: customer.name, ownerId: signed.ownerId, ownerDeptPath: signed.ownerDeptPath, currency: signed.currency },
      { contracted: signed.total, outstanding: signed.total },
    ),
  ];
  if (wonNow) {
    const won = closed(opportunity, 'WON', { reason: `签订合同 ${current.number}`, orderId: id }, settings, now);
    writes.push(...opportunityWrites(ctx, [{ before: opportunity, after: won }]));
  }
  await ctx.repos.commit(writes);
  return signed;
}

/** Completed means delivered and paid: every line shipped and nothing outstanding, checked in the transaction. */
export async function completeOrder(ctx: ServiceContext, id: string, input: VersionInput): Promise<Order> {
  const current = await editableOrderOrThrow(ctx, id, input.expectedVersion);
  assertStatus(current, ['SIGNED'], '完成');
  const next = withStatus(current, 'COMPLETED', ctx.actor.id, ctx.clock.now().toISOString(), input.comment);
  await ctx.repos.commit([
    ctx.repos.orders.putIfVersion(next, current.version),
    ...current.lines.map((l) => ctx.repos.orders.checkLineFullyShipped(id, l.lineNo)),
    ctx.repos.money.checkLedgerSettled(id),
  ]);
  return next;
}

/**
 * Drafts are cancelled by their editors. A signed order only by a manager above the owner (or an
 * admin), and only while nothing was shipped, paid or invoiced; its receivable is written off and its
 * instalments leave the aging and reminder indexes.
 */
export async function cancelOrder(ctx: ServiceContext, id: string, input: RejectInput): Promise<Order> {
  const current = await editableOrderOrThrow(ctx, id, input.expectedVersion);
  assertStatus(current, ['DRAFT', 'PENDING_APPROVAL', 'SIGNED'], '取消');
  const next = withStatus(current, 'CANCELLED', ctx.actor.id, ctx.clock.now().toISOString(), input.comment);
  const writes: Write[] = [ctx.repos.orders.putIfVersion(next, current.version)];
  if (current.status === 'SIGNED') {
    if (!isManagerOf(ctx.actor, current.ownerDeptPath)) throw new CrmError(COMMON_ERRORS.forbidden, { action: '取消已签约的订单（需上级主管）' });
    writes.push(
      ...current.lines.map((l) => ctx.repos.orders.checkLineNothingShipped(id, l.lineNo)),
      ...current.paymentPlan.map((p) => ctx.repos.money.cancelPlan({ orderId: id, planNo: p.planNo })),
      ctx.repos.money.cancelLedger(id),
      ctx.repos.money.addToReceivable(
        { customerId: current.customerId, customerName: current.customerName, ownerId: current.ownerId, ownerDeptPath: current.ownerDeptPath, currency: current.currency },
        { contracted: -current.total, outstanding: -current.total },
      ),
    );
  }
  await ctx.repos.commit(writes);
  return next;
}

export async function listOrders(ctx: ServiceContext, filter: OrderFilter, limit: number, startKey?: PageKey): Promise<Page<Order>> {
  let query: OrderListQuery;
  if (filter.customerId) {
    if (ctx.actor.role !== 'FINANCE') await getVisibleCustomerOrThrow(ctx, filter.customerId);
    query = { kind: 'CUSTOMER', customerId: filter.customerId, status: filter.status };
  } else {
    const scope = await salesScopeFor(ctx, filter, { financeSeesAll: true });
    query = scope.kind === 'OWNER' ? { kind: 'OWNER', ownerId: scope.ownerId, status: filter.status } : { ...scope, status: filter.status };
  }
  const page = await ctx.repos.orders.list(query, limit, startKey);
  const kept = page.items.map((o, i) => ({ o, key: page.itemKeys?.[i] })).filter(({ o }) => canSeeOrder(ctx.actor, o));
  return { items: kept.map((k) => k.o), itemKeys: kept.map((k) => k.key ?? {}), nextKey: page.nextKey };
}
