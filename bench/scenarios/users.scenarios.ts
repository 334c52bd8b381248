import { versions, type Scenario, type ScenarioKit } from './scenario';

export function userScenarios(k: ScenarioKit): Scenario[] {
  const userVersions = versions();
  return [
    { name: 'me', module: 'users', shape: 'object', document: 'query { me { id name role department { id name } } }', next: (i) => ({ user: k.rep(i) }) },
    { name: 'users (admin)', module: 'users', shape: 'list', document: 'query { users { id name role active department { id name } } }', next: () => ({ user: k.admin }) },
    {
      name: 'user (manager)',
      module: 'users',
      shape: 'object',
      document: 'query($id: ID!) { user(id: $id) { id name role department { name } } }',
      next: (i) => ({ user: k.managerOf(k.rep(i)), variables: { id: k.rep(i).id } }),
    },
    { name: 'departments', module: 'users', shape: 'list', document: 'query { departments { id name kind path } }', next: (i) => ({ user: k.rep(i) }) },
    {
      name: 'createUser',
      module: 'users',
      shape: 'other',
      document: 'mutation($input: CreateUserInput!) { createUser(input: $input) { id version } }',
      next: (i) => ({ user: k.admin, variables: { input: { email: `new${k.tag}${i}@bench.crm.local`, name: `新员工${i}`, role: 'REP', departmentId: k.rep(i).departmentId } } }),
    },
    {
      name: 'updateUser',
      module: 'users',
      shape: 'other',
      document: 'mutation($id: ID!, $input: UpdateUserInput!) { updateUser(id: $id, input: $input) { id version } }',
      next: (i) => ({ user: k.admin, variables: { id: k.rep(i).id, input: { phone: `1390000${String(i).padStart(4, '0')}`, expectedVersion: userVersions.of(k.rep(i).id) } } }),
      observe: (data) => userVersions.learn(data.updateUser),
    },
    {
      name: 'createDepartment',
      module: 'users',
      shape: 'other',
      document: 'mutation($input: CreateDepartmentInput!) { createDepartment(input: $input) { id path } }',
      next: (i) => ({ user: k.admin, variables: { input: { name: `压测${i}组`, parentId: k.rep(i).departmentId } } }),
    },
  ];
}
