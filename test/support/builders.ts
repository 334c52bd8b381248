import { bootstrapCompany } from '../../functions/domain/users/bootstrap.service';
import { createDepartment, createUser } from '../../functions/domain/users/user.service';
import type { Department } from '../../functions/domain/users/department.types';
import type { Role, User } from '../../functions/domain/users/user.types';
import { createCustomer } from '../../functions/domain/customers/customer.service';
import type { CreateCustomerInput } from '../../functions/domain/customers/customer.schemas';
import type { Customer } from '../../functions/domain/customers/customer.types';
import type { TestStack } from './test-stack';

let serial = 0;
const unique = () => `${Date.now().toString(36)}${(serial++).toString(36)}`;

/**
 * A small company: admin at the root, two sales departments (east with a sub-team, west),
 * a manager and reps in each, plus finance and service staff.
 */
export interface Org {
  admin: User;
  east: Department;
  eastTeam: Department;
  west: Department;
  eastManager: User;
  westManager: User;
  rep: User;
  teamRep: User;
  otherRep: User;
  finance: User;
  service: User;
}

export async function buildOrg(stack: TestStack): Promise<Org> {
  const admin = await bootstrapCompany(stack.runtime.repos, stack.clock, { companyName: '测试公司', adminEmail: `admin-${unique()}@t.cn`, adminName: '管理员' });
  const asAdmin = stack.as(admin);
  const east = await createDepartment(asAdmin, { name: '华东销售部', kind: 'DEPARTMENT', parentId: 'root' });
  const eastTeam = await createDepartment(asAdmin, { name: '华东一组', kind: 'DEPARTMENT', parentId: east.id });
  const west = await createDepartment(asAdmin, { name: '华西销售部', kind: 'DEPARTMENT', parentId: 'root' });
  const user = (name: string, role: Role, departmentId: string) =>
    createUser(asAdmin, { email: `${unique()}@t.cn`, name, role, departmentId, phone: '13800000000' });
  return {
    admin,
    east,
    eastTeam,
    west,
    eastManager: await user('华东经理', 'MANAGER', east.id),
    westManager: await user('华西经理', 'MANAGER', west.id),
    rep: await user('张三', 'REP', east.id),
    teamRep: await user('李四', 'REP', eastTeam.id),
    otherRep: await user('王五', 'REP', west.id),
    finance: await user('财务', 'FINANCE', 'root'),
    service: await user('客服', 'SERVICE', 'root'),
  };
}

export async function buildCustomer(stack: TestStack, owner: User, input: Partial<CreateCustomerInput> = {}): Promise<Customer> {
  return createCustomer(stack.as(owner), { kind: 'COMPANY', name: `测试客户${unique()}有限公司`, ...input });
}
