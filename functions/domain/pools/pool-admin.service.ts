import type { Customer, Grade } from '../customers/customer.types';
import { recomputeProtection } from '../protection/protection.rules';
import { DAY_MS } from '../shared/clock';
import { COMMON_ERRORS, CrmError } from '../shared/errors';
import { newId } from '../shared/ids';
import type { ServiceContext } from '../shared/service-context';
import { isPoolMember, poolRuleOverrides, reclaimRuleProblems } from './pool.rules';
import { POOL_ERRORS } from './pool.errors';
import type { ClaimRules, Pool, ReclaimRules } from './pool.types';

export interface PoolInput {
  name: string;
  everyone: boolean;
  memberDepartmentIds: string[];
  memberUserIds: string[];
  adminIds: string[];
  claimRules: ClaimRules;
  reclaimRules: ReclaimRules;
}

function requireAdmin(ctx: ServiceContext): void {
  if (ctx.actor.role !== 'ADMIN') throw new CrmError(COMMON_ERRORS.forbidden, { action: '管理公海' });
}

async function memberPaths(ctx: ServiceContext, departmentIds: string[]): Promise<string[]> {
  const departments = await Promise.all(departmentIds.map((id) => ctx.repos.departments.get(id)));
  return departments.map((d, i) => {
    if (!d) throw new CrmError(COMMON_ERRORS.notFound, { entity: `部门 ${departmentIds[i]}` });
    return d.path;
  });
}

async function validateRules(ctx: ServiceContext, rules: ReclaimRules, selfId: string): Promise<void> {
  const pools = await ctx.repos.pools.list(ctx.settings, ctx.clock.now().toISOString());
  const problems = reclaimRuleProblems(rules, ctx.settings, [...pools.map((p) => p.id), selfId]);
  if (problems.length) throw new CrmError(POOL_ERRORS.invalidRules, { details: problems.join('；') });
}

export async function createPool(ctx: ServiceContext, input: PoolInput): Promise<Pool> {
  requireAdmin(ctx);
  const id = newId(ctx.clock.now());
  await validateRules(ctx, input.reclaimRules, id);
  const now = ctx.clock.now().toISOString();
  const { memberDepartmentIds, ...rest } = input;
  const pool: Pool = { ...rest, id, memberDeptPaths: await memberPaths(ctx, memberDepartmentIds), createdAt: now, updatedAt: now, version: 1 };
  await ctx.repos.commit([ctx.repos.pools.put(pool, undefined)]);
  return pool;
}

export interface PoolUpdateResult {
  pool: Pool;
  /** Owned customers whose deadlines were recomputed under the new rules. */
  recomputed: number;
}

/**
 * Changes a pool. When its reclaim rules change, the owned customers of the grades whose numbers
 * changed are recomputed through the protection queues (one per pool and grade), so the work
 * follows the customers affected, never the table.
 */
export async function updatePool(ctx: ServiceContext, id: string, input: PoolInput, expectedVersion: number): Promise<PoolUpdateResult> {
  requireAdmin(ctx);
  const now = ctx.clock.now().toISOString();
  const current = await ctx.repos.pools.get(id, ctx.settings, now);
  if (!current) throw new CrmError(POOL_ERRORS.poolNotFound);
  if (current.version !== expectedVersion) throw new CrmError(COMMON_ERRORS.staleVersion, { entity: '公海' });
  await validateRules(ctx, input.reclaimRules, id);
  const { memberDepartmentIds, ...rest } = input;
  const pool: Pool = { ...current, ...rest, memberDeptPaths: await memberPaths(ctx, memberDepartmentIds), updatedAt: now, version: current.version + 1 };
  await ctx.repos.commit([ctx.repos.pools.put(pool, current.version)]);
  const changedGrades = (['A', 'B', 'C', undefined] as const).filter(
    (g) => JSON.stringify(poolRuleOverrides(current.reclaimRules, g)) !== JSON.stringify(poolRuleOverrides(pool.reclaimRules, g)),
  );
  let recomputed = 0;
  for (const grade of changedGrades) recomputed += await recomputeQueue(ctx, pool, grade);
  return { pool, recomputed };
}

/** Longest a protection check can lie ahead: the longest period plus the longest extension. */
function horizonDays(ctx: ServiceContext, rules: ReclaimRules[]): number {
  const s = ctx.settings;
  const periods = rules.flatMap((r) => [r.followUpDays, r.potentialDays, r.intentDays, ...Object.values(r.followUpDaysByGrade ?? {})]);
  return Math.max(s.potentialProtectionDays, s.intentProtectionDays, s.followUpFreshnessDays, ...periods.filter((d): d is number => d !== undefined)) + s.extensionMaxDays + 1;
}

async function recomputeQueue(ctx: ServiceContext, pool: Pool, grade: Grade | undefined): Promise<number> {
  const overrides = poolRuleOverrides(pool.reclaimRules, grade);
  const start = (await ctx.repos.dueQueue.watermark('PROTECT')) ?? ctx.clock.now().toISOString().slice(0, 10);
  const lastDay = new Date(ctx.clock.now().getTime() + horizonDays(ctx, [pool.reclaimRules]) * DAY_MS).toISOString().slice(0, 10);
  const done = new Set<string>();
  for (let t = Date.parse(`${start}T00:00:00Z`); new Date(t).toISOString().slice(0, 10) <= lastDay; t += DAY_MS) {
    const day = new Date(t).toISOString().slice(0, 10);
    for await (const customer of ctx.repos.customers.inProtectionQueue(pool.id, grade ?? '-', day)) {
      // A recomputed customer may move to a later day of this walk; touch each once.
      if (done.has(customer.id)) continue;
      done.add(customer.id);
      const protection = recomputeProtection(customer, { ...customer.protection!, poolRules: overrides }, ctx.settings);
      const next: Customer = { ...customer, protection, version: customer.version + 1 };
      try {
        await ctx.repos.commit([ctx.repos.customers.putIfVersion(next, customer.version)]);
      } catch (error) {
        // Changed meanwhile: its next write or the sweep recomputes it with the rules it then sees.
        if (!(error instanceof CrmError && error.code === 'CONFLICT')) throw error;
      }
    }
  }
  return done.size;
}

/** Pools the caller belongs to (admins: all). Non-members do not see a pool at all. */
export async function listVisiblePools(ctx: ServiceContext): Promise<Pool[]> {
  const pools = await ctx.repos.pools.list(ctx.settings, ctx.clock.now().toISOString());
  return pools.filter((p) => isPoolMember(ctx.actor, p));
}
