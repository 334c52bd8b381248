import type { Fen } from '../money/money';

/** A catalogue entry (产品): what orders and opportunities refer to. */
export interface Product {
  id: string;
  code: string;
  name: string;
  /** Product line / category, e.g. 空调 / 商用. */
  category: string;
  unit: string;
  listPrice: Fen;
  currency: string;
  active: boolean;
  description?: string;
  createdAt: string;
  updatedAt: string;
  version: number;
}
