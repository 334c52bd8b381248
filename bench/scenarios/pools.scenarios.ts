import type { Scenario, ScenarioKit } from './scenario';

export function poolScenarios(k: ScenarioKit): Scenario[] {
  return [
    { name: 'pools', module: 'pools', shape: 'list', document: 'query { pools { id name } }', next: (i) => ({ user: k.rep(i) }) },
    {
      name: 'lockCustomer (manager)',
      module: 'pools',
      shape: 'other',
      document: 'mutation($customerId: ID!) { lockCustomer(customerId: $customerId, reason: "重点跟进的大客户") { id locked version } }',
      next: (i) => ({ user: k.managerOf(k.rep(i)), variables: { customerId: k.customer('lock', i).id } }),
    },
    {
      name: 'addTeamMember (manager)',
      module: 'pools',
      shape: 'other',
      document: 'mutation($customerId: ID!, $input: TeamMemberInput!) { addTeamMember(customerId: $customerId, input: $input) { id team { user { name } role } } }',
      next: (i) => ({ user: k.managerOf(k.rep(i)), variables: { customerId: k.customer('read', i).id, input: { userId: k.peerOf(k.rep(i)).id, role: 'CO_FOLLOWER', access: 'READ' } } }),
    },
    {
      // The object the issue names: a customer with its nested lists, all from its item collection.
      name: 'customer 360',
      module: 'overview',
      shape: 'object',
      document: `query($id: ID!) { customer(id: $id) { id code name lifecycle version poolId locked owner { name } protection { deadline daysLeft }
        contacts { id name mobile } followUps(first: 5) { id type at content author { name } } tasks { id title dueAt done }
        importantDates { id kind month day } ownershipHistory { action at actor { name } } team { user { name } role } } }`,
      next: (i) => ({ user: k.rep(i), variables: { id: k.customer('read', i).id } }),
    },
  ];
}
