import type { User } from '../../functions/domain/users/user.types';
import { CUSTOMER_FIELDS, CUSTOMER_PAGE, type Scenario, type ScenarioKit } from './scenario';

/** Pool claim/release, transfers, merge, applications and their decisions. Order matters: later scenarios use what earlier ones created. */
export function protectionScenarios(k: ScenarioKit): Scenario[] {
  const released: string[] = [];
  const intentApplications: { customerId: string; applicationId: string; applicant: User }[] = [];
  return [
    {
      name: 'customer + contacts + history',
      module: 'protection',
      shape: 'object',
      document: `query($id: ID!) { customer(id: $id) { ${CUSTOMER_FIELDS} contacts { id name mobile } ownershipHistory { action at reason actor { name } toOwner { name } } } }`,
      next: (i) => ({ user: k.rep(i), variables: { id: k.customer('read', i).id } }),
    },
    {
      name: 'releaseCustomer',
      module: 'protection',
      shape: 'other',
      document: `mutation($customerId: ID!, $reason: String!) { releaseCustomer(customerId: $customerId, reason: $reason) { id inPool } }`,
      next: (i) => ({ user: k.rep(i), variables: { customerId: k.customer('release', i).id, reason: '客户暂无需求，放回公海' } }),
      observe: (data) => released.push((data.releaseCustomer as { id: string }).id),
    },
    { name: 'customers page (pool)', module: 'protection', shape: 'list', document: `query { customers(first: 20, filter: { inPool: true }) { ${CUSTOMER_PAGE} } }`, next: (i) => ({ user: k.rep(i) }) },
    {
      name: 'claimCustomer',
      module: 'protection',
      shape: 'other',
      document: `mutation($customerId: ID!) { claimCustomer(customerId: $customerId) { ${CUSTOMER_FIELDS} } }`,
      next: (i) => ({ user: k.peerOf(k.rep(i)), variables: { customerId: released[i] ?? 'none' } }),
    },
    {
      name: 'transferCustomer',
      module: 'protection',
      shape: 'other',
      document: `mutation($customerId: ID!, $toUserId: ID!, $reason: String!) { transferCustomer(customerId: $customerId, toUserId: $toUserId, reason: $reason) { id owner { id name } } }`,
      next: (i) => ({ user: k.managerOf(k.rep(i)), variables: { customerId: k.customer('transfer', i).id, toUserId: k.peerOf(k.rep(i)).id, reason: '业务员调岗' } }),
    },
    {
      name: 'applyForIntent',
      module: 'protection',
      shape: 'other',
      document: 'mutation($customerId: ID!, $reason: String!) { applyForIntent(customerId: $customerId, reason: $reason) { id customerId status } }',
      next: (i) => ({ user: k.rep(i), variables: { customerId: k.customer('intent', i).id, reason: '客户已确认采购预算，申请转意向' } }),
      observe: (data, i) => {
        const application = data.applyForIntent as { id: string; customerId: string };
        intentApplications.push({ customerId: application.customerId, applicationId: application.id, applicant: k.rep(i) });
      },
    },
    {
      name: 'applyForExtension',
      module: 'protection',
      shape: 'other',
      document: 'mutation($customerId: ID!, $days: Int!, $reason: String!) { applyForExtension(customerId: $customerId, days: $days, reason: $reason) { id status } }',
      next: (i) => ({ user: k.rep(i), variables: { customerId: k.customer('extension', i).id, days: 10, reason: '客户负责人出差，需延期跟进' } }),
    },
    {
      name: 'pendingApplications',
      module: 'protection',
      shape: 'list',
      document: 'query { pendingApplications { id customerName kind status applicant { name } createdAt } }',
      next: (i) => ({ user: k.managerOf(k.rep(i)) }),
    },
    {
      name: 'decideApplication',
      module: 'protection',
      shape: 'other',
      document:
        'mutation($customerId: ID!, $applicationId: ID!) { decideApplication(customerId: $customerId, applicationId: $applicationId, approve: true, comment: "同意") { id status } }',
      next: (i) => {
        const a = intentApplications[i];
        return { user: k.managerOf(a?.applicant ?? k.rep(i)), variables: { customerId: a?.customerId ?? 'none', applicationId: a?.applicationId ?? 'none' } };
      },
    },
    {
      name: 'markCustomerFormal',
      module: 'protection',
      shape: 'other',
      document: 'mutation($customerId: ID!) { markCustomerFormal(customerId: $customerId) { id lifecycle } }',
      next: (i) => ({ user: k.rep(i), variables: { customerId: k.customer('formal', i).id } }),
    },
    {
      name: 'mergeCustomers',
      module: 'protection',
      shape: 'other',
      document: 'mutation($a: ID!, $b: ID!) { mergeCustomers(customerId: $a, duplicateId: $b, reason: "重复录入") { mergedCustomerId movedRecords } }',
      next: (i) => ({ user: k.managerOf(k.rep(i)), variables: { a: k.customer('mergeInto', i).id, b: k.customer('mergeFrom', i).id } }),
    },
    {
      name: 'buyingStatusTransitions',
      module: 'protection',
      shape: 'other',
      document: 'query($month: String!) { buyingStatusTransitions(month: $month) { from to count } }',
      next: (i) => ({ user: k.managerOf(k.rep(i)), variables: { month: '2026-03' } }),
    },
  ];
}
