import { defineErrors } from '../shared/errors';

/** Why an import stops before it starts, or why one row is rejected (the reason column of the rejects file). */
export const IMPORT_ERRORS = defineErrors({
  noNameColumn: { code: 'BAD_USER_INPUT', zh: '文件中没有“客户名称”列（表头：{headers}），请用 --mapping 指定', en: 'The file has no customer-name column (headers: {headers}); map one with --mapping' },
  unknownMappingTarget: { code: 'BAD_USER_INPUT', zh: '映射文件把“{header}”映射到未知字段“{target}”（可用：{fields}）', en: 'The mapping file maps "{header}" to the unknown field "{target}" (known: {fields})' },
  emptyFile: { code: 'BAD_USER_INPUT', zh: '文件没有表头或数据行', en: 'The file has no header row or no data' },
  unsupportedFile: { code: 'BAD_USER_INPUT', zh: '只支持 .xlsx 和 .csv 文件（收到 {file}）', en: 'Only .xlsx and .csv files can be imported (got {file})' },
  unknownOwner: { code: 'BAD_USER_INPUT', zh: '未知归属人“{owner}”', en: 'Unknown owner "{owner}"' },
  ambiguousOwner: { code: 'BAD_USER_INPUT', zh: '归属人“{owner}”有重名（{count} 人），请改用邮箱', en: 'Owner "{owner}" matches {count} users; use their e-mail' },
  duplicateInFile: { code: 'CONFLICT', zh: '与文件第 {row} 行的客户名称重复', en: 'Same customer name as row {row} of this file' },
  duplicateOfCustomer: { code: 'CONFLICT', zh: '与已有客户重复：{code} {name}', en: 'Duplicate of existing customer {code} {name}' },
  contactWithoutName: { code: 'BAD_USER_INPUT', zh: '有联系方式但缺少联系人姓名', en: 'Contact details without a contact name' },
  adminOnly: { code: 'FORBIDDEN', zh: '您没有权限执行此操作：{action}', en: 'You are not allowed to {action}' },
});
