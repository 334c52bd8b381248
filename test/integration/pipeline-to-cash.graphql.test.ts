import { beforeAll, describe, expect, it } from 'vitest';
import { buildOrg, type Org } from '../support/builders';
import { createTestStack, type TestStack } from '../support/test-stack';

let stack: TestStack;
let org: Org;

beforeAll(async () => {
  stack = await createTestStack();
  org = await buildOrg(stack);
});

async function ok<T>(user: Parameters<TestStack['gql']>[0], query: string, variables?: Record<string, unknown>): Promise<T> {
  const res = await stack.gql<T>(user, query, variables);
  expect(res.errors).toBeUndefined();
  return res.data!;
}

const PRODUCT = `mutation($input: CreateProductInput!) { createProduct(input: $input) { id code listPrice active } }`;
const CUSTOMER = `mutation($input: CreateCustomerInput!) { createCustomer(input: $input) { id code lifecycle } }`;
const OPPORTUNITY = `mutation($input: CreateOpportunityInput!) { createOpportunity(input: $input) { id version stage { id name } expectedAmount weightedAmount } }`;
const MOVE = `mutation($id: ID!, $input: MoveOpportunityStageInput!) { moveOpportunityStage(id: $id, input: $input) { id version stage { name winProbability } stageHistory { stage { name } leftAt } } }`;
const CREATE_ORDER = `mutation($input: CreateOrderInput!) { createOrder(input: $input) { id number version status total listTotal discountTotal needsApproval
  lines { lineNo productName quantity unitPrice discountPercent amount } plannedInstalments { planNo dueDate amount } } }`;
const SIGN = `mutation($id: ID!, $input: SignOrderInput!) { signOrder(id: $id, input: $input) { id status version signedOn signerName } }`;
const PAY = `mutation($orderId: ID!, $input: PaymentInput!) { recordPayment(orderId: $orderId, input: $input) { id amount allocations { planNo amount } credited { name } } }`;

describe('from first contact to cash over GraphQL', () => {
  it('tracks a deal through funnel, contract, shipment, payment, receivables and aging', async () => {
    const aircon = (await ok<{ createProduct: { id: string } }>(org.admin, PRODUCT, {
      input: { code: 'KT-10P', name: '10匹风管机', category: '空调', unit: '台', listPrice: '25800.00' },
    })).createProduct;
    const install = (await ok<{ createProduct: { id: string } }>(org.admin, PRODUCT, {
      input: { code: 'AZ-STD', name: '标准安装', category: '服务', unit: '次', listPrice: '800' },
    })).createProduct;

    const customer = (await ok<{ createCustomer: { id: string; lifecycle: string } }>(org.rep, CUSTOMER, {
      input: { name: '泰州市恒温制冷设备有限公司', contacts: [{ name: '周经理', mobile: '13912345678' }] },
    })).createCustomer;
    expect(customer.lifecycle).toBe('POTENTIAL');

    const opp = (await ok<{ createOpportunity: { id: string; version: number; stage: { name: string }; weightedAmount: string } }>(org.rep, OPPORTUNITY, {
      input: { customerId: customer.id, title: '厂房空调改造', productIds: [aircon.id], expectedAmount: '52400.00', expectedCloseDate: '2026-04-30' },
    })).createOpportunity;
    expect(opp).toMatchObject({ stage: { name: '初次接触' }, weightedAmount: '5240.00' });
    const moved = (await ok<{ moveOpportunityStage: { version: number; stage: { name: string }; stageHistory: { leftAt: string | null }[] } }>(org.rep, MOVE, {
      id: opp.id,
      input: { stageId: 'S7', expectedVersion: opp.version },
    })).moveOpportunityStage;
    expect(moved.stage.name).toBe('口头同意');
    expect(moved.stageHistory.map((v) => v.leftAt !== null)).toEqual([true, false]);

    const funnel = (await ok<{ funnel: { openCount: number; weightedAmount: string; stages: { stage: { name: string }; count: number; amount: string }[] } }>(
      org.eastManager,
      `{ funnel { openCount weightedAmount stages { stage { name } count amount } } }`,
    )).funnel;
    expect(funnel.openCount).toBe(1);
    expect(funnel.weightedAmount).toBe('41920.00');
    expect(funnel.stages.find((s) => s.stage.name === '口头同意')).toEqual({ stage: { name: '口头同意' }, count: 1, amount: '52400.00' });

    const order = (await ok<{
      createOrder: { id: string; number: string; version: number; total: string; listTotal: string; discountTotal: string; needsApproval: boolean; lines: unknown[] };
    }>(org.rep, CREATE_ORDER, {
      input: {
        customerId: customer.id,
        opportunityId: opp.id,
        title: '厂房空调采购及安装合同',
        lines: [
          { productId: aircon.id, quantity: '2', discountPercent: '5' },
          { productId: install.id, quantity: '2', unitPrice: '650.50' },
        ],
        extraTerms: ['三年免费保修'],
        paymentPlan: [
          { dueDate: '2026-03-10', amount: '20000.00' },
          { dueDate: '2026-05-10', amount: '30321.00' },
        ],
      },
    })).createOrder;
    expect(order).toMatchObject({ number: expect.stringMatching(/^HT\d{6}$/), listTotal: '52901.00', discountTotal: '2580.00', total: '50321.00', needsApproval: true });
    expect(order.lines).toEqual([
      { lineNo: 1, productName: '10匹风管机', quantity: '2', unitPrice: '25800.00', discountPercent: '5', amount: '49020.00' },
      { lineNo: 2, productName: '标准安装', quantity: '2', unitPrice: '650.50', discountPercent: '0', amount: '1301.00' },
    ]);

    const submitted = await ok<{ submitOrderForApproval: { version: number } }>(org.rep, `mutation($id: ID!) { submitOrderForApproval(id: $id, input: { expectedVersion: 1 }) { version } }`, { id: order.id });
    const approved = await ok<{ approveOrder: { version: number; approval: { state: string; decidedBy: { name: string } } } }>(
      org.eastManager,
      `mutation($id: ID!, $v: Int!) { approveOrder(id: $id, input: { expectedVersion: $v, comment: "同意" }) { version approval { state decidedBy { name } } } }`,
      { id: order.id, v: submitted.submitOrderForApproval.version },
    );
    expect(approved.approveOrder.approval).toEqual({ state: 'APPROVED', decidedBy: { name: '华东经理' } });
    const signed = (await ok<{ signOrder: { status: string; version: number } }>(org.rep, SIGN, {
      id: order.id,
      input: { signedOn: '2026-03-02', signerName: '周经理', expectedVersion: approved.approveOrder.version },
    })).signOrder;
    expect(signed.status).toBe('SIGNED');

    const after = await ok<{ customer: { lifecycle: string; buyingStatus: string; protection: { deadline: string | null } | null } }>(
      org.rep,
      `query($id: ID!) { customer(id: $id) { lifecycle buyingStatus protection { deadline } } }`,
      { id: customer.id },
    );
    expect(after.customer.lifecycle).toBe('FORMAL');
    expect(after.customer.buyingStatus).toBe('CLOSED');
    expect(after.customer.protection?.deadline ?? null).toBeNull();
    const won = await ok<{ opportunity: { status: string; orderId: string } }>(org.rep, `query($id: ID!) { opportunity(id: $id) { status orderId } }`, { id: opp.id });
    expect(won.opportunity).toEqual({ status: 'WON', orderId: order.id });

    await ok(org.service, `mutation($id: ID!) { recordShipment(orderId: $id, input: { lines: [{ lineNo: 1, quantity: "1" }], shippedOn: "2026-03-03", carrier: "德邦" }) { id } }`, { id: order.id });

    const repPays = await stack.gql(org.rep, PAY, { orderId: order.id, input: { amount: '100', method: 'CASH', paidOn: '2026-03-05' } });
    expect(repPays.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(repPays.errors?.[0]?.message).toContain('财务');
    const tooMuch = await stack.gql(org.finance, PAY, { orderId: order.id, input: { amount: '20000.01', method: 'BANK_TRANSFER', paidOn: '2026-03-05', planNo: 1 } });
    expect(tooMuch.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(tooMuch.errors?.[0]?.message).toContain('超过第 1 期未收金额 20000.00');
    const payment = (await ok<{ recordPayment: { amount: string; allocations: { planNo: number; amount: string }[]; credited: { name: string } } }>(org.finance, PAY, {
      orderId: order.id,
      input: { amount: '25000.00', method: 'BANK_TRANSFER', paidOn: '2026-03-05' },
    })).recordPayment;
    expect(payment).toMatchObject({ amount: '25000.00', allocations: [{ planNo: 1, amount: '20000.00' }, { planNo: 2, amount: '5000.00' }], credited: { name: '张三' } });
    await ok(org.finance, `mutation($id: ID!) { recordInvoice(orderId: $id, input: { number: "0451288", kind: VAT_SPECIAL, amount: "25000.00", issuedOn: "2026-03-06" }) { id } }`, {
      id: order.id,
    });

    const view = await ok<{ order: Record<string, unknown> }>(
      org.finance,
      `query($id: ID!) { order(id: $id) { status fullyShipped lines { lineNo shipped unshipped } shipments { carrier lines { lineNo quantity } }
        paymentPlans { planNo amount settled remaining status overdue } ledger { total received outstanding invoiced uninvoiced } payments { amount } invoices { number } } }`,
      { id: order.id },
    );
    expect(view.order).toEqual({
      status: 'SIGNED',
      fullyShipped: false,
      lines: [
        { lineNo: 1, shipped: '1', unshipped: '1' },
        { lineNo: 2, shipped: '0', unshipped: '2' },
      ],
      shipments: [{ carrier: '德邦', lines: [{ lineNo: 1, quantity: '1' }] }],
      paymentPlans: [
        { planNo: 1, amount: '20000.00', settled: '20000.00', remaining: '0.00', status: 'SETTLED', overdue: false },
        { planNo: 2, amount: '30321.00', settled: '5000.00', remaining: '25321.00', status: 'OPEN', overdue: false },
      ],
      ledger: { total: '50321.00', received: '25000.00', outstanding: '25321.00', invoiced: '25000.00', uninvoiced: '25321.00' },
      payments: [{ amount: '25000.00' }],
      invoices: [{ number: '0451288' }],
    });

    const receivables = await ok<{ receivables: { customer: { name: string }; owner: { name: string }; contracted: string; received: string; outstanding: string }[] }>(
      org.finance,
      `{ receivables { customer { name } owner { name } contracted received outstanding } }`,
    );
    expect(receivables.receivables).toEqual([
      { customer: { name: '泰州市恒温制冷设备有限公司' }, owner: { name: '张三' }, contracted: '50321.00', received: '25000.00', outstanding: '25321.00' },
    ]);

    stack.clock.moveTo(new Date('2026-06-20T02:00:00.000Z'));
    const aging = await ok<{ receivablesAging: { asOf: string; totals: Record<string, string>; customers: { customer: { name: string } }[] } }>(
      org.eastManager,
      `{ receivablesAging { asOf totals { notDue days0To30 days31To60 days61To90 daysOver90 total } customers { customer { name } } } }`,
    );
    expect(aging.receivablesAging).toEqual({
      asOf: '2026-06-20',
      totals: { notDue: '0.00', days0To30: '0.00', days31To60: '25321.00', days61To90: '0.00', daysOver90: '0.00', total: '25321.00' },
      customers: [{ customer: { name: '泰州市恒温制冷设备有限公司' } }],
    });

    const forecast = await ok<{ forecast: { total: { wonAmount: string; weightedAmount: string }; byRep: { owner: { name: string } }[] } }>(
      org.admin,
      `{ forecast(from: "2026-03", to: "2026-04") { total { wonAmount weightedAmount } byRep { owner { name } } } }`,
    );
    expect(forecast.forecast).toEqual({ total: { wonAmount: '52400.00', weightedAmount: '0.00' }, byRep: [{ owner: { name: '张三' } }] });
  });
});

describe('bad input over GraphQL', () => {
  it('answers negative amounts, discounts over 100 % and inactive products with clear errors, writing nothing', async () => {
    const product = (await ok<{ createProduct: { id: string } }>(org.admin, PRODUCT, { input: { code: 'BAD-1', name: '测试品', category: '测试', unit: '个', listPrice: '10' } })).createProduct;
    const retired = (await ok<{ createProduct: { id: string } }>(org.admin, PRODUCT, { input: { code: 'BAD-2', name: '停用品', category: '测试', unit: '个', listPrice: '10', active: false } })).createProduct;
    const customer = (await ok<{ createCustomer: { id: string } }>(org.rep, CUSTOMER, { input: { name: '错误输入测试有限公司' } })).createCustomer;
    const attempt = (lines: unknown[], extra: Record<string, unknown> = {}) =>
      stack.gql(org.rep, CREATE_ORDER, { input: { customerId: customer.id, title: '测试合同', lines, ...extra } });

    const discount = await attempt([{ productId: product.id, quantity: '1', discountPercent: '120' }]);
    expect(discount.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    expect(discount.errors?.[0]?.message).toContain('折扣不能超过100%');
    const negativePrice = await attempt([{ productId: product.id, quantity: '1', unitPrice: '-5' }]);
    expect(negativePrice.errors?.[0]?.message).toContain('金额不能为负数');
    const negativeQuantity = await attempt([{ productId: product.id, quantity: '-1' }]);
    expect(negativeQuantity.errors?.[0]?.message).toContain('数量必须大于0');
    const inactive = await attempt([{ productId: retired.id, quantity: '1' }]);
    expect(inactive.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    expect(inactive.errors?.[0]?.message).toContain('停用品');
    const badPlan = await attempt([{ productId: product.id, quantity: '1' }], { paymentPlan: [{ dueDate: '2026-04-01', amount: '9.99' }] });
    expect(badPlan.errors?.[0]?.message).toContain('回款计划合计 9.99 与订单金额 10.00 不一致');
    const negativeDeal = await stack.gql(org.rep, OPPORTUNITY, { input: { customerId: customer.id, title: '负数', expectedAmount: '-1', expectedCloseDate: '2026-05-01' } });
    expect(negativeDeal.errors?.[0]?.message).toContain('预计金额');

    const orders = await ok<{ orders: { edges: unknown[] } }>(org.rep, `query($c: ID!) { orders(filter: { customerId: $c }) { edges { node { id } } } }`, { c: customer.id });
    expect(orders.orders.edges).toEqual([]);
    const deals = await ok<{ opportunities: { edges: unknown[] } }>(org.rep, `query($c: ID!) { opportunities(filter: { customerId: $c }) { edges { node { id } } } }`, { c: customer.id });
    expect(deals.opportunities.edges).toEqual([]);
  });
});
