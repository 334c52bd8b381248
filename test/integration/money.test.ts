import { beforeAll, describe, expect, it } from 'vitest';
import { duePaymentReminders, markPaymentReminderSent, sendDuePaymentReminders } from '../../functions/domain/money/payment-reminders.service';
import { recordInvoice, recordPayment } from '../../functions/domain/money/payment.service';
import { customerReceivables, receivablesAging } from '../../functions/domain/money/receivables.service';
import { createOrder, getOrderDetailsOrThrow, signOrder } from '../../functions/domain/orders/order.service';
import type { InstalmentInput } from '../../functions/domain/orders/order.schemas';
import { createProduct } from '../../functions/domain/products/product.service';
import type { Product } from '../../functions/domain/products/product.types';
import type { User } from '../../functions/domain/users/user.types';
import { buildCustomer, buildOrg, type Org } from '../support/builders';
import { createTestStack, type TestStack } from '../support/test-stack';

let stack: TestStack;
let org: Org;
let product: Product;

beforeAll(async () => {
  stack = await createTestStack();
  org = await buildOrg(stack);
  product = await createProduct(stack.as(org.admin), { code: 'SVC', name: '年度维保', category: '服务', unit: '年', listPrice: 1_000_000, currency: 'CNY' });
});

/** A signed 10,000.00 order with the given plan (default: one instalment due 2026-05-10). */
async function signedOrder(s: TestStack, o: Org, p: Product, owner: User = o.rep, plan: InstalmentInput[] = [{ dueDate: '2026-05-10', amount: 1_000_000 }]) {
  const customer = await buildCustomer(s, owner);
  const draft = await createOrder(s.as(owner), { customerId: customer.id, title: '维保合同', currency: 'CNY', lines: [{ productId: p.id, quantity: 1000 }], paymentPlan: plan });
  const order = await signOrder(s.as(owner), draft.id, { signedOn: '2026-03-02', signerName: '孙总', expectedVersion: 1 });
  return { customer, order };
}

const pay = (orderId: string, amount: number, planNo?: number) =>
  recordPayment(stack.as(org.finance), orderId, { amount, method: 'BANK_TRANSFER', paidOn: '2026-03-05', ...(planNo ? { planNo } : {}) });

describe('payments', () => {
  it('are recorded by finance only', async () => {
    const { order } = await signedOrder(stack, org, product);
    for (const user of [org.rep, org.eastManager, org.admin, org.service]) {
      await expect(recordPayment(stack.as(user), order.id, { amount: 100, method: 'CASH', paidOn: '2026-03-05' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    }
    expect((await getOrderDetailsOrThrow(stack.as(org.rep), order.id)).payments).toEqual([]);
  });

  it('settle instalments partly, then fully, and refuse to over-settle without writing anything', async () => {
    const { order } = await signedOrder(stack, org, product);
    await pay(order.id, 400_000, 1);
    await expect(pay(order.id, 600_001, 1)).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
    await expect(pay(order.id, 600_001)).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
    let details = await getOrderDetailsOrThrow(stack.as(org.finance), order.id);
    expect(details.plans[0]).toMatchObject({ settled: 400_000, remaining: 600_000, status: 'OPEN' });
    expect(details.ledger).toMatchObject({ received: 400_000, outstanding: 600_000 });
    expect(details.payments).toHaveLength(1);
    await pay(order.id, 600_000);
    details = await getOrderDetailsOrThrow(stack.as(org.finance), order.id);
    expect(details.plans[0]).toMatchObject({ settled: 1_000_000, remaining: 0, status: 'SETTLED' });
    expect(details.plans[0]!.nextReminderAt).toBeUndefined();
    expect(details.ledger).toMatchObject({ received: 1_000_000, outstanding: 0 });
    await expect(pay(order.id, 1)).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
  });

  it('go to the oldest open instalments first when none is named', async () => {
    const { order } = await signedOrder(stack, org, product, org.rep, [
      { dueDate: '2026-04-01', amount: 300_000 },
      { dueDate: '2026-06-01', amount: 700_000 },
    ]);
    const payment = await pay(order.id, 500_000);
    expect(payment.allocations).toEqual([
      { planNo: 1, amount: 300_000 },
      { planNo: 2, amount: 200_000 },
    ]);
    const details = await getOrderDetailsOrThrow(stack.as(org.finance), order.id);
    expect(details.plans.map((p) => [p.status, p.remaining])).toEqual([
      ['SETTLED', 0],
      ['OPEN', 500_000],
    ]);
  });

  it('never exceed the plan when finance staff record payments at the same time', async () => {
    const { order, customer } = await signedOrder(stack, org, product);
    const results = await Promise.allSettled(Array.from({ length: 10 }, () => pay(order.id, 300_000, 1)));
    const accepted = results.filter((r) => r.status === 'fulfilled').length;
    const refusals = results.flatMap((r) => (r.status === 'rejected' ? [(r.reason as { code?: string }).code] : []));
    expect(accepted).toBeGreaterThanOrEqual(1);
    expect(accepted).toBeLessThanOrEqual(3);
    expect(refusals.every((code) => code === 'BAD_USER_INPUT' || code === 'RETRYABLE')).toBe(true);
    const details = await getOrderDetailsOrThrow(stack.as(org.finance), order.id);
    expect(details.plans[0]!.settled).toBe(300_000 * accepted);
    expect(details.plans[0]!.settled + details.plans[0]!.remaining).toBe(1_000_000);
    expect(details.payments).toHaveLength(accepted);
    expect(details.ledger?.received).toBe(300_000 * accepted);
    const [receivable] = (await customerReceivables(stack.as(org.finance), { currency: 'CNY' })).filter((r) => r.customerId === customer.id);
    expect(receivable).toMatchObject({ contracted: 1_000_000, received: 300_000 * accepted, outstanding: 1_000_000 - 300_000 * accepted });
  });

  it('are refused on unsigned orders and credit only active sales users', async () => {
    const customer = await buildCustomer(stack, org.rep);
    const draft = await createOrder(stack.as(org.rep), { customerId: customer.id, title: '草稿', currency: 'CNY', lines: [{ productId: product.id, quantity: 1000 }] });
    await expect(pay(draft.id, 100)).rejects.toMatchObject({ code: 'CONFLICT' });
    const { order } = await signedOrder(stack, org, product);
    await expect(recordPayment(stack.as(org.finance), order.id, { amount: 100, method: 'CASH', paidOn: '2026-03-05', ownerId: org.service.id })).rejects.toMatchObject({
      code: 'BAD_USER_INPUT',
    });
    const credited = await recordPayment(stack.as(org.finance), order.id, { amount: 100, method: 'CASH', paidOn: '2026-03-05', ownerId: org.teamRep.id });
    expect(credited.ownerId).toBe(org.teamRep.id);
  });
});

describe('invoices', () => {
  it('are recorded by finance, never above the contract, with unique numbers', async () => {
    const { order } = await signedOrder(stack, org, product);
    const issue = (user: User, number: string, amount: number) => recordInvoice(stack.as(user), order.id, { number, kind: 'VAT_SPECIAL', amount, issuedOn: '2026-03-06' });
    await expect(issue(org.rep, 'INV-1', 100)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await issue(org.finance, `A-${order.number}`, 600_000);
    await expect(issue(org.finance, `A-${order.number}`, 100)).rejects.toMatchObject({ code: 'CONFLICT' });
    await expect(issue(org.finance, `B-${order.number}`, 400_001)).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
    await issue(org.finance, `B-${order.number}`, 400_000);
    const details = await getOrderDetailsOrThrow(stack.as(org.finance), order.id);
    expect(details.ledger).toMatchObject({ invoiced: 1_000_000, uninvoiced: 0 });
    expect(details.invoices).toHaveLength(2);
  });
});

describe('payment reminders', () => {
  it('warn the owner a month before and on the due day, once each, and stop when settled', async () => {
    const s = await createTestStack();
    const o = await buildOrg(s);
    const p = await createProduct(s.as(o.admin), { code: 'R', name: '维保', category: '服务', unit: '年', listPrice: 1_000_000, currency: 'CNY' });
    const { order } = await signedOrder(s, o, p, o.rep, [
      { dueDate: '2026-05-10', amount: 600_000 },
      { dueDate: '2026-05-20', amount: 400_000 },
    ]);
    const repos = s.runtime.repos;
    // 09:00 Shanghai on 2026-04-10 is 01:00 UTC.
    expect(await duePaymentReminders(repos, new Date('2026-04-10T00:59:00.000Z'))).toEqual([]);
    const soon = await duePaymentReminders(repos, new Date('2026-04-10T01:00:00.000Z'));
    expect(soon.map((r) => [r.kind, r.planNo, r.ownerId, r.remaining])).toEqual([['PAYMENT_DUE_SOON', 1, o.rep.id, '6000.00']]);
    expect(await markPaymentReminderSent(repos, soon[0]!)).toBe(true);
    expect(await markPaymentReminderSent(repos, soon[0]!)).toBe(false);
    expect(await duePaymentReminders(repos, new Date('2026-04-12T01:00:00.000Z'))).toEqual([]);

    // The second instalment is paid in full before its first reminder: nothing is ever sent for it.
    await recordPayment(s.as(o.finance), order.id, { amount: 400_000, method: 'BANK_TRANSFER', paidOn: '2026-04-15', planNo: 2 });
    expect(await duePaymentReminders(repos, new Date('2026-04-20T02:00:00.000Z'))).toEqual([]);

    // A partial payment keeps the due-day reminder, now naming what is left.
    await recordPayment(s.as(o.finance), order.id, { amount: 100_000, method: 'BANK_TRANSFER', paidOn: '2026-05-01', planNo: 1 });
    const run = await sendDuePaymentReminders({ repos, notifier: s.notifier, locale: 'zh-CN' }, new Date('2026-05-10T01:05:00.000Z'));
    expect(run).toEqual({ sent: 1, skipped: 0, failed: 0 });
    expect(s.notifier.sent.map((m) => [m.channel, m.userId, m.kind])).toEqual([
      ['SMS', o.rep.id, 'PAYMENT_DUE_TODAY'],
      ['EMAIL', o.rep.id, 'PAYMENT_DUE_TODAY'],
    ]);
    expect(s.notifier.sent[0]!.text).toContain('5000.00');
    expect(s.notifier.sent[0]!.text).toContain(order.number);
    const again = await sendDuePaymentReminders({ repos, notifier: s.notifier, locale: 'zh-CN' }, new Date('2026-05-10T02:00:00.000Z'));
    expect(again.sent).toBe(0);
    expect(s.notifier.sent).toHaveLength(2);
  });
});

describe('receivables and aging', () => {
  it('show what each customer owes, by days past due, to finance, managers and the owner', async () => {
    const s = await createTestStack();
    const o = await buildOrg(s);
    const p = await createProduct(s.as(o.admin), { code: 'A', name: '设备', category: '设备', unit: '台', listPrice: 1_000_000, currency: 'CNY' });
    const east = await signedOrder(s, o, p, o.rep, [
      { dueDate: '2026-03-10', amount: 100_000 },
      { dueDate: '2026-04-15', amount: 200_000 },
      { dueDate: '2026-06-30', amount: 700_000 },
    ]);
    const west = await signedOrder(s, o, p, o.otherRep, [{ dueDate: '2026-01-15', amount: 1_000_000 }]);
    await recordPayment(s.as(o.finance), east.order.id, { amount: 50_000, method: 'CASH', paidOn: '2026-04-20', planNo: 2 });
    s.clock.moveTo(new Date('2026-05-20T04:00:00.000Z'));

    const aging = await receivablesAging(s.as(o.finance), { currency: 'CNY' });
    expect(aging.asOf).toBe('2026-05-20');
    expect(aging.totals).toEqual({ NOT_DUE: 700_000, DAYS_0_30: 0, DAYS_31_60: 150_000, DAYS_61_90: 100_000, DAYS_OVER_90: 1_000_000, total: 1_950_000 });
    expect(aging.customers.map((c) => [c.customerId, c.amounts.total])).toEqual([
      [east.customer.id, 950_000],
      [west.customer.id, 1_000_000],
    ].sort((a, b) => (b[1] as number) - (a[1] as number)));

    const mine = await receivablesAging(s.as(o.rep), { currency: 'CNY' });
    expect(mine.customers.map((c) => c.customerId)).toEqual([east.customer.id]);
    expect((await receivablesAging(s.as(o.westManager), { currency: 'CNY' })).totals.total).toBe(1_000_000);
    await expect(receivablesAging(s.as(o.rep), { currency: 'CNY', ownerId: o.otherRep.id })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(receivablesAging(s.as(o.service), { currency: 'CNY' })).rejects.toMatchObject({ code: 'FORBIDDEN' });

    const receivables = await customerReceivables(s.as(o.finance), { currency: 'CNY' });
    expect(receivables.map((r) => [r.customerId, r.contracted, r.received, r.outstanding])).toEqual([
      [west.customer.id, 1_000_000, 0, 1_000_000],
      [east.customer.id, 1_000_000, 50_000, 950_000],
    ]);
    expect((await customerReceivables(s.as(o.eastManager), { currency: 'CNY' })).map((r) => r.customerId)).toEqual([east.customer.id]);

    await recordPayment(s.as(o.finance), west.order.id, { amount: 1_000_000, method: 'BANK_TRANSFER', paidOn: '2026-05-20' });
    expect((await customerReceivables(s.as(o.finance), { currency: 'CNY' })).map((r) => r.customerId)).toEqual([east.customer.id]);
    expect((await receivablesAging(s.as(o.finance), { currency: 'CNY' })).totals.DAYS_OVER_90).toBe(0);
  });
});
