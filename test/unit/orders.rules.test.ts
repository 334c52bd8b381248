import { describe, expect, it } from 'vitest';
import { CrmError } from '../../functions/domain/shared/errors';
import { canApproveOrder, canSeeOrder, needsApproval, planAtSigning, plannedInstalments, pricedLines, totalsOf } from '../../functions/domain/orders/order.rules';
import type { Product } from '../../functions/domain/products/product.types';
import type { Actor } from '../../functions/domain/users/user.types';

const product = (p: Partial<Product>): Product => ({
  id: 'p1',
  code: 'KT-1',
  name: '商用空调',
  category: '空调',
  unit: '台',
  listPrice: 1_299_900,
  currency: 'CNY',
  active: true,
  createdAt: '',
  updatedAt: '',
  version: 1,
  ...p,
});

const actor = (a: Partial<Actor>): Actor => ({ id: 'u', role: 'REP', departmentId: 'east', departmentPath: '/root/east/', active: true, name: 'x', ...a });

describe('pricing', () => {
  const products = new Map([
    ['p1', product({})],
    ['p2', product({ id: 'p2', name: '安装服务', listPrice: 33_333, unit: '次' })],
  ]);

  it('prices lines from list prices or given prices, with discounts, and totals them', () => {
    const lines = pricedLines(
      [
        { productId: 'p1', quantity: 3000, discountPercent: 1000 },
        { productId: 'p2', quantity: 1500, unitPrice: 20_000 },
      ],
      products,
      'CNY',
    );
    expect(lines.map((l) => [l.lineNo, l.listAmount, l.amount])).toEqual([
      [1, 3_899_700, 3_509_730],
      [2, 30_000, 30_000],
    ]);
    expect(totalsOf(lines)).toEqual({ listTotal: 3_929_700, discountTotal: 389_970, total: 3_539_730 });
  });

  it('asks for a unit price when the product is priced in another currency', () => {
    expect(zhMessage(() => pricedLines([{ productId: 'p1', quantity: 1000 }], new Map([['p1', product({ currency: 'USD' })]]), 'CNY'))).toMatch(/请填写单价/);
  });
});

describe('payment plans', () => {
  it('must add up to the total, in due-date order', () => {
    expect(plannedInstalments([{ dueDate: '2026-04-01', amount: 600 }, { dueDate: '2026-05-01', amount: 400 }], 1000)).toEqual([
      { planNo: 1, dueDate: '2026-04-01', amount: 600 },
      { planNo: 2, dueDate: '2026-05-01', amount: 400 },
    ]);
    expect(zhMessage(() => plannedInstalments([{ dueDate: '2026-04-01', amount: 600 }], 1000))).toMatch(/6\.00.*10\.00/);
    expect(zhMessage(() => plannedInstalments([{ dueDate: '2026-05-01', amount: 500 }, { dueDate: '2026-04-01', amount: 500 }], 1000))).toMatch(/先后顺序/);
  });

  it('puts the whole total on the signing date when no plan was agreed', () => {
    expect(planAtSigning({ paymentPlan: [], total: 1000 }, '2026-03-02')).toEqual([{ planNo: 1, dueDate: '2026-03-02', amount: 1000 }]);
    expect(planAtSigning({ paymentPlan: [], total: 0 }, '2026-03-02')).toEqual([]);
  });
});

describe('who may do what', () => {
  const order = { ownerId: 'rep', ownerDeptPath: '/root/east/team/', status: 'DRAFT' as const };

  it('lets managers above the owner approve, but not the owner nor other departments', () => {
    expect(canApproveOrder(actor({ id: 'm', role: 'MANAGER' }), order)).toBe(true);
    expect(canApproveOrder(actor({ id: 'rep', role: 'MANAGER', departmentPath: '/root/east/team/' }), order)).toBe(false);
    expect(canApproveOrder(actor({ id: 'm2', role: 'MANAGER', departmentPath: '/root/west/' }), order)).toBe(false);
    expect(canApproveOrder(actor({ id: 'a', role: 'ADMIN', departmentPath: '/root/' }), order)).toBe(true);
  });

  it('shows every order to finance and only signed ones to service', () => {
    expect(canSeeOrder(actor({ role: 'FINANCE' }), order)).toBe(true);
    expect(canSeeOrder(actor({ role: 'SERVICE' }), order)).toBe(false);
    expect(canSeeOrder(actor({ role: 'SERVICE' }), { ...order, status: 'SIGNED' })).toBe(true);
    expect(canSeeOrder(actor({ id: 'other' }), order)).toBe(false);
  });

  it('needs approval strictly above the threshold', () => {
    expect(needsApproval(5_000_000, { orderApprovalThreshold: 5_000_000 })).toBe(false);
    expect(needsApproval(5_000_001, { orderApprovalThreshold: 5_000_000 })).toBe(true);
  });
});

function zhMessage(act: () => unknown): string {
  try {
    act();
  } catch (error) {
    if (error instanceof CrmError) return error.messageIn('zh-CN');
    throw error;
  }
  throw new Error('expected a CrmError');
}
