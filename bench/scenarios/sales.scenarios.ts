import { versions, type Scenario, type ScenarioKit } from './scenario';

const OPPORTUNITY_FIELDS = 'id title expectedAmount currency expectedCloseDate status version stage { id name } owner { name } customer { id name }';
const ORDER_FIELDS = 'id number title status total currency version owner { name } customer { id name }';

/** Products, opportunities, orders and money, in the order a deal goes: each step uses what the previous one made. */
export function salesScenarios(k: ScenarioKit): Scenario[] {
  const productIds: string[] = [];
  const stageIds: string[] = [];
  const opportunities: { id: string; version: number }[] = [];
  const orders: { id: string; version: number }[] = [];
  const orderVersions = versions();
  const signed: string[] = [];
  return [
    {
      name: 'createProduct',
      module: 'products',
      shape: 'other',
      document: 'mutation($input: CreateProductInput!) { createProduct(input: $input) { id code version } }',
      next: (i) => ({ user: k.admin, variables: { input: { code: `P${k.tag}${i}`, name: `变频空调${i}型`, category: i % 2 ? '家用空调' : '商用空调', unit: '台', listPrice: '1200.00' } } }),
      observe: (data) => productIds.push((data.createProduct as { id: string }).id),
    },
    { name: 'products', module: 'products', shape: 'list', document: 'query { products { id code name category listPrice } }', next: (i) => ({ user: k.rep(i) }) },
    { name: 'productCategories', module: 'products', shape: 'list', document: 'query { productCategories { name } }', next: (i) => ({ user: k.rep(i) }) },
    {
      name: 'salesSettings',
      module: 'pipeline',
      shape: 'object',
      document: 'query { salesSettings { stages { id name order winProbability } stalledAfterDays version } }',
      next: (i) => ({ user: k.rep(i) }),
      observe: (data) => {
        if (stageIds.length === 0) stageIds.push(...(data.salesSettings as { stages: { id: string }[] }).stages.map((s) => s.id));
      },
    },
    {
      name: 'createOpportunity',
      module: 'pipeline',
      shape: 'other',
      document: `mutation($input: CreateOpportunityInput!) { createOpportunity(input: $input) { ${OPPORTUNITY_FIELDS} } }`,
      next: (i) => ({
        user: k.rep(i),
        variables: { input: { customerId: k.customer('deal', i).id, title: `第${i}期空调改造`, productIds: productIds.slice(0, 2), expectedAmount: '120000.00', expectedCloseDate: k.day(60) } },
      }),
      observe: (data) => opportunities.push(data.createOpportunity as { id: string; version: number }),
    },
    {
      name: 'moveOpportunityStage',
      module: 'pipeline',
      shape: 'other',
      document: `mutation($id: ID!, $input: MoveOpportunityStageInput!) { moveOpportunityStage(id: $id, input: $input) { ${OPPORTUNITY_FIELDS} } }`,
      next: (i) => {
        const o = opportunities[i];
        return { user: k.rep(i), variables: { id: o?.id ?? 'none', input: { stageId: stageIds[1] ?? 'none', expectedVersion: o?.version ?? 1 } } };
      },
    },
    {
      name: 'opportunity',
      module: 'pipeline',
      shape: 'object',
      document: `query($id: ID!) { opportunity(id: $id) { ${OPPORTUNITY_FIELDS} products { id name } } }`,
      next: (i) => ({ user: k.rep(i), variables: { id: opportunities[i]?.id ?? 'none' } }),
    },
    { name: 'opportunities page (rep)', module: 'pipeline', shape: 'list', document: `query { opportunities(first: 20) { edges { node { ${OPPORTUNITY_FIELDS} } } pageInfo { hasNextPage } } }`, next: (i) => ({ user: k.rep(i) }) },
    {
      name: 'funnel (manager)',
      module: 'pipeline',
      shape: 'other',
      document: 'query { funnel { currency openCount openAmount weightedAmount winRate stages { count amount } } }',
      next: (i) => ({ user: k.managerOf(k.rep(i)) }),
    },
    {
      name: 'forecast (manager)',
      module: 'pipeline',
      shape: 'other',
      document: 'query($from: String!, $to: String!) { forecast(from: $from, to: $to) { currency total { weightedAmount forecastAmount } byMonth { month figures { forecastAmount } } } }',
      next: (i) => ({ user: k.managerOf(k.rep(i)), variables: { from: k.day(0).slice(0, 7), to: k.day(150).slice(0, 7) } }),
    },
    { name: 'stalledOpportunities (manager)', module: 'pipeline', shape: 'list', document: 'query { stalledOpportunities { id title } }', next: (i) => ({ user: k.managerOf(k.rep(i)) }) },
    {
      name: 'createOrder',
      module: 'orders',
      shape: 'other',
      document: `mutation($input: CreateOrderInput!) { createOrder(input: $input) { ${ORDER_FIELDS} } }`,
      next: (i) => ({
        user: k.rep(i),
        variables: { input: { customerId: k.customer('order', i).id, title: `空调采购合同${i}`, lines: productIds.slice(0, 2).map((productId) => ({ productId, quantity: '3' })), paymentTerms: '签约后30天内付清' } },
      }),
      observe: (data) => {
        const o = data.createOrder as { id: string; version: number };
        orders.push(o);
        orderVersions.learn(o);
      },
    },
    {
      name: 'signOrder',
      module: 'orders',
      shape: 'other',
      document: `mutation($id: ID!, $input: SignOrderInput!) { signOrder(id: $id, input: $input) { ${ORDER_FIELDS} } }`,
      next: (i) => ({ user: k.rep(i), variables: { id: orders[i]?.id ?? 'none', input: { signedOn: k.day(0), signerName: '王总', expectedVersion: orderVersions.of(orders[i]?.id) } } }),
      observe: (data) => {
        orderVersions.learn(data.signOrder);
        signed.push((data.signOrder as { id: string }).id);
      },
    },
    {
      name: 'order + lines + money',
      module: 'orders',
      shape: 'object',
      document: `query($id: ID!) { order(id: $id) { ${ORDER_FIELDS} lines { lineNo quantity } paymentPlans { planNo dueDate amount } payments { amount } invoices { number } } }`,
      next: (i) => ({ user: k.rep(i), variables: { id: signed[i] ?? 'none' } }),
    },
    { name: 'orders page (rep)', module: 'orders', shape: 'list', document: `query { orders(first: 20) { edges { node { ${ORDER_FIELDS} } } pageInfo { hasNextPage } } }`, next: (i) => ({ user: k.rep(i) }) },
    {
      name: 'recordShipment',
      module: 'orders',
      shape: 'other',
      document: 'mutation($orderId: ID!, $input: ShipmentInput!) { recordShipment(orderId: $orderId, input: $input) { id } }',
      next: (i) => ({ user: k.rep(i), variables: { orderId: signed[i] ?? 'none', input: { lines: [{ lineNo: 1, quantity: '1' }], shippedOn: k.day(1), carrier: '顺丰' } } }),
    },
    {
      name: 'recordPayment',
      module: 'money',
      shape: 'other',
      document: 'mutation($orderId: ID!, $input: PaymentInput!) { recordPayment(orderId: $orderId, input: $input) { id amount } }',
      next: (i) => ({ user: k.finance, variables: { orderId: signed[i] ?? 'none', input: { amount: '100.00', method: 'BANK_TRANSFER', paidOn: k.day(1) } } }),
    },
    { name: 'receivables (rep)', module: 'money', shape: 'list', document: 'query { receivables { outstanding } }', next: (i) => ({ user: k.rep(i) }) },
    { name: 'receivablesAging (finance)', module: 'money', shape: 'other', document: 'query { receivablesAging { asOf currency } }', next: () => ({ user: k.finance }) },
  ];
}
