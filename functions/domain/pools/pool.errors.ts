import { defineErrors } from '../shared/errors';

export const POOL_ERRORS = defineErrors({
  poolExists: { code: 'CONFLICT', zh: '公海 {id} 已存在', en: 'Pool {id} already exists' },
  poolNotFound: { code: 'NOT_FOUND', zh: '公海不存在或您不是其成员', en: 'Pool not found or you are not a member' },
  notMember: { code: 'FORBIDDEN', zh: '您不是该公海的成员，不能领取或放入其中的客户', en: 'You are not a member of that pool' },
  dailyClaimCap: { code: 'LIMIT_EXCEEDED', zh: '今日从该公海领取的客户已达上限（{cap} 个）', en: 'You reached today’s claim limit of {cap} for this pool' },
  dailyOpenCap: { code: 'LIMIT_EXCEEDED', zh: '今日查看公海客户已达上限（{cap} 个）', en: 'You reached today’s limit of {cap} pool customers opened' },
  onHold: { code: 'FORBIDDEN', zh: '该客户刚进入公海，{until} 之前不能领取', en: 'This customer just entered the pool and cannot be claimed before {until}' },
  invalidRules: { code: 'BAD_USER_INPUT', zh: '公海规则有误：{details}', en: 'Invalid pool rules: {details}' },
  releasePoolFixed: { code: 'FORBIDDEN', zh: '公司设置不允许自选公海，客户将放回其所属公海', en: 'Your company does not let reps pick the pool; the customer goes back to its home pool' },
  lockCapReached: { code: 'LIMIT_EXCEEDED', zh: '已达到锁定客户数量上限（{cap} 个）', en: 'You already locked the maximum of {cap} customers' },
  lockNotAllowed: { code: 'FORBIDDEN', zh: '您的角色不能锁定客户，请联系主管', en: 'Your role may not lock customers; ask your manager' },
  alreadyLocked: { code: 'BAD_USER_INPUT', zh: '客户已处于锁定状态', en: 'The customer is already locked' },
  notLocked: { code: 'BAD_USER_INPUT', zh: '客户未锁定', en: 'The customer is not locked' },
  noActiveRep: { code: 'BAD_USER_INPUT', zh: '部门“{name}”没有可分配的在职销售人员', en: 'Department "{name}" has no active sales rep to assign to' },
  teamMemberNotFound: { code: 'NOT_FOUND', zh: '该用户不是此客户的团队成员', en: 'That user is not on this customer’s team' },
});
