import { defineErrors } from '../shared/errors';

export const BACKUP_ERRORS = defineErrors({
  notEmpty: { code: 'CONFLICT', zh: '只能导入到空的系统中（当前已有客户数据）', en: 'Data can only be imported into an empty stack (customers exist)' },
  restoreStarted: { code: 'CONFLICT', zh: '本系统已开始过一次导入（编号 {importId}），请用该编号继续', en: 'An import ({importId}) was already started here; continue it with its id' },
  unknownImport: { code: 'NOT_FOUND', zh: '导入任务 {importId} 不存在', en: 'Import {importId} not found' },
  badLines: { code: 'BAD_USER_INPUT', zh: '导入数据有误（第 {lines} 行）：每行须为导出的一条记录', en: 'Invalid import data (lines {lines}): each line must be one exported record' },
});
