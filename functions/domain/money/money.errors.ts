import { defineErrors } from '../shared/errors';

export const MONEY_ERRORS = defineErrors({
  financeOnly: { code: 'FORBIDDEN', zh: '只有财务人员可以{action}', en: 'Only finance staff may {action}' },
  orderNotSigned: { code: 'CONFLICT', zh: '订单 {number} 尚未签约或已关闭（{status}），不能{action}', en: 'Order {number} is not signed or is closed ({status}); cannot {action}' },
  unknownPlan: { code: 'BAD_USER_INPUT', zh: '订单没有第 {planNo} 期回款计划', en: 'The order has no instalment {planNo}' },
  overSettlement: { code: 'BAD_USER_INPUT', zh: '回款金额 {amount} 超过第 {planNo} 期未收金额 {remaining}', en: 'Payment {amount} exceeds the {remaining} still due on instalment {planNo}' },
  overPayment: { code: 'BAD_USER_INPUT', zh: '回款金额 {amount} 超过订单未收金额 {outstanding}', en: 'Payment {amount} exceeds the {outstanding} still due on the order' },
  overInvoiced: { code: 'BAD_USER_INPUT', zh: '开票金额 {amount} 超过订单未开票金额 {uninvoiced}', en: 'Invoice {amount} exceeds the {uninvoiced} not yet invoiced' },
  invoiceNumberTaken: { code: 'CONFLICT', zh: '发票号码 {number} 已登记', en: 'Invoice number {number} is already recorded' },
  creditedUser: { code: 'BAD_USER_INPUT', zh: '业绩归属人必须是在职的销售人员', en: 'The credited rep must be an active sales user' },
});

/** An instalment changed between reading and settling it, but the payment may still fit: read again. */
export class PlanMovedError extends Error {}
