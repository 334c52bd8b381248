import { defineErrors } from '../shared/errors';

export const SERVICE_ERRORS = defineErrors({
  returnVisitVip: { code: 'BAD_USER_INPUT', zh: 'VIP 客户不安排回访工单：{customer}', en: 'Return visits are not scheduled for VIP customers: {customer}' },
  assigneeNotService: { code: 'BAD_USER_INPUT', zh: '{name} 不是在职的客服人员，不能受理工单', en: '{name} is not an active service user and cannot take tickets' },
  badTransition: { code: 'CONFLICT', zh: '工单 {code} 当前状态为{status}，不能{action}', en: 'Ticket {code} is {status} and cannot be {action}' },
  forbidden: { code: 'FORBIDDEN', zh: '您无权{action}工单 {code}', en: 'You may not {action} ticket {code}' },
  cannotCreate: { code: 'FORBIDDEN', zh: '您无权为该客户新建服务工单', en: 'You may not open service tickets for this customer' },
  deadlineInPast: { code: 'BAD_USER_INPUT', zh: '响应期限必须晚于现在', en: 'The response deadline must lie in the future' },
  alreadyRated: { code: 'CONFLICT', zh: '工单 {code} 已评价过满意度', en: 'Ticket {code} has already been rated' },
});
