import { defineErrors } from '../shared/errors';

export const PIPELINE_ERRORS = defineErrors({
  unknownStage: { code: 'BAD_USER_INPUT', zh: '销售阶段“{stageId}”不存在', en: 'Pipeline stage "{stageId}" does not exist' },
  sameStage: { code: 'BAD_USER_INPUT', zh: '商机已处于该阶段', en: 'The opportunity is already in that stage' },
  closed: { code: 'CONFLICT', zh: '商机已关闭（{status}），不能再修改', en: 'The opportunity is closed ({status}) and cannot change' },
  customerNotOwned: { code: 'BAD_USER_INPUT', zh: '公海客户不能创建商机，请先领取', en: 'Claim the pool customer before creating an opportunity' },
  ownerChanged: { code: 'CONFLICT', zh: '客户归属已变更，请刷新后重试', en: 'The customer changed hands; reload and try again' },
  stageInUse: { code: 'CONFLICT', zh: '阶段“{name}”中还有 {count} 个进行中的商机，不能删除', en: 'Stage "{name}" still holds {count} open opportunities' },
  duplicateStageName: { code: 'BAD_USER_INPUT', zh: '阶段名称“{name}”重复', en: 'Duplicate stage name "{name}"' },
  reservedStageId: { code: 'BAD_USER_INPUT', zh: '阶段编号不能为 WON 或 LOST', en: 'Stage ids WON and LOST are reserved' },
  badPeriod: { code: 'BAD_USER_INPUT', zh: '期间无效：起始月份须早于结束月份，且不超过 24 个月', en: 'Invalid period: from must precede to, at most 24 months' },
  currencyMismatch: { code: 'BAD_USER_INPUT', zh: '商机币种 {currency} 与订单币种 {orderCurrency} 不一致', en: 'Opportunity currency {currency} differs from the order currency {orderCurrency}' },
});
