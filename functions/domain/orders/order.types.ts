import type { DiscountHundredths, Fen, MilliQuantity } from '../money/money';

export const ORDER_STATUSES = ['DRAFT', 'PENDING_APPROVAL', 'SIGNED', 'COMPLETED', 'CANCELLED'] as const;
export type OrderStatus = (typeof ORDER_STATUSES)[number];

export interface OrderLine {
  lineNo: number;
  productId: string;
  productCode: string;
  productName: string;
  unit: string;
  quantity: MilliQuantity;
  unitPrice: Fen;
  discount: DiscountHundredths;
  /** quantity × unit price before the discount. */
  listAmount: Fen;
  amount: Fen;
}

/** One instalment of the payment plan (回款计划) as agreed in the contract. */
export interface PlannedInstalment {
  planNo: number;
  dueDate: string;
  amount: Fen;
}

export interface OrderApproval {
  state: 'PENDING' | 'APPROVED' | 'REJECTED';
  /** The total the decision was about. */
  total: Fen;
  requestedAt: string;
  requestedBy: string;
  decidedAt?: string;
  decidedBy?: string;
  comment?: string;
}

export interface StatusChange {
  status: OrderStatus;
  at: string;
  by: string;
  note?: string;
}

/** An order / contract (订单 / 合同): `ORDER#<id>` with its lines, shipments, plans and payments beside it. */
export interface Order {
  id: string;
  number: string;
  customerId: string;
  customerName: string;
  customerCode: string;
  ownerId: string;
  ownerDeptPath: string;
  opportunityId?: string;
  title: string;
  currency: string;
  lines: OrderLine[];
  listTotal: Fen;
  discountTotal: Fen;
  total: Fen;
  paymentTerms?: string;
  /** 附加条款: promises beyond the lines (free installation, training, extended warranty…). */
  extraTerms: string[];
  paymentPlan: PlannedInstalment[];
  status: OrderStatus;
  approval?: OrderApproval;
  signedOn?: string;
  signerName?: string;
  signedBy?: string;
  signedAt?: string;
  statusHistory: StatusChange[];
  createdAt: string;
  createdBy: string;
  updatedAt: string;
  version: number;
}

/** Shipping state of one order line, kept in its own item so shipments can be guarded per line. */
export interface LineShipping {
  orderId: string;
  lineNo: number;
  ordered: MilliQuantity;
  shipped: MilliQuantity;
  unshipped: MilliQuantity;
}

export interface Shipment {
  id: string;
  orderId: string;
  lines: { lineNo: number; quantity: MilliQuantity }[];
  shippedOn: string;
  carrier?: string;
  trackingNo?: string;
  note?: string;
  recordedBy: string;
  recordedAt: string;
}

/** A line as shown: with its shipping state once the order is signed. */
export interface OrderLineView extends OrderLine {
  shipped: MilliQuantity;
  unshipped: MilliQuantity;
}
