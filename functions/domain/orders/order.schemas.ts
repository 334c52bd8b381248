import * as z from 'zod';
import { currency, discountPercent, moneyAmount, quantity } from '../money/money.schemas';
import { isoDate, requiredText, text, type FieldLabels } from '../shared/validation';
import { ORDER_STATUSES } from './order.types';

const id = z.string().min(1).max(64);
export const MAX_ORDER_LINES = 40;
export const MAX_INSTALMENTS = 24;

export const OrderLineInput = z.object({
  productId: id,
  quantity,
  /** Absent: the product's list price. */
  unitPrice: moneyAmount.optional(),
  discountPercent: discountPercent.optional(),
});
export type OrderLineInput = z.output<typeof OrderLineInput>;

export const InstalmentInput = z.object({ dueDate: isoDate, amount: moneyAmount });
export type InstalmentInput = z.output<typeof InstalmentInput>;

const content = {
  title: requiredText(80),
  lines: z.array(OrderLineInput).min(1).max(MAX_ORDER_LINES),
  paymentTerms: text(500).optional(),
  extraTerms: z.array(requiredText(500)).max(20).optional(),
  paymentPlan: z.array(InstalmentInput).max(MAX_INSTALMENTS).optional(),
};

export const CreateOrderInput = z.object({ customerId: id, opportunityId: id.optional(), currency, ...content });
export type CreateOrderInput = z.output<typeof CreateOrderInput>;

export const UpdateOrderInput = z.object(content).partial().extend({ expectedVersion: z.number().int().positive() });
export type UpdateOrderInput = z.output<typeof UpdateOrderInput>;

export const VersionInput = z.object({ expectedVersion: z.number().int().positive(), comment: text(500).optional() });
export type VersionInput = z.output<typeof VersionInput>;

export const RejectInput = z.object({ expectedVersion: z.number().int().positive(), comment: requiredText(500) });
export type RejectInput = z.output<typeof RejectInput>;

export const SignOrderInput = z.object({ signedOn: isoDate, signerName: requiredText(40), expectedVersion: z.number().int().positive() });
export type SignOrderInput = z.output<typeof SignOrderInput>;

export const ShipmentInput = z.object({
  lines: z.array(z.object({ lineNo: z.number().int().positive(), quantity })).min(1).max(MAX_ORDER_LINES),
  shippedOn: isoDate,
  carrier: text(40).optional(),
  trackingNo: text(60).optional(),
  note: text(500).optional(),
});
export type ShipmentInput = z.output<typeof ShipmentInput>;

export const OrderFilter = z.object({
  customerId: id.optional(),
  ownerId: id.optional(),
  departmentId: id.optional(),
  status: z.enum(ORDER_STATUSES).optional(),
});
export type OrderFilter = z.output<typeof OrderFilter>;

export const ORDER_LABELS: FieldLabels = {
  customerId: ['客户', 'customer'],
  opportunityId: ['商机', 'opportunity'],
  title: ['合同名称', 'title'],
  currency: ['币种', 'currency'],
  lines: ['订单明细', 'lines'],
  paymentTerms: ['付款条件', 'payment terms'],
  extraTerms: ['附加条款', 'extra terms'],
  paymentPlan: ['回款计划', 'payment plan'],
  signedOn: ['签约日期', 'signing date'],
  signerName: ['签约人', 'signer'],
  shippedOn: ['发货日期', 'shipping date'],
  comment: ['意见', 'comment'],
  expectedVersion: ['版本号', 'version'],
};
