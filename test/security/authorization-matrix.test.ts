import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCustomer } from '../../functions/domain/customers/customer.service';
import type { Customer } from '../../functions/domain/customers/customer.types';
import { afterInvalidFollowUp } from '../../functions/domain/protection/lifecycle.rules';
import { applyForIntent } from '../../functions/domain/protection/application.service';
import { releaseCustomer } from '../../functions/domain/protection/pool.service';
import { createUser } from '../../functions/domain/users/user.service';
import type { User } from '../../functions/domain/users/user.types';
import { checkInvariants } from '../../functions/store/invariants';
import { startLocalHttpStack, type LocalHttpStack } from '../support/local-http';
import { allOperations, documentFor, operation } from '../support/schema-walk';
import {
  ADMIN_ONLY,
  buildSecurityFixture,
  findLeaks,
  MANAGERS,
  MATRIX_ROLES,
  OWNER_CHAIN,
  REACHES_API,
  SALES,
  SIGNED_IN,
  type MatrixRole,
  type SecretKind,
  type SecurityFixture,
} from '../support/security-fixture';

/**
 * Every Query and Mutation, run as every kind of caller against the same data set over HTTP
 * (local JWT check → API Gateway event → Lambda handler). Allowed calls must answer; denied calls
 * must say FORBIDDEN / NOT_FOUND / UNAUTHENTICATED; and no response — data or error message — may
 * contain an id, name, phone or contact of a record the caller may not see.
 */

type Vars = Record<string, unknown>;

interface Helpers {
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

interface MatrixRow {
  op: string;
  variant?: string;
  /** Default: the operation with every reachable field selected (depth 3). */
  document?: string;
  variables?: (h: Helpers, role: MatrixRole) => Vars | Promise<Vars>;
  allow: readonly MatrixRole[];
  /** Secret kinds this operation shows by design (the duplicate check shows every matching name). */
  reveals?: readonly SecretKind[];
  /** Values an allowed caller must see, so a leak check on an empty answer cannot pass by accident. */
  mustSee?: (fx: SecurityFixture, role: MatrixRole) => string[];
}

const DENIAL_CODES = new Set(['FORBIDDEN', 'NOT_FOUND', 'UNAUTHENTICATED']);
const REASON = '权限矩阵测试';

const rows: MatrixRow[] = [
  // ---- system ----
  { op: 'Query.health', allow: REACHES_API },
  {
    op: 'Mutation.setTestClock',
    variables: () => ({ now: new Date(stackRef().clock.now().getTime() + 1000).toISOString() }),
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
    variables: async (h) => ({ id: h.fx.spare.id, input: { name: '备用账号', expectedVersion: (await stackRef().runtime.repos.users.get(h.fx.spare.id))!.version } }),
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
      const contact = await stackRef().runtime.repos.customers.getContact(h.fx.customers.east.customer.id, h.fx.customers.east.contact.id);
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
];

let http: LocalHttpStack;
let fx: SecurityFixture;
let helpers: Helpers;
const stackRef = () => http.stack;
const figures = { operations: 0, rows: 0, cases: 0, allowed: 0, denied: 0, leaks: 0 };

beforeAll(async () => {
  http = await startLocalHttpStack();
  const stack = http.stack;
  fx = await buildSecurityFixture(stack);
  fx.secrets.push({ kind: 'user.email', value: http.local.admin.email, of: 'bootstrap admin', visibleTo: ['ADMIN'] });
  // Pending applications on both sides, so the approval inbox has something to leak.
  await applyForIntent(stack.as(fx.org.rep), fx.customers.east.customer.id, REASON);
  await applyForIntent(stack.as(fx.org.otherRep), fx.customers.west.customer.id, REASON);
  const repos = stack.runtime.repos;
  let serial = 0;
  const ownedBy: Helpers['ownedBy'] = (owner, extra = {}) =>
    createCustomer(stack.as(owner), { kind: 'COMPANY', name: `矩阵临时${Date.now().toString(36)}${serial++}有限公司`, ...extra });
  helpers = {
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
  figures.operations = allOperations().length;
}, 120_000);

afterAll(async () => {
  console.log(
    `[authorization-matrix] operations: ${figures.operations}, rows: ${figures.rows}, roles: ${MATRIX_ROLES.length}, cases: ${figures.cases} (allowed ${figures.allowed}, denied ${figures.denied}), leaks: ${figures.leaks}`,
  );
  await http?.stop();
});

describe('authorization matrix', () => {
  it('has a row for every Query and Mutation in the schema', () => {
    const covered = new Set(rows.map((r) => r.op));
    const missing = allOperations().map((o) => o.id).filter((id) => !covered.has(id));
    const stale = [...covered].filter((id) => !allOperations().some((o) => o.id === id));
    expect({ missing, stale }).toEqual({ missing: [], stale: [] });
  });

  for (const row of rows) {
    const title = `${row.op}${row.variant ? ` (${row.variant})` : ''}: allowed for ${row.allow.join(', ')}`;
    it.skipIf(!allOperations().some((o) => o.id === row.op))(title, async () => {
      figures.rows++;
      const document = row.document ?? documentFor(operation(row.op));
      const field = operation(row.op).name;
      const problems: string[] = [];
      for (const role of MATRIX_ROLES) {
        const variables = (await row.variables?.(helpers, role)) ?? {};
        const res = await http.post<Record<string, unknown>>(fx.credential(role), document, variables);
        figures.cases++;
        const allowed = row.allow.includes(role);
        const codes = (res.errors ?? []).map((e) => e.extensions?.code ?? '?');
        if (allowed) {
          figures.allowed++;
          if (res.status !== 200 || res.errors?.length || res.data?.[field] == null) {
            problems.push(`${role}: expected success, got HTTP ${res.status} ${codes.join(',')} ${res.errors?.[0]?.message ?? ''}`);
          }
          for (const value of row.mustSee?.(fx, role) ?? []) {
            if (!res.raw.includes(value)) problems.push(`${role}: expected to see ${value}`);
          }
        } else {
          figures.denied++;
          if (!codes.length || !codes.every((c) => DENIAL_CODES.has(c))) problems.push(`${role}: expected a denial, got HTTP ${res.status} codes [${codes.join(',')}]`);
          if (res.data?.[field] != null) problems.push(`${role}: denied but data came back`);
        }
        const leaks = findLeaks(res.raw, fx.hiddenFrom(role), document + JSON.stringify(variables), row.reveals);
        figures.leaks += leaks.length;
        for (const leak of leaks) problems.push(`${role}: LEAK of ${leak.kind} of ${leak.of} (${leak.value})`);
      }
      expect(problems).toEqual([]);
    });
  }

  it('leaves the table consistent after every allowed and refused call', async () => {
    const report = await checkInvariants(http.stack.runtime.repos.store);
    expect(report.violations).toEqual([]);
  });
});
