import { beforeAll, describe, expect, it } from 'vitest';
import { recordPayment } from '../../functions/domain/money/payment.service';
import {
  approveOrder,
  cancelOrder,
  completeOrder,
  createOrder,
  getOrderDetailsOrThrow,
  getOrderOrThrow,
  listOrders,
  rejectOrder,
  signOrder,
  submitOrderForApproval,
  updateOrder,
} from '../../functions/domain/orders/order.service';
import { recordShipment } from '../../functions/domain/orders/shipment.service';
import { createOpportunity, getOpportunityOrThrow } from '../../functions/domain/pipeline/opportunity.service';
import { pipelineFunnel } from '../../functions/domain/pipeline/pipeline-reports.service';
import { createProduct, updateProduct } from '../../functions/domain/products/product.service';
import type { Product } from '../../functions/domain/products/product.types';
import { DAY_MS } from '../../functions/domain/shared/clock';
import type { Customer } from '../../functions/domain/customers/customer.types';
import type { User } from '../../functions/domain/users/user.types';
import { createExpirySweep } from '../../functions/sweeps/expiry.sweep';
import { sweepEvent } from '../../functions/sweeps/sweep-event';
import { buildCustomer, buildOrg, type Org } from '../support/builders';
import { createTestStack, type TestStack } from '../support/test-stack';

let stack: TestStack;
let org: Org;
let aircon: Product;
let install: Product;

beforeAll(async () => {
  stack = await createTestStack();
  org = await buildOrg(stack);
  aircon = await createProduct(stack.as(org.admin), { code: 'KT-5P', name: '5匹柜式空调', category: '空调', unit: '台', listPrice: 1_299_900, currency: 'CNY' });
  install = await createProduct(stack.as(org.admin), { code: 'AZ', name: '安装服务', category: '服务', unit: '次', listPrice: 50_000, currency: 'CNY' });
});

/** 2 air conditioners at 12,999.00 less 10 % plus one installation: 23,398.20 + 500.00 = 23,898.20 (below the 50,000 threshold). */
function orderFor(owner: User, customer: Customer, extra: Partial<Parameters<typeof createOrder>[1]> = {}) {
  return createOrder(stack.as(owner), {
    customerId: customer.id,
    title: '空调采购合同',
    currency: 'CNY',
    lines: [
      { productId: aircon.id, quantity: 2000, discountPercent: 1000 },
      { productId: install.id, quantity: 1000 },
    ],
    extraTerms: ['免费上门安装', '整机保修三年'],
    ...extra,
  });
}

const sign = (user: User, id: string, version: number) => signOrder(stack.as(user), id, { signedOn: '2026-03-02', signerName: '赵总', expectedVersion: version });

describe('creating orders', () => {
  it('numbers 50 concurrent creates with 50 distinct consecutive numbers', async () => {
    const customer = await buildCustomer(stack, org.rep);
    const orders = await Promise.all(Array.from({ length: 50 }, () => orderFor(org.rep, customer)));
    const numbers = orders.map((o) => Number(o.number.slice(2))).sort((a, b) => a - b);
    expect(new Set(numbers).size).toBe(50);
    expect(numbers.at(-1)! - numbers[0]!).toBe(49);
  });

  it('computes lines and totals on the server, half-up per line', async () => {
    const order = await orderFor(org.rep, await buildCustomer(stack, org.rep));
    expect(order.lines.map((l) => [l.productName, l.unitPrice, l.listAmount, l.amount])).toEqual([
      ['5匹柜式空调', 1_299_900, 2_599_800, 2_339_820],
      ['安装服务', 50_000, 50_000, 50_000],
    ]);
    expect(order).toMatchObject({ listTotal: 2_649_800, discountTotal: 259_980, total: 2_389_820, status: 'DRAFT', extraTerms: ['免费上门安装', '整机保修三年'] });
  });

  it('refuses lines with inactive products, writing nothing and consuming no number', async () => {
    const customer = await buildCustomer(stack, org.rep);
    const before = await orderFor(org.rep, customer);
    const retired = await createProduct(stack.as(org.admin), { code: 'OLD-1', name: '停产型号', category: '空调', unit: '台', listPrice: 100, currency: 'CNY' });
    await updateProduct(stack.as(org.admin), retired.id, { active: false, expectedVersion: 1 });
    await expect(orderFor(org.rep, customer, { lines: [{ productId: retired.id, quantity: 1000 }] })).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
    const after = await orderFor(org.rep, customer);
    expect(Number(after.number.slice(2)) - Number(before.number.slice(2))).toBe(1);
    expect((await listOrders(stack.as(org.rep), { customerId: customer.id }, 10)).items).toHaveLength(2);
  });

  it('refuses a payment plan that does not add up to the total', async () => {
    const customer = await buildCustomer(stack, org.rep);
    await expect(orderFor(org.rep, customer, { paymentPlan: [{ dueDate: '2026-04-01', amount: 100 }] })).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
    expect((await listOrders(stack.as(org.rep), { customerId: customer.id }, 10)).items).toEqual([]);
  });

  it('lets only those who may edit the customer order for it', async () => {
    const customer = await buildCustomer(stack, org.rep);
    await expect(orderFor(org.otherRep, customer)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(orderFor(org.finance, customer)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(orderFor(org.eastManager, customer)).resolves.toMatchObject({ ownerId: org.rep.id });
  });
});

describe('editing before signing', () => {
  it('lets the owner and managers above edit, hides the order from others, and shows it to finance read-only', async () => {
    const order = await orderFor(org.teamRep, await buildCustomer(stack, org.teamRep));
    const edited = await updateOrder(stack.as(org.eastManager), order.id, { lines: [{ productId: install.id, quantity: 3000, unitPrice: 40_000 }], expectedVersion: 1 });
    expect(edited.total).toBe(120_000);
    await expect(updateOrder(stack.as(org.otherRep), order.id, { title: 'x', expectedVersion: 2 })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(updateOrder(stack.as(org.westManager), order.id, { title: 'x', expectedVersion: 2 })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(getOrderOrThrow(stack.as(org.finance), order.id)).resolves.toMatchObject({ id: order.id });
    await expect(updateOrder(stack.as(org.finance), order.id, { title: 'x', expectedVersion: 2 })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(updateOrder(stack.as(org.teamRep), order.id, { title: 'x', expectedVersion: 1 })).rejects.toMatchObject({ code: 'CONFLICT' });
  });

  it('keeps signed orders immutable except their status', async () => {
    const order = await orderFor(org.rep, await buildCustomer(stack, org.rep));
    const signed = await sign(org.rep, order.id, 1);
    await expect(updateOrder(stack.as(org.rep), order.id, { title: '改名', expectedVersion: signed.version })).rejects.toMatchObject({ code: 'CONFLICT' });
    await expect(updateOrder(stack.as(org.admin), order.id, { lines: [{ productId: install.id, quantity: 1000 }], expectedVersion: signed.version })).rejects.toMatchObject({
      code: 'CONFLICT',
    });
    expect((await getOrderOrThrow(stack.as(org.rep), order.id)).total).toBe(order.total);
  });
});

describe('approval above the threshold', () => {
  it('needs a manager above the owner before a large order can be signed', async () => {
    const customer = await buildCustomer(stack, org.teamRep);
    const big = await orderFor(org.teamRep, customer, { lines: [{ productId: aircon.id, quantity: 10_000 }] });
    expect(big.total).toBe(12_999_000);
    await expect(sign(org.teamRep, big.id, 1)).rejects.toMatchObject({ code: 'CONFLICT' });
    const pending = await submitOrderForApproval(stack.as(org.teamRep), big.id, { expectedVersion: 1 });
    expect(pending.status).toBe('PENDING_APPROVAL');
    await expect(sign(org.teamRep, big.id, pending.version)).rejects.toMatchObject({ code: 'CONFLICT' });
    await expect(approveOrder(stack.as(org.teamRep), big.id, { expectedVersion: pending.version })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(approveOrder(stack.as(org.westManager), big.id, { expectedVersion: pending.version })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    const approved = await approveOrder(stack.as(org.eastManager), big.id, { expectedVersion: pending.version, comment: '同意' });
    expect(approved.approval).toMatchObject({ state: 'APPROVED', decidedBy: org.eastManager.id, total: 12_999_000 });
    const signed = await sign(org.teamRep, big.id, approved.version);
    expect(signed.status).toBe('SIGNED');
  });

  it('sends a rejected or edited order back to draft, so the approval always matches the content', async () => {
    const customer = await buildCustomer(stack, org.teamRep);
    const big = await orderFor(org.teamRep, customer, { lines: [{ productId: aircon.id, quantity: 10_000 }] });
    const pending = await submitOrderForApproval(stack.as(org.teamRep), big.id, { expectedVersion: 1 });
    const rejected = await rejectOrder(stack.as(org.eastManager), big.id, { expectedVersion: pending.version, comment: '折扣过大' });
    expect(rejected).toMatchObject({ status: 'DRAFT', approval: { state: 'REJECTED', comment: '折扣过大' } });
    const again = await submitOrderForApproval(stack.as(org.teamRep), big.id, { expectedVersion: rejected.version });
    const approved = await approveOrder(stack.as(org.admin), big.id, { expectedVersion: again.version });
    const edited = await updateOrder(stack.as(org.teamRep), big.id, { lines: [{ productId: aircon.id, quantity: 20_000 }], expectedVersion: approved.version });
    expect(edited.status).toBe('DRAFT');
    expect(edited.approval).toBeUndefined();
    await expect(sign(org.teamRep, big.id, edited.version)).rejects.toMatchObject({ code: 'CONFLICT' });
  });
});

describe('signing', () => {
  it('makes the customer FORMAL and CLOSED in the same transaction, and it is never reclaimed', async () => {
    const s = await createTestStack();
    const o = await buildOrg(s);
    const product = await createProduct(s.as(o.admin), { code: 'P1', name: '风机盘管', category: '空调', unit: '台', listPrice: 300_000, currency: 'CNY' });
    const customer = await buildCustomer(s, o.rep);
    const unsigned = await buildCustomer(s, o.rep);
    expect(customer.protection?.deadline).toBeDefined();
    const order = await createOrder(s.as(o.rep), { customerId: customer.id, title: '风机盘管合同', currency: 'CNY', lines: [{ productId: product.id, quantity: 1000 }] });
    await signOrder(s.as(o.rep), order.id, { signedOn: '2026-03-02', signerName: '赵总', expectedVersion: 1 });
    const formal = (await s.runtime.repos.customers.get(customer.id))!;
    expect(formal).toMatchObject({ lifecycle: 'FORMAL', buyingStatus: 'CLOSED', version: customer.version + 1 });
    expect(formal.protection?.deadline).toBeUndefined();
    expect(formal.protection?.nextCheckAt).toBeUndefined();
    const sweep = createExpirySweep(s.runtime);
    for (let day = 0; day < 40; day++) {
      s.clock.advance(DAY_MS);
      await sweep(sweepEvent('expiry-sweep', s.clock.now()));
    }
    expect(await s.runtime.repos.customers.get(customer.id)).toMatchObject({ ownerId: o.rep.id, lifecycle: 'FORMAL' });
    // The control: the same rep's unsigned customer did go back to the pool.
    expect((await s.runtime.repos.customers.get(unsigned.id))?.ownerId).toBeUndefined();
  });

  it('makes a repeat buyer LOYAL on a later signed order', async () => {
    const customer = await buildCustomer(stack, org.rep);
    await sign(org.rep, (await orderFor(org.rep, customer)).id, 1);
    await sign(org.rep, (await orderFor(org.rep, customer)).id, 1);
    expect(await stack.runtime.repos.customers.get(customer.id)).toMatchObject({ lifecycle: 'FORMAL', buyingStatus: 'LOYAL' });
  });

  it('writes nothing at all when any part of the signing transaction fails', async () => {
    const customer = await buildCustomer(stack, org.rep);
    const order = await orderFor(org.rep, customer);
    // A stray ledger item makes the ledger's create-only condition fail inside the signing transaction.
    await stack.runtime.repos.commit([stack.runtime.repos.money.putLedger({ orderId: order.id, currency: 'CNY', total: 1, received: 0, outstanding: 1, invoiced: 0, uninvoiced: 1 })]);
    await expect(sign(org.rep, order.id, 1)).rejects.toThrow();
    expect(await stack.runtime.repos.customers.get(customer.id)).toMatchObject({ lifecycle: 'POTENTIAL', version: customer.version });
    const details = await getOrderDetailsOrThrow(stack.as(org.rep), order.id);
    expect(details.order.status).toBe('DRAFT');
    expect(details.plans).toEqual([]);
    expect(details.lines).toEqual([]);
    expect(await stack.runtime.repos.money.receivables({ kind: 'OWNER', ownerId: org.rep.id })).not.toContainEqual(expect.objectContaining({ customerId: customer.id }));
  });

  it('closes the linked opportunity as won, moving it out of the open funnel', async () => {
    const s = await createTestStack();
    const o = await buildOrg(s);
    const product = await createProduct(s.as(o.admin), { code: 'P1', name: '冷水机组', category: '空调', unit: '台', listPrice: 1_000_000, currency: 'CNY' });
    const customer = await buildCustomer(s, o.rep);
    const deal = await createOpportunity(s.as(o.rep), { customerId: customer.id, title: '冷水机组', expectedAmount: 1_000_000, currency: 'CNY', expectedCloseDate: '2026-04-01' });
    const order = await createOrder(s.as(o.rep), { customerId: customer.id, opportunityId: deal.id, title: '冷水机组合同', currency: 'CNY', lines: [{ productId: product.id, quantity: 1000 }] });
    await signOrder(s.as(o.rep), order.id, { signedOn: '2026-03-02', signerName: '钱经理', expectedVersion: 1 });
    expect(await getOpportunityOrThrow(s.as(o.rep), deal.id)).toMatchObject({ status: 'WON', orderId: order.id, closeReason: `签订合同 ${order.number}` });
    expect(await pipelineFunnel(s.as(o.rep), { currency: 'CNY' })).toMatchObject({ openCount: 0, won: { count: 1, amount: 1_000_000 } });
  });
});

describe('shipments', () => {
  it('allows partial deliveries but never more than ordered, even when racing', async () => {
    const order = await orderFor(org.rep, await buildCustomer(stack, org.rep));
    await expect(recordShipment(stack.as(org.rep), order.id, { lines: [{ lineNo: 1, quantity: 1000 }], shippedOn: '2026-03-03' })).rejects.toMatchObject({ code: 'CONFLICT' });
    await sign(org.rep, order.id, 1);
    await recordShipment(stack.as(org.rep), order.id, { lines: [{ lineNo: 1, quantity: 500 }], shippedOn: '2026-03-03', carrier: '顺丰' });
    await expect(recordShipment(stack.as(org.rep), order.id, { lines: [{ lineNo: 1, quantity: 1501 }], shippedOn: '2026-03-04' })).rejects.toMatchObject({
      code: 'BAD_USER_INPUT',
    });
    const racing = await Promise.allSettled(
      Array.from({ length: 8 }, () => recordShipment(stack.as(org.service), order.id, { lines: [{ lineNo: 1, quantity: 400 }], shippedOn: '2026-03-05' })),
    );
    const shippedNow = racing.filter((r) => r.status === 'fulfilled').length;
    const details = await getOrderDetailsOrThrow(stack.as(org.rep), order.id);
    const line = details.lines.find((l) => l.lineNo === 1)!;
    expect(line.shipped).toBe(500 + 400 * shippedNow);
    expect(line.shipped).toBeLessThanOrEqual(2000);
    expect(line.shipped + line.unshipped).toBe(2000);
    expect(details.shipments).toHaveLength(1 + shippedNow);
    await expect(recordShipment(stack.as(org.rep), order.id, { lines: [{ lineNo: 9, quantity: 1 }], shippedOn: '2026-03-05' })).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
    await expect(recordShipment(stack.as(org.otherRep), order.id, { lines: [{ lineNo: 2, quantity: 1 }], shippedOn: '2026-03-05' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('completing and cancelling', () => {
  it('completes only when every line is shipped and every fen received', async () => {
    const order = await orderFor(org.rep, await buildCustomer(stack, org.rep));
    let current = await sign(org.rep, order.id, 1);
    await expect(completeOrder(stack.as(org.rep), order.id, { expectedVersion: current.version })).rejects.toMatchObject({ code: 'CONFLICT' });
    await recordShipment(stack.as(org.rep), order.id, { lines: [{ lineNo: 1, quantity: 2000 }, { lineNo: 2, quantity: 1000 }], shippedOn: '2026-03-03' });
    await expect(completeOrder(stack.as(org.rep), order.id, { expectedVersion: current.version })).rejects.toThrow();
    await recordPayment(stack.as(org.finance), order.id, { amount: order.total, method: 'BANK_TRANSFER', paidOn: '2026-03-04' });
    current = await completeOrder(stack.as(org.rep), order.id, { expectedVersion: current.version });
    expect(current.statusHistory.map((h) => h.status)).toEqual(['DRAFT', 'SIGNED', 'COMPLETED']);
  });

  it('cancels a signed order only by a manager and only while no money or goods moved', async () => {
    const customer = await buildCustomer(stack, org.rep);
    const order = await orderFor(org.rep, customer);
    const signed = await sign(org.rep, order.id, 1);
    await expect(cancelOrder(stack.as(org.rep), order.id, { expectedVersion: signed.version, comment: '客户反悔' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const cancelled = await cancelOrder(stack.as(org.eastManager), order.id, { expectedVersion: signed.version, comment: '客户反悔' });
    expect(cancelled.status).toBe('CANCELLED');
    const details = await getOrderDetailsOrThrow(stack.as(org.rep), order.id);
    expect(details.plans.map((p) => p.status)).toEqual(['CANCELLED']);
    const paid = await orderFor(org.rep, customer);
    const paidSigned = await sign(org.rep, paid.id, 1);
    await recordPayment(stack.as(org.finance), paid.id, { amount: 100, method: 'CASH', paidOn: '2026-03-04' });
    await expect(cancelOrder(stack.as(org.admin), paid.id, { expectedVersion: paidSigned.version, comment: '取消' })).rejects.toMatchObject({ code: 'CONFLICT' });
    expect((await getOrderOrThrow(stack.as(org.rep), paid.id)).status).toBe('SIGNED');
  });
});
