import { defineErrors } from '../shared/errors';

export const AUDIT_ERRORS = defineErrors({
  rangeBackwards: { code: 'BAD_USER_INPUT', zh: '查询区间的结束时间不能早于开始时间', en: 'The range ends before it starts' },
  rangeTooLong: { code: 'BAD_USER_INPUT', zh: '审计日志一次最多查询 {days} 天', en: 'The audit log can be read at most {days} days at a time' },
});
