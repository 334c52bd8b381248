import * as z from 'zod';
import { requiredText, text, type FieldLabels } from '../shared/validation';
import { currency, moneyAmount } from '../money/money.schemas';

const fields = {
  code: requiredText(32).pipe(z.string().regex(/^[A-Za-z0-9_.-]+$/, { message: '产品编号只能包含字母、数字和 _ . - / letters, digits, _ . - only' })),
  name: requiredText(60),
  category: requiredText(40),
  unit: requiredText(10),
  listPrice: moneyAmount,
  currency,
  active: z.boolean().optional(),
  description: text(500).optional(),
};

export const CreateProductInput = z.object(fields);
export type CreateProductInput = z.output<typeof CreateProductInput>;

export const UpdateProductInput = z
  .object({ ...fields, currency: z.string().regex(/^[A-Z]{3}$/) })
  .partial()
  .extend({ expectedVersion: z.number().int().positive() });
export type UpdateProductInput = z.output<typeof UpdateProductInput>;

export const PRODUCT_LABELS: FieldLabels = {
  code: ['产品编号', 'code'],
  name: ['产品名称', 'name'],
  category: ['产品类别', 'category'],
  unit: ['单位', 'unit'],
  listPrice: ['标准价格', 'list price'],
  currency: ['币种', 'currency'],
  description: ['说明', 'description'],
  expectedVersion: ['版本号', 'version'],
};
