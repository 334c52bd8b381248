/** Example operations of the local console, one per main flow; a unit test validates each against the schema. */
export interface ConsoleExample {
  title: string;
  query: string;
  variables?: Record<string, unknown>;
}

/** Replaced in the variables by the id of the last customer the console created or listed. */
export const LAST_CUSTOMER_ID = '$lastCustomerId';

export const CONSOLE_EXAMPLES: ConsoleExample[] = [
  {
    title: '我是谁 / Who am I',
    query: `query Me {
  me { id name email role department { name } }
  health { now companyId }
}`,
  },
  {
    title: '客户查重 / Duplicate check',
    query: `query SearchCustomerNames($keyword: String!) {
  searchCustomerNames(keyword: $keyword) { customerId code name owner { name } inPool }
}`,
    variables: { keyword: '春意' },
  },
  {
    title: '新建客户 / Create a customer',
    query: `mutation CreateCustomer($input: CreateCustomerInput!) {
  createCustomer(input: $input) {
    id code name lifecycle
    owner { name }
    protection { deadline daysLeft }
    contacts { id name mobile }
  }
}`,
    variables: { input: { name: '靖江市春意空调有限公司', industry: '暖通', region: '华东', contacts: [{ name: '赵经理', title: '采购经理', mobile: '13912345678' }] } },
  },
  {
    title: '写跟进 / Log a follow-up',
    query: `mutation LogFollowUp($input: LogFollowUpInput!) {
  logFollowUp(input: $input) {
    followUp { id type content }
    customer { name protection { deadline daysLeft } }
    task { title dueAt }
  }
}`,
    variables: {
      input: { customerId: LAST_CUSTOMER_ID, type: 'CALL', contactName: '赵经理', content: '电话沟通了新风系统改造需求，对方下周安排技术交流', nextContactAt: '2030-01-01T09:00:00+08:00' },
    },
  },
  {
    title: '公海客户 / The public pool',
    query: `query Pool {
  customers(filter: { inPool: true }, first: 20) {
    edges { node { id code name industry } }
    pageInfo { hasNextPage endCursor }
  }
}`,
  },
  {
    title: '领取公海客户 / Claim from the pool',
    query: `mutation ClaimCustomer($customerId: ID!) {
  claimCustomer(customerId: $customerId) {
    id name owner { name }
    protection { deadline daysLeft }
  }
}`,
    variables: { customerId: LAST_CUSTOMER_ID },
  },
  {
    title: '今日日程 / Agenda',
    query: `query Agenda {
  agenda {
    date
    today { title dueAt customerName }
    tomorrow { title dueAt customerName }
    overdue { title dueAt }
    expiringCustomers { name protection { deadline daysLeft } }
  }
}`,
  },
  {
    title: '群发预览 / Bulk SMS preview',
    query: `query PreviewMessageCampaign($input: MessageCampaignInput!) {
  previewMessageCampaign(input: $input, sample: 5) {
    recipientCount excludedOptOut excludedNoAddress
    samples { contactName customerName to text }
  }
}`,
    variables: { input: { channel: 'SMS', name: '春节问候', template: '{姓名}{职务}您好，{公司}全体同仁恭祝新春快乐！' } },
  },
];
