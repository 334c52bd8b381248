import { createCustomer } from '../../functions/domain/customers/customer.service';
import type { User } from '../../functions/domain/users/user.types';
import { MANAGERS, OWNER_CHAIN, SALES, SIGNED_IN, type MatrixRole, type SecurityFixture } from './security-fixture';
import type { TestStack } from './test-stack';

/**
 * Catalog rows of the pipeline, products, orders and money (schema/pipeline.graphql, products.graphql,
 * orders.graphql, money.graphql). Fixtures are made through the API as the user who would make them
 * (the east rep sells, the admin keeps the catalogue), fresh for each call.
 */
interface SalesHelpers {
  stack: TestStack;
  fx: SecurityFixture;
}

type Vars = Record<string, unknown>;
let serial = 0;
const DAY = 86_400_000;
const today = (h: SalesHelpers) => h.stack.clock.now().toISOString().slice(0, 10);
const inDays = (h: SalesHelpers, days: number) => new Date(h.stack.clock.now().getTime() + days * DAY).toISOString().slice(0, 10);
const month = (h: SalesHelpers, offset = 0) => {
  const d = h.stack.clock.now();
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + offset, 1)).toISOString().slice(0, 7);
};

/** A fixture call that must work: its failure is the fixture's, not the operation's under test. */
async function call<T = Record<string, any>>(h: SalesHelpers, user: User, query: string, variables: Vars = {}): Promise<T> {
  const res = await h.stack.gql<T>(user, query, variables);
  if (res.errors?.length || !res.data) throw new Error(`fixture ${query.slice(0, 60)}… failed: ${JSON.stringify(res.errors)}`);
  return res.data;
}

const products = new WeakMap<TestStack, Promise<string>>();
function product(h: SalesHelpers): Promise<string> {
  let id = products.get(h.stack);
  if (!id) {
    id = call<{ createProduct: { id: string } }>(h, h.fx.org.admin, `mutation($i: CreateProductInput!) { createProduct(input: $i) { id } }`, {
      i: { code: `MX-${Date.now().toString(36)}`, name: '矩阵空调', category: '空调', unit: '台', listPrice: '1000.00' },
    }).then((d) => d.createProduct.id);
    products.set(h.stack, id);
  }
  return id;
}

async function repCustomer(h: SalesHelpers) {
  return createCustomer(h.stack.as(h.fx.org.rep), { kind: 'COMPANY', name: `销售矩阵${Date.now().toString(36)}${serial++}有限公司` });
}

async function opportunity(h: SalesHelpers) {
  const customer = await repCustomer(h);
  const d = await call<{ createOpportunity: { id: string; version: number } }>(h, h.fx.org.rep, `mutation($i: CreateOpportunityInput!) { createOpportunity(input: $i) { id version } }`, {
    i: { customerId: customer.id, title: '矩阵商机', expectedAmount: '50000', expectedCloseDate: inDays(h, 30), productIds: [await product(h)] },
  });
  return d.createOpportunity;
}

async function secondStage(h: SalesHelpers): Promise<string> {
  const d = await call<{ salesSettings: { stages: { id: string }[] } }>(h, h.fx.org.rep, `{ salesSettings { stages { id } } }`);
  return d.salesSettings.stages[1]!.id;
}

/** A draft order of the east rep; `large` needs approval (above the default 50 000 threshold). */
async function draftOrder(h: SalesHelpers, large = false) {
  const customer = await repCustomer(h);
  const d = await call<{ createOrder: { id: string; version: number } }>(h, h.fx.org.rep, `mutation($i: CreateOrderInput!) { createOrder(input: $i) { id version } }`, {
    i: { customerId: customer.id, title: '矩阵订单', lines: [{ productId: await product(h), quantity: large ? '100' : '2' }] },
  });
  return d.createOrder;
}

async function pendingOrder(h: SalesHelpers) {
  const draft = await draftOrder(h, true);
  const d = await call<{ submitOrderForApproval: { id: string; version: number } }>(h, h.fx.org.rep, `mutation($id: ID!, $i: OrderDecisionInput!) { submitOrderForApproval(id: $id, input: $i) { id version } }`, {
    id: draft.id,
    i: { expectedVersion: draft.version },
  });
  return d.submitOrderForApproval;
}

async function signedOrder(h: SalesHelpers) {
  const draft = await draftOrder(h);
  const d = await call<{ signOrder: { id: string; version: number } }>(h, h.fx.org.rep, `mutation($id: ID!, $i: SignOrderInput!) { signOrder(id: $id, input: $i) { id version } }`, {
    id: draft.id,
    i: { signedOn: today(h), signerName: '王经理', expectedVersion: draft.version },
  });
  return d.signOrder;
}

/** Signed, shipped in full and paid in full: the only orders that may be completed. */
async function completableOrder(h: SalesHelpers) {
  const signed = await signedOrder(h);
  await call(h, h.fx.org.rep, `mutation($id: ID!, $i: ShipmentInput!) { recordShipment(orderId: $id, input: $i) { id } }`, {
    id: signed.id,
    i: { lines: [{ lineNo: 1, quantity: '2' }], shippedOn: today(h) },
  });
  await call(h, h.fx.org.finance, `mutation($id: ID!, $i: PaymentInput!) { recordPayment(orderId: $id, input: $i) { id } }`, {
    id: signed.id,
    i: { amount: '2000.00', method: 'BANK_TRANSFER', paidOn: today(h) },
  });
  return (await call<{ order: { id: string; version: number } }>(h, h.fx.org.rep, `query($id: ID!) { order(id: $id) { id version } }`, { id: signed.id })).order;
}

export const SALES_OPERATIONS: {
  op: string;
  variant?: string;
  variables?: (h: SalesHelpers, role: MatrixRole) => Vars | Promise<Vars>;
  allow: readonly MatrixRole[];
}[] = [
  // ---- pipeline ----
  { op: 'Query.salesSettings', allow: SIGNED_IN },
  {
    op: 'Mutation.updateSalesSettings',
    variables: async (h) => {
      const d = await call<{ salesSettings: Record<string, any> }>(h, h.fx.org.admin, `{ salesSettings { stages { id name winProbability } stalledAfterDays orderApprovalThreshold paymentReminderDaysBefore paymentReminderHour version } }`);
      const { version, ...settings } = d.salesSettings;
      return { input: { ...settings, expectedVersion: version } };
    },
    allow: ['ADMIN'],
  },
  { op: 'Query.opportunity', variables: async (h) => ({ id: (await opportunity(h)).id }), allow: OWNER_CHAIN },
  { op: 'Query.opportunities', variables: () => ({ first: 50 }), allow: SALES },
  { op: 'Query.opportunities', variant: "the rep's deals", variables: (h) => ({ filter: { ownerId: h.fx.org.rep.id }, first: 50 }), allow: OWNER_CHAIN },
  { op: 'Query.stalledOpportunities', allow: SALES },
  { op: 'Query.funnel', allow: SALES },
  { op: 'Query.funnel', variant: "the east department's", variables: (h) => ({ filter: { departmentId: h.fx.org.east.id } }), allow: ['ADMIN', 'MANAGER_OWN'] },
  { op: 'Query.forecast', variables: (h) => ({ from: month(h), to: month(h, 2) }), allow: SALES },
  {
    op: 'Mutation.createOpportunity',
    variables: async (h) => ({ input: { customerId: (await repCustomer(h)).id, title: '新商机', expectedAmount: '20000', expectedCloseDate: inDays(h, 20), productIds: [await product(h)] } }),
    allow: OWNER_CHAIN,
  },
  { op: 'Mutation.updateOpportunity', variables: async (h) => { const o = await opportunity(h); return { id: o.id, input: { title: '改名商机', expectedVersion: o.version } }; }, allow: OWNER_CHAIN },
  {
    op: 'Mutation.moveOpportunityStage',
    variables: async (h) => { const o = await opportunity(h); return { id: o.id, input: { stageId: await secondStage(h), expectedVersion: o.version } }; },
    allow: OWNER_CHAIN,
  },
  {
    op: 'Mutation.closeOpportunity',
    variables: async (h) => { const o = await opportunity(h); return { id: o.id, input: { outcome: 'LOST', reason: '预算取消', expectedVersion: o.version } }; },
    allow: OWNER_CHAIN,
  },

  // ---- products ----
  { op: 'Query.products', allow: SIGNED_IN },
  { op: 'Query.product', variables: async (h) => ({ id: await product(h) }), allow: SIGNED_IN },
  { op: 'Query.productCategories', allow: SIGNED_IN },
  {
    op: 'Mutation.createProduct',
    variables: () => ({ input: { code: `MXN-${Date.now().toString(36)}-${serial++}`, name: '矩阵新品', category: '配件', unit: '个', listPrice: '99.90' } }),
    allow: MANAGERS,
  },
  {
    op: 'Mutation.updateProduct',
    variables: async (h) => {
      const d = await call<{ createProduct: { id: string; version: number } }>(h, h.fx.org.admin, `mutation($i: CreateProductInput!) { createProduct(input: $i) { id version } }`, {
        i: { code: `MXU-${Date.now().toString(36)}-${serial++}`, name: '待改产品', category: '配件', unit: '个', listPrice: '10.00' },
      });
      return { id: d.createProduct.id, input: { listPrice: '12.00', expectedVersion: d.createProduct.version } };
    },
    allow: MANAGERS,
  },

  // ---- orders ----
  { op: 'Query.order', variables: async (h) => ({ id: (await draftOrder(h)).id }), allow: [...OWNER_CHAIN, 'FINANCE'] },
  { op: 'Query.order', variant: 'signed', variables: async (h) => ({ id: (await signedOrder(h)).id }), allow: [...OWNER_CHAIN, 'FINANCE', 'SERVICE'] },
  { op: 'Query.orders', variables: () => ({ first: 50 }), allow: [...SALES, 'FINANCE'] },
  { op: 'Query.orders', variant: "the rep's orders", variables: (h) => ({ filter: { ownerId: h.fx.org.rep.id }, first: 50 }), allow: [...OWNER_CHAIN, 'FINANCE'] },
  {
    op: 'Mutation.createOrder',
    variables: async (h) => ({ input: { customerId: (await repCustomer(h)).id, title: '新订单', lines: [{ productId: await product(h), quantity: '1' }] } }),
    allow: OWNER_CHAIN,
  },
  { op: 'Mutation.updateOrder', variables: async (h) => { const o = await draftOrder(h); return { id: o.id, input: { title: '改名订单', expectedVersion: o.version } }; }, allow: OWNER_CHAIN },
  { op: 'Mutation.submitOrderForApproval', variables: async (h) => { const o = await draftOrder(h, true); return { id: o.id, input: { expectedVersion: o.version } }; }, allow: OWNER_CHAIN },
  { op: 'Mutation.approveOrder', variables: async (h) => { const o = await pendingOrder(h); return { id: o.id, input: { expectedVersion: o.version, comment: '同意' } }; }, allow: ['ADMIN', 'MANAGER_OWN'] },
  { op: 'Mutation.rejectOrder', variables: async (h) => { const o = await pendingOrder(h); return { id: o.id, input: { expectedVersion: o.version, comment: '价格过低' } }; }, allow: ['ADMIN', 'MANAGER_OWN'] },
  {
    op: 'Mutation.signOrder',
    variables: async (h) => { const o = await draftOrder(h); return { id: o.id, input: { signedOn: today(h), signerName: '王经理', expectedVersion: o.version } }; },
    allow: OWNER_CHAIN,
  },
  { op: 'Mutation.completeOrder', variables: async (h) => { const o = await completableOrder(h); return { id: o.id, input: { expectedVersion: o.version } }; }, allow: OWNER_CHAIN },
  { op: 'Mutation.cancelOrder', variables: async (h) => { const o = await draftOrder(h); return { id: o.id, input: { expectedVersion: o.version, comment: '客户取消' } }; }, allow: OWNER_CHAIN },
  {
    op: 'Mutation.cancelOrder',
    variant: 'signed (managers only)',
    variables: async (h) => { const o = await signedOrder(h); return { id: o.id, input: { expectedVersion: o.version, comment: '合同作废' } }; },
    allow: ['ADMIN', 'MANAGER_OWN'],
  },
  {
    op: 'Mutation.recordShipment',
    variables: async (h) => ({ orderId: (await signedOrder(h)).id, input: { lines: [{ lineNo: 1, quantity: '1' }], shippedOn: today(h), carrier: '顺丰' } }),
    allow: [...OWNER_CHAIN, 'SERVICE'],
  },

  // ---- money ----
  { op: 'Mutation.recordPayment', variables: async (h) => ({ orderId: (await signedOrder(h)).id, input: { amount: '100.00', method: 'BANK_TRANSFER', paidOn: today(h) } }), allow: ['FINANCE'] },
  {
    op: 'Mutation.recordInvoice',
    variables: async (h) => ({ orderId: (await signedOrder(h)).id, input: { number: `INV${Date.now()}${serial++}`, kind: 'VAT_SPECIAL', amount: '100.00', issuedOn: today(h) } }),
    allow: ['FINANCE'],
  },
  { op: 'Query.receivables', allow: [...SALES, 'FINANCE'] },
  { op: 'Query.receivablesAging', allow: [...SALES, 'FINANCE'] },
  { op: 'Query.receivables', variant: "the east department's", variables: (h) => ({ filter: { departmentId: h.fx.org.east.id } }), allow: ['ADMIN', 'MANAGER_OWN', 'FINANCE'] },
];
