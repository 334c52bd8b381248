import * as z from 'zod';
import { isoDate, requiredText, text, type FieldLabels } from '../shared/validation';
import { currency, positiveAmount } from './money.schemas';
import { INVOICE_KINDS, PAYMENT_METHODS } from './money.types';

const id = z.string().min(1).max(64);

export const PaymentInput = z.object({
  amount: positiveAmount,
  method: z.enum(PAYMENT_METHODS),
  paidOn: isoDate,
  /** Settle this instalment only; absent: the oldest open instalments first. */
  planNo: z.number().int().positive().optional(),
  /** The rep credited; absent: the order owner. */
  ownerId: id.optional(),
  note: text(500).optional(),
});
export type PaymentInput = z.output<typeof PaymentInput>;

export const InvoiceInput = z.object({
  number: requiredText(40).pipe(z.string().regex(/^[A-Za-z0-9-]+$/, { message: '发票号码只能包含字母、数字和 - / letters, digits and - only' })),
  kind: z.enum(INVOICE_KINDS),
  amount: positiveAmount,
  issuedOn: isoDate,
  title: text(100).optional(),
});
export type InvoiceInput = z.output<typeof InvoiceInput>;

export const ReceivablesFilter = z.object({ ownerId: id.optional(), departmentId: id.optional(), currency });
export type ReceivablesFilter = z.output<typeof ReceivablesFilter>;

export const MONEY_LABELS: FieldLabels = {
  amount: ['金额', 'amount'],
  method: ['回款方式', 'method'],
  paidOn: ['回款日期', 'payment date'],
  planNo: ['回款期次', 'instalment'],
  ownerId: ['业绩归属人', 'credited rep'],
  number: ['发票号码', 'invoice number'],
  kind: ['发票类型', 'invoice kind'],
  issuedOn: ['开票日期', 'issue date'],
  title: ['发票抬头', 'invoice title'],
  currency: ['币种', 'currency'],
};
