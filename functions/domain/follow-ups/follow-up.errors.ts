import { defineErrors } from '../shared/errors';

export const FOLLOW_UP_ERRORS = defineErrors({
  contactNotFound: { code: 'BAD_USER_INPUT', zh: '联系人不属于该客户', en: 'The contact does not belong to this customer' },
  atInFuture: { code: 'BAD_USER_INPUT', zh: '跟进时间不能晚于当前时间', en: 'The follow-up time cannot be in the future' },
  atTooOld: { code: 'BAD_USER_INPUT', zh: '跟进时间不能早于 {days} 天前', en: 'The follow-up time cannot be more than {days} days ago' },
  nextContactNotLater: { code: 'BAD_USER_INPUT', zh: '下次联系时间必须晚于当前时间', en: 'The next contact time must be in the future' },
  cannotReview: { code: 'FORBIDDEN', zh: '只有上级主管或管理员可以审阅他人的跟进记录', en: 'Only a manager above the author or an admin may review follow-ups' },
  alreadyReviewed: { code: 'CONFLICT', zh: '该跟进记录已审阅', en: 'This follow-up was already reviewed' },
});
