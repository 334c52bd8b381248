import * as z from 'zod';
import { currency, moneyAmount, yearMonth } from '../money/money.schemas';
import { isoDate, requiredText, text, type FieldLabels } from '../shared/validation';
import { OPPORTUNITY_STATUSES } from './opportunity.types';

const id = z.string().min(1).max(64);

export const CreateOpportunityInput = z.object({
  customerId: id,
  title: requiredText(80),
  productIds: z.array(id).max(20).optional(),
  expectedAmount: moneyAmount,
  currency,
  expectedCloseDate: isoDate,
  stageId: id.optional(),
});
export type CreateOpportunityInput = z.output<typeof CreateOpportunityInput>;

export const UpdateOpportunityInput = z.object({
  title: requiredText(80).optional(),
  productIds: z.array(id).max(20).optional(),
  expectedAmount: moneyAmount.optional(),
  expectedCloseDate: isoDate.optional(),
  expectedVersion: z.number().int().positive(),
});
export type UpdateOpportunityInput = z.output<typeof UpdateOpportunityInput>;

export const MoveStageInput = z.object({ stageId: id, expectedVersion: z.number().int().positive() });
export type MoveStageInput = z.output<typeof MoveStageInput>;

export const CloseOpportunityInput = z.object({
  outcome: z.enum(['WON', 'LOST']),
  reason: requiredText(200),
  lessons: text(2000).optional(),
  expectedVersion: z.number().int().positive(),
});
export type CloseOpportunityInput = z.output<typeof CloseOpportunityInput>;

export const OpportunityFilter = z.object({
  customerId: id.optional(),
  ownerId: id.optional(),
  departmentId: id.optional(),
  status: z.enum(OPPORTUNITY_STATUSES).optional(),
});
export type OpportunityFilter = z.output<typeof OpportunityFilter>;

export const SalesSettingsInput = z.object({
  stages: z
    .array(
      z.object({
        id: z.string().regex(/^[A-Za-z0-9_-]{1,32}$/, { message: '阶段编号只能包含字母、数字、_ 和 - / letters, digits, _ and -' }).optional(),
        name: requiredText(20),
        winProbability: z.number().int().min(0).max(100),
      }),
    )
    .min(1)
    .max(20),
  stalledAfterDays: z.number().int().min(1).max(365),
  orderApprovalThreshold: moneyAmount,
  paymentReminderDaysBefore: z.number().int().min(0).max(180),
  paymentReminderHour: z.number().int().min(0).max(23).default(9),
  expectedVersion: z.number().int().min(0),
});
export type SalesSettingsInput = z.output<typeof SalesSettingsInput>;

export const ReportFilter = z.object({
  ownerId: id.optional(),
  departmentId: id.optional(),
  currency,
});
export type ReportFilter = z.output<typeof ReportFilter>;

export const ForecastPeriod = z.object({ from: yearMonth, to: yearMonth });
export type ForecastPeriod = z.output<typeof ForecastPeriod>;

export const PIPELINE_LABELS: FieldLabels = {
  customerId: ['客户', 'customer'],
  title: ['商机名称', 'title'],
  productIds: ['意向产品', 'products'],
  expectedAmount: ['预计金额', 'expected amount'],
  currency: ['币种', 'currency'],
  expectedCloseDate: ['预计成交日期', 'expected close date'],
  stageId: ['销售阶段', 'stage'],
  reason: ['原因', 'reason'],
  lessons: ['经验教训', 'lessons'],
  stages: ['销售阶段', 'stages'],
  stalledAfterDays: ['停滞天数', 'stalled after days'],
  orderApprovalThreshold: ['订单审批金额', 'approval threshold'],
  paymentReminderDaysBefore: ['回款提前提醒天数', 'payment reminder days'],
  paymentReminderHour: ['回款提醒时刻', 'payment reminder hour'],
  from: ['起始月份', 'from'],
  to: ['结束月份', 'to'],
  expectedVersion: ['版本号', 'version'],
};
