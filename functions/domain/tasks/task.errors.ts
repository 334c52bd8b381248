import { defineErrors } from '../shared/errors';

export const TASK_ERRORS = defineErrors({
  remindAfterDue: { code: 'BAD_USER_INPUT', zh: '提醒时间不能晚于截止时间', en: 'The reminder time cannot be after the due time' },
  notYourReport: { code: 'FORBIDDEN', zh: '只能修改自己的{entity}', en: 'You can only change your own {entity}' },
  reportExists: { code: 'CONFLICT', zh: '“{title}”已存在，请直接修改', en: '"{title}" already exists; edit it instead' },
  badPeriod: { code: 'BAD_USER_INPUT', zh: '计划的结束日期不能早于开始日期', en: 'The plan cannot end before it starts' },
});
