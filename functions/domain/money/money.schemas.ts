import * as z from 'zod';
import { DEFAULT_CURRENCY, MAX_AMOUNT_FEN, parseDiscount, parseFen, parseQuantity } from './money';

/** Exact decimal inputs: strings in, integers out; negatives and excess decimals are refused by name. */
function scaled(parse: (s: string) => number | undefined, decimals: number) {
  return z.string().transform((raw, ctx) => {
    const value = parse(raw);
    if (value === undefined) {
      ctx.addIssue({ code: 'custom', message: `应为最多 ${decimals} 位小数的数字 / a number with at most ${decimals} decimals` });
      return z.NEVER;
    }
    return value;
  });
}

export const moneyAmount = scaled(parseFen, 2)
  .refine((fen) => fen >= 0, { message: '金额不能为负数 / amounts cannot be negative' })
  .refine((fen) => fen <= MAX_AMOUNT_FEN, { message: '金额超出上限（1000亿） / amount too large' });

export const positiveAmount = moneyAmount.refine((fen) => fen > 0, { message: '金额必须大于0 / the amount must be positive' });

export const quantity = scaled(parseQuantity, 3)
  .refine((q) => q > 0, { message: '数量必须大于0 / the quantity must be positive' })
  .refine((q) => q <= 1_000_000_000_000, { message: '数量超出上限 / quantity too large' });

export const discountPercent = scaled(parseDiscount, 2)
  .refine((d) => d >= 0, { message: '折扣不能为负数 / the discount cannot be negative' })
  .refine((d) => d <= 10_000, { message: '折扣不能超过100% / the discount cannot exceed 100%' });

export const currency = z
  .string()
  .regex(/^[A-Z]{3}$/, { message: '币种应为三位大写字母代码，如 CNY / a three-letter currency code such as CNY' })
  .default(DEFAULT_CURRENCY);

export const yearMonth = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, { message: '月份格式应为 YYYY-MM / a month as YYYY-MM' });
