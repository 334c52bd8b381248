import { formatFen, lineAmount, sumFen, type Fen } from '../money/money';
import type { SalesSettings } from '../pipeline/sales-settings.types';
import type { Product } from '../products/product.types';
import { CrmError } from '../shared/errors';
import { canManageOwned, isInSubtree } from '../users/access.rules';
import type { Actor } from '../users/user.types';
import { ORDER_ERRORS } from './order.errors';
import type { InstalmentInput, OrderLineInput } from './order.schemas';
import type { Order, OrderLine, OrderStatus, PlannedInstalment } from './order.types';

export const STATUS_ZH: Record<OrderStatus, string> = {
  DRAFT: '草稿',
  PENDING_APPROVAL: '待审批',
  SIGNED: '已签约',
  COMPLETED: '已完成',
  CANCELLED: '已取消',
};

export function orderNumber(sequence: number): string {
  return `HT${String(sequence).padStart(6, '0')}`;
}

/** Owner, managers above the owner, admins; finance sees every order (it records the money); service sees signed ones. */
export function canSeeOrder(actor: Actor, o: Pick<Order, 'ownerId' | 'ownerDeptPath' | 'status'>): boolean {
  if (canManageOwned(actor, o)) return true;
  if (actor.role === 'FINANCE') return true;
  return actor.role === 'SERVICE' && (o.status === 'SIGNED' || o.status === 'COMPLETED');
}

/** Only the owner or their managers (and admins) edit, sign, complete or cancel. */
export function canEditOrder(actor: Actor, o: Pick<Order, 'ownerId' | 'ownerDeptPath'>): boolean {
  return canManageOwned(actor, o);
}

/** A manager above the owner (not the owner approving their own order), or an admin. */
export function canApproveOrder(actor: Actor, o: Pick<Order, 'ownerId' | 'ownerDeptPath'>): boolean {
  if (actor.role === 'ADMIN') return true;
  return actor.role === 'MANAGER' && actor.id !== o.ownerId && isInSubtree(o.ownerDeptPath, actor.departmentPath);
}

export function needsApproval(total: Fen, settings: Pick<SalesSettings, 'orderApprovalThreshold'>): boolean {
  return total > settings.orderApprovalThreshold;
}

/** Lines priced server-side: unit price defaults to the list price, amounts rounded half-up per line. */
export function pricedLines(inputs: readonly OrderLineInput[], products: Map<string, Product>, currency: string): OrderLine[] {
  return inputs.map((input, i) => {
    const product = products.get(input.productId)!;
    if (input.unitPrice === undefined && product.currency !== currency) {
      throw new CrmError(ORDER_ERRORS.productCurrency, { name: product.name, productCurrency: product.currency, currency });
    }
    const unitPrice = input.unitPrice ?? product.listPrice;
    const discount = input.discountPercent ?? 0;
    return {
      lineNo: i + 1,
      productId: product.id,
      productCode: product.code,
      productName: product.name,
      unit: product.unit,
      quantity: input.quantity,
      unitPrice,
      discount,
      listAmount: lineAmount(input.quantity, unitPrice),
      amount: lineAmount(input.quantity, unitPrice, discount),
    };
  });
}

export function totalsOf(lines: readonly OrderLine[]): Pick<Order, 'listTotal' | 'discountTotal' | 'total'> {
  const listTotal = sumFen(lines.map((l) => l.listAmount));
  const total = sumFen(lines.map((l) => l.amount));
  return { listTotal, discountTotal: listTotal - total, total };
}

/** An agreed plan must add up to the order total, instalments in due-date order. Empty: decided at signing. */
export function plannedInstalments(inputs: readonly InstalmentInput[], total: Fen): PlannedInstalment[] {
  if (inputs.length === 0) return [];
  const planned = sumFen(inputs.map((i) => i.amount));
  if (planned !== total) throw new CrmError(ORDER_ERRORS.planMismatch, { planned: formatFen(planned), total: formatFen(total) });
  for (let i = 1; i < inputs.length; i++) if (inputs[i]!.dueDate < inputs[i - 1]!.dueDate) throw new CrmError(ORDER_ERRORS.planDatesOrder);
  return inputs.map((i, n) => ({ planNo: n + 1, dueDate: i.dueDate, amount: i.amount }));
}

/** At signing without an agreed plan, the whole total falls due on the signing date. */
export function planAtSigning(order: Pick<Order, 'paymentPlan' | 'total'>, signedOn: string): PlannedInstalment[] {
  if (order.paymentPlan.length > 0) return order.paymentPlan;
  return order.total > 0 ? [{ planNo: 1, dueDate: signedOn, amount: order.total }] : [];
}

export function assertContentEditable(o: Order): void {
  if (o.status !== 'DRAFT' && o.status !== 'PENDING_APPROVAL') throw new CrmError(ORDER_ERRORS.locked, { number: o.number, status: STATUS_ZH[o.status] });
}

export function assertStatus(o: Order, allowed: readonly OrderStatus[], action: string): void {
  if (!allowed.includes(o.status)) throw new CrmError(ORDER_ERRORS.badTransition, { number: o.number, status: STATUS_ZH[o.status], action });
}

export function withStatus(o: Order, status: OrderStatus, by: string, now: string, note?: string): Order {
  return { ...o, status, statusHistory: [...o.statusHistory, { status, at: now, by, ...(note ? { note } : {}) }], updatedAt: now, version: o.version + 1 };
}
