import { BRANDS } from '../names';
import { CUSTOMER_FIELDS, CUSTOMER_PAGE, versions, type Scenario, type ScenarioKit } from './scenario';

export function customerScenarios(k: ScenarioKit): Scenario[] {
  const customerVersions = versions();
  const contactVersions = versions();
  const updateMutation = `mutation($id: ID!, $input: UpdateCustomerInput!) { updateCustomer(id: $id, input: $input) { ${CUSTOMER_FIELDS} } }`;
  return [
    {
      name: 'customer + contacts',
      module: 'customers',
      shape: 'object',
      document: `query($id: ID!) { customer(id: $id) { ${CUSTOMER_FIELDS} contacts { id name title mobile primary version } } }`,
      next: (i) => ({ user: k.rep(i), variables: { id: k.customer('read', i).id } }),
    },
    {
      name: 'customer (manager view)',
      module: 'customers',
      shape: 'object',
      document: `query($id: ID!) { customer(id: $id) { ${CUSTOMER_FIELDS} contacts { id name mobile } } }`,
      next: (i) => ({ user: k.managerOf(k.rep(i)), variables: { id: k.customer('read', i).id } }),
    },
    { name: 'customers page (rep)', module: 'customers', shape: 'list', document: `query { customers(first: 20) { ${CUSTOMER_PAGE} } }`, next: (i) => ({ user: k.rep(i) }) },
    { name: 'customers page (manager)', module: 'customers', shape: 'list', document: `query { customers(first: 20) { ${CUSTOMER_PAGE} } }`, next: (i) => ({ user: k.managerOf(k.rep(i)) }) },
    { name: 'customers page (admin, 50)', module: 'customers', shape: 'list', document: `query { customers(first: 50) { ${CUSTOMER_PAGE} } }`, next: () => ({ user: k.admin }) },
    {
      name: 'customers expiring (rep)',
      module: 'customers',
      shape: 'list',
      document: `query($before: DateTime!) { customers(first: 20, filter: { expiringBefore: $before }) { ${CUSTOMER_PAGE} } }`,
      next: (i) => ({ user: k.rep(i), variables: { before: '2099-01-01T00:00:00.000Z' } }),
    },
    {
      name: 'searchCustomerNames',
      module: 'customers',
      shape: 'other',
      document: 'query($keyword: String!) { searchCustomerNames(keyword: $keyword) { customerId name code inPool owner { id name } } }',
      next: (i) => ({ user: k.rep(i), variables: { keyword: BRANDS[i % BRANDS.length] } }),
    },
    {
      name: 'createCustomer',
      module: 'customers',
      shape: 'other',
      document: `mutation($input: CreateCustomerInput!) { createCustomer(input: $input) { ${CUSTOMER_FIELDS} } }`,
      next: (i) => ({ user: k.rep(i), variables: { input: { name: `压测新建${k.tag}第${i}号贸易有限公司`, industry: '贸易', contacts: [{ name: '赵敏', mobile: '13912345678' }] } } }),
    },
    {
      name: 'updateCustomer',
      module: 'customers',
      shape: 'other',
      document: updateMutation,
      next: (i) => {
        const c = k.customer('update', i);
        return { user: k.rep(i), variables: { id: c.id, input: { industry: `行业${i}`, buyingStatus: 'TARGET', expectedVersion: customerVersions.of(c.id) } } };
      },
      observe: (data) => customerVersions.learn(data.updateCustomer),
    },
    {
      name: 'updateCustomer (rename)',
      module: 'customers',
      shape: 'other',
      document: updateMutation,
      next: (i) => {
        const c = k.customer('rename', i);
        return { user: k.rep(i), variables: { id: c.id, input: { name: `${c.name}更名${k.tag}${i}`, expectedVersion: customerVersions.of(c.id) } } };
      },
      observe: (data) => customerVersions.learn(data.updateCustomer),
    },
    {
      name: 'addContact',
      module: 'customers',
      shape: 'other',
      document: 'mutation($customerId: ID!, $input: ContactInput!) { addContact(customerId: $customerId, input: $input) { id version } }',
      next: (i) => ({ user: k.rep(i), variables: { customerId: k.customer('update', i).id, input: { name: `联系人${i}`, mobile: '13812345678', title: '采购' } } }),
    },
    {
      name: 'updateContact',
      module: 'customers',
      shape: 'other',
      document:
        'mutation($customerId: ID!, $contactId: ID!, $input: UpdateContactInput!) { updateContact(customerId: $customerId, contactId: $contactId, input: $input) { id version } }',
      next: (i) => {
        const c = k.customer('update', i);
        const contactId = k.data.contactsByCustomer.get(c.id)?.[0]?.id ?? 'none';
        return { user: k.rep(i), variables: { customerId: c.id, contactId, input: { title: `职务${i}`, expectedVersion: contactVersions.of(contactId) } } };
      },
      observe: (data) => contactVersions.learn(data.updateContact),
    },
  ];
}
