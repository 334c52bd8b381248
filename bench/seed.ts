import type { Runtime } from '../functions/api/runtime';
import type { Contact } from '../functions/domain/customers/contact.types';
import { customerCode } from '../functions/domain/customers/customer.rules';
import type { Customer } from '../functions/domain/customers/customer.types';
import { startProtection } from '../functions/domain/protection/protection.rules';
import { DAY_MS } from '../functions/domain/shared/clock';
import { newId } from '../functions/domain/shared/ids';
import { cleanName, normalizeName } from '../functions/domain/shared/normalize';
import type { ServiceContext } from '../functions/domain/shared/service-context';
import type { CompanySettings } from '../functions/domain/settings/settings.types';
import { bootstrapCompany } from '../functions/domain/users/bootstrap.service';
import { createDepartment, createUser } from '../functions/domain/users/user.service';
import type { User } from '../functions/domain/users/user.types';
import { keys } from '../functions/store/keys';
import { batchPut, itemOf } from './batch-write';
import { companyName, mobile, personName } from './names';

export interface Org {
  admin: User;
  managers: User[];
  reps: User[];
  finance: User;
  service: User;
}

export interface ApiDataset extends Org {
  /** Seeded customers per rep id, in creation order. */
  customersByRep: Map<string, Customer[]>;
  contactsByCustomer: Map<string, Contact[]>;
  customerCount: number;
}

const REPS_PER_DEPARTMENT = 5;

/** A company through the real services: admin, finance, service, one sales department per five reps, a manager in each. */
export async function seedOrg(runtime: Runtime, settings: CompanySettings, reps: number): Promise<Org> {
  const admin = await bootstrapCompany(runtime.repos, runtime.clock, { companyName: '压测公司', adminEmail: 'admin@bench.crm.local', adminName: '管理员' });
  const asAdmin: ServiceContext = { actor: admin, clock: runtime.clock, settings, repos: runtime.repos };
  const managers: User[] = [];
  const repUsers: User[] = [];
  const departments = Math.ceil(reps / REPS_PER_DEPARTMENT);
  for (let d = 0; d < departments; d++) {
    const department = await createDepartment(asAdmin, { name: `销售${d + 1}部`, kind: 'DEPARTMENT', parentId: 'root' });
    managers.push(await createUser(asAdmin, { email: `manager${d}@bench.crm.local`, name: `经理${d + 1}`, role: 'MANAGER', departmentId: department.id }));
    for (let r = d * REPS_PER_DEPARTMENT; r < Math.min(reps, (d + 1) * REPS_PER_DEPARTMENT); r++) {
      repUsers.push(await createUser(asAdmin, { email: `rep${r}@bench.crm.local`, name: `${personName(r)}${r}`, role: 'REP', departmentId: department.id, phone: mobile(r) }));
    }
  }
  const finance = await createUser(asAdmin, { email: 'finance@bench.crm.local', name: '财务', role: 'FINANCE', departmentId: 'root' });
  const service = await createUser(asAdmin, { email: 'service@bench.crm.local', name: '客服', role: 'SERVICE', departmentId: 'root' });
  return { admin, managers, reps: repUsers, finance, service };
}

/** A customer as createCustomer builds it, created `createdAt`, owned by `owner` and protected from then. */
export function seededCustomer(index: number, owner: User, createdAt: Date, settings: CompanySettings): Customer {
  const at = createdAt.toISOString();
  const name = companyName(index);
  const customer: Customer = {
    id: newId(createdAt),
    code: customerCode(index + 1),
    kind: 'COMPANY',
    name: cleanName(name),
    nameKey: normalizeName(name),
    industry: '制造业',
    city: name.slice(0, 3),
    phone: `0523-8${String(index).padStart(7, '0')}`,
    tags: [],
    lifecycle: 'POTENTIAL',
    lifecycleChangedAt: at,
    buyingStatus: 'PROSPECT',
    buyingStatusChangedAt: at,
    vip: index % 10 === 0,
    hot: false,
    ownerId: owner.id,
    ownerDeptPath: owner.departmentPath,
    createdAt: at,
    createdBy: owner.id,
    updatedAt: at,
    version: 1,
  };
  customer.protection = startProtection(customer, at, settings);
  return customer;
}

function seededContact(customer: Customer, index: number, primary: boolean): Contact {
  return {
    id: newId(new Date(customer.createdAt)),
    customerId: customer.id,
    name: personName(index),
    title: primary ? '采购经理' : '总经理',
    mobile: mobile(index),
    birthdayIsLunar: false,
    primary,
    createdAt: customer.createdAt,
    updatedAt: customer.createdAt,
    version: 1,
  };
}

/** Owned-customer counters and the customer sequence, as the services would have left them. */
export function bookkeepingItems(ownedByRep: Map<string, number>, lastCustomerNumber: number): Record<string, unknown>[] {
  return [
    ...[...ownedByRep].map(([repId, owned]) => ({ ...keys.userCounters(repId), entity: 'UserCounters', owned, hot: 0 })),
    { ...keys.sequence('CUSTOMER'), entity: 'Sequence', value: lastCustomerNumber },
  ];
}

/**
 * Customers with their whole item collection (profile, unique name, name grams, contacts, history),
 * written with BatchWrite from the repositories' own item shapes: fast, and identical to what the services write.
 */
export async function seedApiCustomers(runtime: Runtime, org: Org, settings: CompanySettings, count: number, contactsPerCustomer: number): Promise<ApiDataset> {
  const { customers: repo } = runtime.repos;
  const now = runtime.clock.now().getTime();
  const customersByRep = new Map<string, Customer[]>(org.reps.map((r) => [r.id, []]));
  const contactsByCustomer = new Map<string, Contact[]>();
  const items: Record<string, unknown>[] = [];
  for (let i = 0; i < count; i++) {
    const owner = org.reps[i % org.reps.length]!;
    const customer = seededCustomer(i, owner, new Date(now - 10 * DAY_MS + i * 1000), settings);
    customersByRep.get(owner.id)!.push(customer);
    const contacts = Array.from({ length: contactsPerCustomer }, (_, c) => seededContact(customer, i * 7 + c, c === 0));
    contactsByCustomer.set(customer.id, contacts);
    const history = { id: newId(new Date(customer.createdAt)), customerId: customer.id, action: 'CREATE' as const, at: customer.createdAt, actorId: owner.id, toOwnerId: owner.id, reason: '新建客户' };
    items.push(
      itemOf(repo.putNew(customer)),
      itemOf(repo.claimName(customer)),
      itemOf(repo.putOwnershipEvent(history)),
      ...repo.putGrams(customer).map(itemOf),
      ...contacts.map((c) => itemOf(repo.putContact(c))),
    );
  }
  const owned = new Map([...customersByRep].map(([id, list]) => [id, list.length]));
  await batchPut(runtime.repos.store, [...items, ...bookkeepingItems(owned, count)]);
  return { ...org, customersByRep, contactsByCustomer, customerCount: count };
}
