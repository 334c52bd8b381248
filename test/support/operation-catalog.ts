import { createCustomer } from '../../functions/domain/customers/customer.service';
import type { Customer } from '../../functions/domain/customers/customer.types';
import { afterInvalidFollowUp } from '../../functions/domain/protection/lifecycle.rules';
import { applyForIntent } from '../../functions/domain/protection/application.service';
import { releaseCustomer } from '../../functions/domain/protection/pool.service';
import { setTarget } from '../../functions/domain/targets/target.service';
import { createUser } from '../../functions/domain/users/user.service';
import type { User } from '../../functions/domain/users/user.types';
import {
  ADMIN_ONLY,
  MANAGERS,
  OWNER_CHAIN,
  REACHES_API,
  SALES,
  SIGNED_IN,
  type MatrixRole,
  type SecretKind,
  type SecurityFixture,
} from './security-fixture';
import { ACTIVITY_OPERATIONS } from './activity-operations';
import { MESSAGING_OPERATIONS } from './messaging-operations';
import { POOL_OPERATIONS } from './pool-operations';
import { SALES_OPERATIONS } from './sales-operations';
import { REPORT_OPERATIONS } from './reports-operations';
import type { TestStack } from './test-stack';

/**
 * One row per GraphQL operation (or variant): a document, variables built fresh for each call
 * against the shared security fixture, and who may call it. The authorization matrix, the fault
 * tests and the optimistic-locking tests all run from this table, so a new operation gets a row once.
 */
export type Vars = Record<string, unknown>;

export interface Helpers {
  stack: TestStack;
  fx: SecurityFixture;
  /** A fresh customer owned by this user (so each role acts on untouched data). */
  ownedBy(owner: User, extra?: Partial<Parameters<typeof createCustomer>[1]>): Promise<Customer>;
  /** A fresh pool customer nobody in the matrix is banned from. */
  inPool(): Promise<Customer>;
  invalidTracking(owner: User): Promise<Customer>;
  pendingIntent(owner: User): Promise<{ customer: Customer; applicationId: string }>;
  newRep(departmentId: string): Promise<User>;
  version(customerId: string): Promise<number>;
}

export interface CatalogRow {
  op: string;
  variant?: string;
  /** Default: the operation with every reachable field selected (depth 3). */
  document?: string;
  variables?: (h: Helpers, role: MatrixRole) => Vars | Promise<Vars>;
  allow: readonly MatrixRole[];
  /** Secret kinds this operation shows by design (the duplicate check shows every matching name). */
  reveals?: readonly SecretKind[];
  /**
   * Codes an allowed caller may get for business reasons the fixture cannot avoid (importing into a
   * stack that has data): authorization passed, the operation itself refused.
   */
  allowedRefusals?: readonly string[];
  /** Values an allowed caller must see, so a leak check on an empty answer cannot pass by accident. */
  mustSee?: (fx: SecurityFixture, role: MatrixRole) => string[];
}

const REASON = '权限矩阵测试';

export const OPERATION_CATALOG: CatalogRow[] = [
  // ---- system ----
  { op: 'Query.health', allow: REACHES_API },
  {
    op: 'Mutation.setTestClock',
    variables: (h) => ({ now: new Date(h.stack.clock.now().getTime() + 1000).toISOString() }),
    allow: ADMIN_ONLY,
  },

  // ---- users ----
  { op: 'Query.me', allow: SIGNED_IN },
  { op: 'Query.users', allow: SIGNED_IN, mustSee: (fx, role) => [fx.userFor(role)!.email] },
  { op: 'Query.user', variables: (h) => ({ id: h.fx.org.rep.id }), allow: OWNER_CHAIN },
  { op: 'Query.user', variant: 'a colleague in another department', variables: (h) => ({ id: h.fx.org.otherRep.id }), allow: ['ADMIN', 'MANAGER_OTHER', 'REP_OTHER'] },
  { op: 'Query.departments', allow: SIGNED_IN },
  {
    op: 'Mutation.createUser',
    variables: (h) => ({ input: { email: `m${Date.now()}${Math.random().toString(36).slice(2, 6)}@t.cn`, name: '矩阵新人', role: 'REP', departmentId: h.fx.org.east.id } }),
    allow: ADMIN_ONLY,
  },
  {
    op: 'Mutation.updateUser',
    variables: async (h) => ({ id: h.fx.spare.id, input: { name: '备用账号', expectedVersion: (await h.stack.runtime.repos.users.get(h.fx.spare.id))!.version } }),
    allow: ADMIN_ONLY,
  },
  {
    op: 'Mutation.createDepartment',
    variables: (h) => ({ input: { name: `矩阵部门${Math.random().toString(36).slice(2, 6)}`, parentId: h.fx.org.east.id } }),
    allow: ADMIN_ONLY,
  },

  // ---- customers ----
  {
    op: 'Query.customers',
    variables: () => ({ first: 100 }),
    allow: SIGNED_IN,
    mustSee: (fx, role) => fx.secrets.filter((s) => s.kind === 'customer.name' && s.visibleTo.includes(role) && s.of !== '公海').map((s) => s.value),
  },
  {
    op: 'Query.customers',
    variant: 'the pool',
    variables: () => ({ filter: { inPool: true }, first: 100 }),
    allow: SALES,
    mustSee: (fx) => [fx.customers.pool.customer.name],
  },
  { op: 'Query.customers', variant: "a rep's list", variables: (h) => ({ filter: { ownerId: h.fx.org.rep.id }, first: 100 }), allow: OWNER_CHAIN },
  {
    op: 'Query.customers',
    variant: "a rep's expiring list",
    variables: (h) => ({ filter: { ownerId: h.fx.org.rep.id, expiringBefore: '2099-01-01T00:00:00Z' }, first: 100 }),
    allow: OWNER_CHAIN,
  },
  { op: 'Query.customer', variables: (h) => ({ id: h.fx.customers.east.customer.id }), allow: OWNER_CHAIN, mustSee: (fx) => [fx.customers.east.customer.name] },
  { op: 'Query.customer', variant: 'VIP', variables: (h) => ({ id: h.fx.customers.eastVip.customer.id }), allow: OWNER_CHAIN },
  { op: 'Query.customer', variant: 'sub-team', variables: (h) => ({ id: h.fx.customers.team.customer.id }), allow: ['ADMIN', 'MANAGER_OWN'] },
  { op: 'Query.customer', variant: 'pool', variables: (h) => ({ id: h.fx.customers.pool.customer.id }), allow: SALES },
  {
    op: 'Query.customer',
    variant: 'FORMAL',
    variables: (h) => ({ id: h.fx.customers.formal.customer.id }),
    allow: [...OWNER_CHAIN, 'FINANCE', 'SERVICE'],
  },
  { op: 'Query.searchCustomerNames', variables: (h) => ({ keyword: h.fx.keyword }), allow: SALES, reveals: ['customer.id', 'customer.name'] },
  {
    op: 'Mutation.createCustomer',
    variables: () => ({ input: { name: `矩阵新建${Math.random().toString(36).slice(2, 8)}有限公司` } }),
    allow: SALES,
  },
  {
    op: 'Mutation.updateCustomer',
    variables: async (h) => ({ id: h.fx.customers.east.customer.id, input: { industry: '制造业', expectedVersion: await h.version(h.fx.customers.east.customer.id) } }),
    allow: OWNER_CHAIN,
  },
  {
    op: 'Mutation.addContact',
    variables: (h) => ({ customerId: h.fx.customers.east.customer.id, input: { name: '矩阵新联系人' } }),
    allow: OWNER_CHAIN,
  },
  {
    op: 'Mutation.updateContact',
    variables: async (h) => {
      const contact = await h.stack.runtime.repos.customers.getContact(h.fx.customers.east.customer.id, h.fx.customers.east.contact.id);
      return { customerId: h.fx.customers.east.customer.id, contactId: contact!.id, input: { title: '采购经理', expectedVersion: contact!.version } };
    },
    allow: OWNER_CHAIN,
  },

  // ---- protection and pool ----
  { op: 'Query.pendingApplications', allow: MANAGERS },
  { op: 'Query.buyingStatusTransitions', variables: () => ({ month: '2026-03' }), allow: MANAGERS },
  { op: 'Mutation.claimCustomer', variables: async (h) => ({ customerId: (await h.inPool()).id }), allow: SALES },
  { op: 'Mutation.releaseCustomer', variables: async (h) => ({ customerId: (await h.ownedBy(h.fx.org.rep)).id, reason: REASON }), allow: ['REP_OWNER'] },
  {
    op: 'Mutation.transferCustomer',
    variables: async (h) => ({ customerId: (await h.ownedBy(h.fx.org.rep)).id, toUserId: h.fx.org.teamRep.id, reason: REASON }),
    allow: ['ADMIN', 'MANAGER_OWN'],
  },
  {
    op: 'Mutation.transferAllCustomers',
    variables: async (h) => {
      const leaver = await h.newRep(h.fx.org.east.id);
      await h.ownedBy(leaver);
      return { fromUserId: leaver.id, toUserId: h.fx.org.teamRep.id, reason: REASON };
    },
    allow: ['ADMIN', 'MANAGER_OWN'],
  },
  {
    op: 'Mutation.reassignInvalidTrackingCustomer',
    variables: async (h) => ({ customerId: (await h.invalidTracking(h.fx.org.rep)).id, toUserId: h.fx.org.teamRep.id, reason: REASON }),
    allow: ['ADMIN', 'MANAGER_OWN'],
  },
  {
    op: 'Mutation.mergeCustomers',
    variables: async (h) => ({ customerId: (await h.ownedBy(h.fx.org.rep)).id, duplicateId: (await h.ownedBy(h.fx.org.rep)).id, reason: REASON }),
    allow: ['ADMIN', 'MANAGER_OWN'],
  },
  { op: 'Mutation.applyForIntent', variables: async (h) => ({ customerId: (await h.ownedBy(h.fx.org.rep)).id, reason: REASON }), allow: ['REP_OWNER'] },
  {
    op: 'Mutation.applyForExtension',
    variables: async (h) => ({ customerId: (await h.ownedBy(h.fx.org.rep)).id, days: 5, reason: REASON }),
    allow: ['REP_OWNER'],
  },
  {
    op: 'Mutation.decideApplication',
    variables: async (h) => {
      const { customer, applicationId } = await h.pendingIntent(h.fx.org.rep);
      return { customerId: customer.id, applicationId, approve: true, comment: '同意' };
    },
    allow: ['ADMIN', 'MANAGER_OWN'],
  },
  { op: 'Mutation.markCustomerFormal', variables: async (h) => ({ customerId: (await h.ownedBy(h.fx.org.rep)).id }), allow: OWNER_CHAIN },

  // ---- settings ----
  { op: 'Query.companySettings', allow: SIGNED_IN },
  { op: 'Mutation.updateCompanySettings', variables: () => ({ input: { maxHotCustomers: 10 } }), allow: ADMIN_ONLY },

  // ---- audit and backup ----
  {
    op: 'Query.auditLog',
    variables: (h) => ({ from: new Date(h.stack.clock.now().getTime() - 86_400_000).toISOString(), to: new Date(h.stack.clock.now().getTime() + 60_000).toISOString(), first: 20 }),
    allow: ADMIN_ONLY,
  },
  { op: 'Query.exportCompanyData', variables: () => ({ limit: 20 }), allow: ADMIN_ONLY },
  { op: 'Mutation.importCompanyData', variables: () => ({ jsonl: '{"PK":"X","SK":"Y","entity":"Test"}' }), allow: ADMIN_ONLY, allowedRefusals: ['CONFLICT'] },

  // ---- a versioned variant the module rows do not cover ----
  {
    op: 'Mutation.setSalesTarget',
    variant: 'replacing a target with the version seen',
    variables: async (h) => {
      const input = { subjectKind: 'REP' as const, subjectId: h.fx.org.rep.id, period: String(4000 + Math.floor(Math.random() * 4000)), metric: 'RECEIVED' as const, currency: 'CNY', amount: 100_000 };
      const target = await setTarget(h.stack.as(h.fx.org.admin), input);
      return { input: { ...input, amount: '2000', expectedVersion: target.version } };
    },
    allow: ['ADMIN', 'MANAGER_OWN'],
  },

  // ---- rows contributed by module owners (same shape) ----
  ...ACTIVITY_OPERATIONS,
  ...POOL_OPERATIONS,
  ...SALES_OPERATIONS,
  ...MESSAGING_OPERATIONS,
  ...REPORT_OPERATIONS,
];

export function createHelpers(stack: TestStack, fx: SecurityFixture): Helpers {
  const repos = stack.runtime.repos;
  let serial = 0;
  const ownedBy: Helpers['ownedBy'] = (owner, extra = {}) =>
    createCustomer(stack.as(owner), { kind: 'COMPANY', name: `矩阵临时${Date.now().toString(36)}${serial++}有限公司`, ...extra });
  return {
    stack,
    fx,
    ownedBy,
    async inPool() {
      const c = await ownedBy(fx.org.teamRep);
      await releaseCustomer(stack.as(fx.org.teamRep), c.id, REASON);
      return c;
    },
    async invalidTracking(owner) {
      const c = await ownedBy(owner);
      for (let i = 0; i < stack.settings.invalidFollowUpLimit; i++) {
        const current = (await repos.customers.get(c.id, true))!;
        const now = stack.clock.now().toISOString();
        await repos.commit([repos.customers.putIfVersion(afterInvalidFollowUp(current, now, stack.settings), current.version)]);
      }
      return c;
    },
    async pendingIntent(owner) {
      const customer = await ownedBy(owner);
      const application = await applyForIntent(stack.as(owner), customer.id, REASON);
      return { customer, applicationId: application.id };
    },
    newRep: (departmentId) =>
      createUser(stack.as(fx.org.admin), { email: `leaver${serial++}${Date.now().toString(36)}@t.cn`, name: '矩阵离职', role: 'REP', departmentId }),
    version: async (id) => (await repos.customers.get(id, true))!.version,
  };
}
