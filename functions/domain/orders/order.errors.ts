import { defineErrors } from '../shared/errors';

export const ORDER_ERRORS = defineErrors({
  customerInPool: { code: 'BAD_USER_INPUT', zh: '公海客户不能下单或签约，请先领取', en: 'Claim the pool customer before ordering or signing' },
  locked: { code: 'CONFLICT', zh: '订单 {number} 已{status}，不能再修改内容', en: 'Order {number} is {status}; its content can no longer change' },
  badTransition: { code: 'CONFLICT', zh: '订单 {number} 当前状态为{status}，不能{action}', en: 'Order {number} is {status}; cannot {action}' },
  approvalRequired: { code: 'CONFLICT', zh: '订单金额 {total} 超过审批额度 {threshold}，须经主管审批后才能签约', en: 'Order total {total} exceeds {threshold}; a manager must approve it before signing' },
  approvalPending: { code: 'CONFLICT', zh: '订单正在等待主管审批，审批通过后才能签约', en: 'The order awaits a manager’s approval' },
  notApprover: { code: 'FORBIDDEN', zh: '只有订单负责人的上级主管或管理员可以审批', en: 'Only a manager above the order owner, or an admin, may approve' },
  planMismatch: { code: 'BAD_USER_INPUT', zh: '回款计划合计 {planned} 与订单金额 {total} 不一致', en: 'The payment plan adds up to {planned}, the order total is {total}' },
  planDatesOrder: { code: 'BAD_USER_INPUT', zh: '回款计划的到期日须按先后顺序排列', en: 'Instalment due dates must be in order' },
  productCurrency: { code: 'BAD_USER_INPUT', zh: '产品“{name}”的标准价为 {productCurrency}，订单币种为 {currency}，请填写单价', en: 'Product "{name}" is priced in {productCurrency}; give a unit price in {currency}' },
  opportunityMismatch: { code: 'BAD_USER_INPUT', zh: '所选商机不属于该客户', en: 'The opportunity belongs to another customer' },
  unknownLine: { code: 'BAD_USER_INPUT', zh: '订单没有第 {lineNo} 行', en: 'The order has no line {lineNo}' },
  duplicateLine: { code: 'BAD_USER_INPUT', zh: '同一次发货中第 {lineNo} 行重复出现', en: 'Line {lineNo} appears twice in the shipment' },
  overShipped: { code: 'BAD_USER_INPUT', zh: '第 {lineNo} 行发货数量 {quantity} 超过未发数量 {remaining}', en: 'Line {lineNo}: shipping {quantity} exceeds the {remaining} not yet shipped' },
  notFullyShipped: { code: 'CONFLICT', zh: '订单第 {lineNo} 行尚未发完货，不能完成', en: 'Line {lineNo} is not fully shipped; the order cannot complete' },
  notFullyPaid: { code: 'CONFLICT', zh: '订单尚有未回款金额，不能完成', en: 'The order is not fully paid; it cannot complete' },
  hasActivity: { code: 'CONFLICT', zh: '订单已有发货、回款或开票记录，不能取消', en: 'The order has shipments, payments or invoices; it cannot be cancelled' },
  notShippable: { code: 'CONFLICT', zh: '只有已签约的订单可以发货', en: 'Only signed orders can ship' },
});
