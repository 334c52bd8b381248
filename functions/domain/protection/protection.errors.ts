import { defineErrors } from '../shared/errors';

export const PROTECTION_ERRORS = defineErrors({
  alreadyClaimed: { code: 'CONFLICT', zh: '该客户已被其他人领取', en: 'This customer has already been claimed' },
  notInPool: { code: 'BAD_USER_INPUT', zh: '客户“{name}”不在公海中', en: 'Customer "{name}" is not in the public pool' },
  claimBanned: { code: 'FORBIDDEN', zh: '您放弃或失去该客户后 {days} 天内不能再次领取（{until} 之后可领取）', en: 'You released or lost this customer and may not claim it again until {until}' },
  notOwner: { code: 'FORBIDDEN', zh: '只有客户的归属人才能{action}', en: 'Only the owner of the customer may {action}' },
  formalNotReleasable: { code: 'BAD_USER_INPUT', zh: '正式客户不能放弃到公海', en: 'Signed (FORMAL) customers cannot be released to the pool' },
  sameOwner: { code: 'BAD_USER_INPUT', zh: '客户已归属于“{name}”', en: 'The customer already belongs to {name}' },
  targetNotSales: { code: 'BAD_USER_INPUT', zh: '“{name}”不是销售人员，不能接收客户', en: '{name} is not a sales user and cannot own customers' },
  targetInactive: { code: 'BAD_USER_INPUT', zh: '“{name}”的账号已停用，不能接收客户', en: '{name} is deactivated and cannot receive customers' },
  notInvalidTracking: { code: 'BAD_USER_INPUT', zh: '客户“{name}”不是无效跟踪客户，不能强制转移', en: 'Customer "{name}" is not marked as invalid tracking' },
  mergeSelf: { code: 'BAD_USER_INPUT', zh: '不能把客户与自身合并', en: 'A customer cannot be merged with itself' },
  applicationNotFound: { code: 'NOT_FOUND', zh: '申请不存在或您无权查看', en: 'Application not found or not visible to you' },
  applicationDecided: { code: 'CONFLICT', zh: '该申请已处理（{status}）', en: 'This application was already decided ({status})' },
  applicationPending: { code: 'CONFLICT', zh: '该客户已有待审批的{kind}申请', en: 'The customer already has a pending {kind} application' },
  ownApplication: { code: 'FORBIDDEN', zh: '不能审批自己提交的申请', en: 'You cannot decide your own application' },
  extensionTooLong: { code: 'BAD_USER_INPUT', zh: '延期天数须在 1 到 {max} 天之间', en: 'An extension must be between 1 and {max} days' },
  notPotential: { code: 'BAD_USER_INPUT', zh: '只有潜在客户可以申请转为意向客户（当前：{stage}）', en: 'Only POTENTIAL customers can apply for INTENT (now {stage})' },
  noDeadline: { code: 'BAD_USER_INPUT', zh: '该客户没有保护期限，无需延期', en: 'This customer has no protection deadline to extend' },
});
