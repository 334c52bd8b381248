import { defineErrors } from '../shared/errors';

export const CUSTOMER_ERRORS = defineErrors({
  nameTaken: { code: 'CONFLICT', zh: '客户名称“{name}”已存在（客户编号 {existingCode}），请勿重复录入', en: 'Customer "{name}" already exists ({existingCode})' },
  keywordTooShort: { code: 'BAD_USER_INPUT', zh: '查重关键词至少需要两个字', en: 'The search keyword needs at least two characters' },
  ownedCapReached: { code: 'LIMIT_EXCEEDED', zh: '已达到个人客户数量上限（{cap} 个）', en: 'You already own the maximum of {cap} customers' },
  hotCapReached: { code: 'LIMIT_EXCEEDED', zh: '已达到热点客户数量上限（{cap} 个）', en: 'You already have the maximum of {cap} hot customers' },
  notOwnerRole: { code: 'BAD_USER_INPUT', zh: '客户只能归属于销售人员（当前用户角色为 {role}）', en: 'Only sales users can own customers (role {role})' },
});
