import { defineErrors } from '../shared/errors';

export const TARGET_ERRORS = defineErrors({
  badPeriod: { code: 'BAD_USER_INPUT', zh: '目标期间格式应为 yyyy-mm、yyyy-Qn 或 yyyy：{period}', en: 'A target period is yyyy-mm, yyyy-Qn or yyyy: {period}' },
  subjectNotFound: { code: 'NOT_FOUND', zh: '{subject}不存在或您无权查看', en: '{subject} not found or not visible to you' },
  notSalesUser: { code: 'BAD_USER_INPUT', zh: '{name} 不是销售人员，不能设定销售任务', en: '{name} is not a sales user and cannot have a sales target' },
  forbidden: { code: 'FORBIDDEN', zh: '您无权为{subject}设定或分解销售任务', en: 'You may not set or split targets for {subject}' },
  departmentTargetMissing: { code: 'NOT_FOUND', zh: '部门 {department} 在 {period} 还没有{metric}目标，请先设定再分解', en: 'Department {department} has no {metric} target for {period}; set one before splitting it' },
  notMember: { code: 'BAD_USER_INPUT', zh: '{name} 不是部门 {department} 的直属成员或下级部门，不能分到该部门的目标', en: '{name} is not a direct member or sub-department of {department}' },
  splitSumMismatch: {
    code: 'BAD_USER_INPUT',
    zh: '分解合计 {sum} 与部门目标 {target} 不一致（差额 {difference}）',
    en: 'The split adds up to {sum}, but the department target is {target} (difference {difference})',
  },
  duplicateAllocation: { code: 'BAD_USER_INPUT', zh: '同一对象在分解中出现了两次：{name}', en: 'The split names the same subject twice: {name}' },
  tooManyAllocations: { code: 'LIMIT_EXCEEDED', zh: '一次最多分解给 {max} 个对象', en: 'A split may name at most {max} subjects' },
  badAmount: { code: 'BAD_USER_INPUT', zh: '目标金额应为不小于 0、最多两位小数的数：{amount}', en: 'A target amount is a non-negative number with at most two decimals: {amount}' },
});
