import * as z from 'zod';
import { freeText, requiredFreeText } from '../follow-ups/follow-up.schemas';
import { isoDate, requiredText } from '../shared/validation';
import { PLAN_PERIODS, WORK_REPORT_KINDS } from './plan.types';

export const CreatePlanInput = z.object({
  period: z.enum(PLAN_PERIODS),
  startDate: isoDate,
  endDate: isoDate,
  title: requiredText(100),
  content: requiredFreeText(4000),
});
export type CreatePlanInput = z.output<typeof CreatePlanInput>;

export const UpdatePlanInput = z.object({
  title: requiredText(100).optional(),
  content: requiredFreeText(4000).optional(),
  endDate: isoDate.optional(),
  completion: z.number().int().min(0).max(100).optional(),
  summary: freeText(2000).optional(),
  expectedVersion: z.number().int().positive(),
});
export type UpdatePlanInput = z.output<typeof UpdatePlanInput>;

export const SubmitWorkReportInput = z.object({
  kind: z.enum(WORK_REPORT_KINDS),
  /** Any day of the period; default today (company time). */
  date: isoDate.optional(),
  content: requiredFreeText(8000),
  nextPlan: freeText(4000).optional(),
});
export type SubmitWorkReportInput = z.output<typeof SubmitWorkReportInput>;

export const UpdateWorkReportInput = z.object({
  content: requiredFreeText(8000).optional(),
  nextPlan: freeText(4000).optional(),
  expectedVersion: z.number().int().positive(),
});
export type UpdateWorkReportInput = z.output<typeof UpdateWorkReportInput>;

export const ReportPeriodKey = z.string().regex(/^\d{4}-(W\d{2}|\d{2})$/, { message: '周期格式应为 2026-W47 或 2026-11 / period like 2026-W47 or 2026-11' });
