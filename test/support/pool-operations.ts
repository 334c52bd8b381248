import { createCustomer } from '../../functions/domain/customers/customer.service';
import { createPool } from '../../functions/domain/pools/pool-admin.service';
import { lockCustomer } from '../../functions/domain/pools/lock.service';
import { addTeamMember } from '../../functions/domain/pools/team.service';
import { ADMIN_ONLY, OWNER_CHAIN, SIGNED_IN, type MatrixRole, type SecurityFixture } from './security-fixture';
import type { TestStack } from './test-stack';

/**
 * Catalog rows of pools, locks, customer teams and assignment rules (schema/pools.graphql).
 * Locks and teams act on fresh customers of the east rep (the fixture lifts the lock cap, so every
 * role's attempt is judged on authorization, not on the cap).
 */
interface PoolHelpers {
  stack: TestStack;
  fx: SecurityFixture;
}

type Vars = Record<string, unknown>;
let serial = 0;

const poolInput = (h: PoolHelpers) => ({
  name: `矩阵公海${serial++}`,
  everyone: false,
  memberDepartmentIds: [h.fx.org.east.id],
  memberUserIds: [],
  adminIds: [],
  claimRules: { cooldownDays: 3, holdHours: 0 },
  reclaimRules: {},
});

async function repCustomer(h: PoolHelpers) {
  return createCustomer(h.stack.as(h.fx.org.rep), { kind: 'COMPANY', name: `公海矩阵${Date.now().toString(36)}${serial++}有限公司` });
}

export const POOL_OPERATIONS: {
  op: string;
  variant?: string;
  variables?: (h: PoolHelpers, role: MatrixRole) => Vars | Promise<Vars>;
  allow: readonly MatrixRole[];
}[] = [
  { op: 'Query.pools', allow: SIGNED_IN },
  { op: 'Query.assignmentRules', allow: ADMIN_ONLY },
  { op: 'Mutation.createPool', variables: (h) => ({ input: poolInput(h) }), allow: ADMIN_ONLY },
  {
    op: 'Mutation.updatePool',
    variables: async (h) => {
      const input = poolInput(h);
      const pool = await createPool(h.stack.as(h.fx.org.admin), { ...input, claimRules: { cooldownDays: 3, holdHours: 0 }, reclaimRules: {} });
      return { id: pool.id, expectedVersion: pool.version, input: { ...input, name: `${input.name}改` } };
    },
    allow: ADMIN_ONLY,
  },
  {
    op: 'Mutation.createAssignmentRule',
    variables: (h) => ({ input: { name: `矩阵分配${serial++}`, source: `矩阵渠道${serial}`, departmentId: h.fx.org.east.id, mode: 'ROUND_ROBIN' } }),
    allow: ADMIN_ONLY,
  },
  { op: 'Mutation.lockCustomer', variables: async (h) => ({ customerId: (await repCustomer(h)).id, reason: '重点跟进' }), allow: OWNER_CHAIN },
  {
    op: 'Mutation.unlockCustomer',
    variables: async (h) => {
      const c = await repCustomer(h);
      await lockCustomer(h.stack.as(h.fx.org.rep), c.id, '重点跟进');
      return { customerId: c.id, reason: '恢复正常' };
    },
    allow: OWNER_CHAIN,
  },
  {
    op: 'Mutation.addTeamMember',
    variables: async (h) => ({ customerId: (await repCustomer(h)).id, input: { userId: h.fx.org.teamRep.id, role: 'CO_FOLLOWER', access: 'READ' } }),
    allow: OWNER_CHAIN,
  },
  {
    op: 'Mutation.removeTeamMember',
    variables: async (h) => {
      const c = await repCustomer(h);
      await addTeamMember(h.stack.as(h.fx.org.rep), c.id, { userId: h.fx.org.teamRep.id, role: 'CO_FOLLOWER', access: 'READ' });
      return { customerId: c.id, userId: h.fx.org.teamRep.id };
    },
    allow: OWNER_CHAIN,
  },
];
