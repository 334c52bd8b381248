import type { Fen } from './money';

export type ReminderKind = 'BEFORE' | 'DUE';

/** One instalment as stored once the contract is signed: how much is due, settled and left. */
export interface PaymentPlan {
  orderId: string;
  orderNumber: string;
  customerId: string;
  customerName: string;
  ownerId: string;
  ownerDeptPath: string;
  currency: string;
  planNo: number;
  dueDate: string;
  amount: Fen;
  settled: Fen;
  remaining: Fen;
  status: 'OPEN' | 'SETTLED' | 'CANCELLED';
  /** Reminder instants computed at signing; the next unsent one sits in the DUE index. */
  reminders: { kind: ReminderKind; at: string }[];
  nextReminderAt?: string;
  nextReminderKind?: ReminderKind;
  settledAt?: string;
  createdAt: string;
}

export const PAYMENT_METHODS = ['BANK_TRANSFER', 'CASH', 'CHECK', 'ACCEPTANCE_BILL', 'ONLINE', 'OTHER'] as const;
export type PaymentMethod = (typeof PAYMENT_METHODS)[number];

/** Money received (回款), recorded by finance, split over the instalments it settles. */
export interface Payment {
  id: string;
  orderId: string;
  orderNumber: string;
  customerId: string;
  currency: string;
  amount: Fen;
  method: PaymentMethod;
  paidOn: string;
  /** The rep credited with the money (defaults to the order owner). */
  ownerId: string;
  allocations: { planNo: number; amount: Fen }[];
  note?: string;
  recordedBy: string;
  recordedAt: string;
}

export const INVOICE_KINDS = ['VAT_SPECIAL', 'VAT_NORMAL', 'OTHER'] as const;
export type InvoiceKind = (typeof INVOICE_KINDS)[number];

export interface Invoice {
  id: string;
  orderId: string;
  orderNumber: string;
  customerId: string;
  number: string;
  kind: InvoiceKind;
  amount: Fen;
  currency: string;
  issuedOn: string;
  title?: string;
  recordedBy: string;
  recordedAt: string;
}

/** Running money totals of one signed order. */
export interface OrderLedger {
  orderId: string;
  currency: string;
  total: Fen;
  received: Fen;
  outstanding: Fen;
  invoiced: Fen;
  uninvoiced: Fen;
}

/** Running totals per customer and currency: contracted, received, outstanding (应收款). */
export interface CustomerReceivable {
  customerId: string;
  customerName: string;
  ownerId: string;
  ownerDeptPath: string;
  currency: string;
  contracted: Fen;
  received: Fen;
  outstanding: Fen;
}
