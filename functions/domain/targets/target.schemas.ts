import * as z from 'zod';
import { MAX_AMOUNT_FEN, parseFen } from '../money/money';
import type { FieldLabels } from '../shared/validation';
import { TARGET_METRICS, TARGET_SUBJECTS } from './target.types';

/** A non-negative amount with at most two decimals, as integer fen. */
const Amount = z
  .string()
  .transform((s, ctx) => {
    const fen = parseFen(s);
    if (fen === undefined || fen < 0 || fen > MAX_AMOUNT_FEN) {
      ctx.addIssue({ code: 'custom', message: `应为不小于 0、最多两位小数的金额：${s}` });
      return z.NEVER;
    }
    return fen;
  });

const Currency = z.string().regex(/^[A-Z]{3}$/, '币种应为三位大写字母，如 CNY').default('CNY');
const Period = z.string().max(10);

export const SetTargetSchema = z.object({
  subjectKind: z.enum(TARGET_SUBJECTS),
  subjectId: z.string().min(1).max(128),
  period: Period,
  metric: z.enum(TARGET_METRICS),
  currency: Currency,
  amount: Amount,
  expectedVersion: z.number().int().min(1).optional(),
});
export type SetTargetInput = z.output<typeof SetTargetSchema>;

export const MAX_ALLOCATIONS = 90;

export const SplitTargetSchema = z.object({
  departmentId: z.string().min(1).max(128),
  period: Period,
  metric: z.enum(TARGET_METRICS),
  currency: Currency,
  allocations: z
    .array(z.object({ subjectKind: z.enum(TARGET_SUBJECTS), subjectId: z.string().min(1).max(128), amount: Amount }))
    .min(1),
});
export type SplitTargetInput = z.output<typeof SplitTargetSchema>;

export const TARGET_LABELS: FieldLabels = {
  subjectKind: ['对象类型', 'subject kind'],
  subjectId: ['对象', 'subject'],
  period: ['期间', 'period'],
  metric: ['指标', 'metric'],
  currency: ['币种', 'currency'],
  amount: ['目标金额', 'amount'],
  allocations: ['分解明细', 'allocations'],
  departmentId: ['部门', 'department'],
};
