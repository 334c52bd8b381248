import { defineErrors } from '../shared/errors';

export const REPORT_ERRORS = defineErrors({
  badDate: { code: 'BAD_USER_INPUT', zh: '日期不存在：{date}', en: 'No such date: {date}' },
  periodReversed: { code: 'BAD_USER_INPUT', zh: '报表期间的开始日期 {from} 晚于结束日期 {to}', en: 'The report period starts ({from}) after it ends ({to})' },
  periodTooLong: {
    code: 'BAD_USER_INPUT',
    zh: '报表期间共 {days} 天，超过上限 {max} 天{hint}',
    en: 'The report period spans {days} days, more than the {max} allowed{hint}',
  },
  unknownMetric: { code: 'BAD_USER_INPUT', zh: '未知的统计指标：{metric}（可选：{allowed}）', en: 'Unknown metric: {metric} (one of: {allowed})' },
  orgUnitNotVisible: { code: 'FORBIDDEN', zh: '您无权查看{unit}的报表', en: 'You may not see reports of {unit}' },
  bothUnits: { code: 'BAD_USER_INPUT', zh: '组织单元只能指定部门或人员中的一个', en: 'Name either a department or a person as the org unit, not both' },
  forbidden: { code: 'FORBIDDEN', zh: '您没有权限查看{report}', en: 'You may not see {report}' },
});
