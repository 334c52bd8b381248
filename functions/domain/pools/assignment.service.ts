import { COMMON_ERRORS, CrmError } from '../shared/errors';
import { newId } from '../shared/ids';
import type { ServiceContext } from '../shared/service-context';
import { USER_ERRORS } from '../users/user.errors';
import type { User } from '../users/user.types';
import type { AssignmentRule } from './assignment.types';
import { POOL_ERRORS } from './pool.errors';

/** Where a new customer goes: a rep (round robin) or a pool; undefined = no rule matches. */
export type Routing = { kind: 'REP'; rep: User; reason: string } | { kind: 'POOL'; poolId: string; reason: string };

function matches(rule: AssignmentRule, customer: { source?: string; region?: string }): boolean {
  return rule.active && (!rule.source || rule.source === customer.source) && (!rule.region || rule.region === customer.region);
}

/** The most specific rule wins (source and region over one of them). */
function specificity(rule: AssignmentRule): number {
  return (rule.source ? 1 : 0) + (rule.region ? 1 : 0);
}

async function activeRepsOf(ctx: ServiceContext, departmentPath: string): Promise<User[]> {
  const users = await ctx.repos.users.listByPath(departmentPath);
  return users.filter((u) => u.active && u.role === 'REP').sort((a, b) => a.id.localeCompare(b.id));
}

export async function routeNewCustomer(ctx: ServiceContext, customer: { source?: string; region?: string }): Promise<Routing | undefined> {
  const rules = (await ctx.repos.assignments.list()).filter((r) => matches(r, customer)).sort((a, b) => specificity(b) - specificity(a));
  const rule = rules[0];
  if (!rule) return undefined;
  const reason = `分配规则“${rule.name}”`;
  if (rule.mode === 'POOL') return { kind: 'POOL', poolId: rule.poolId!, reason };
  const reps = await activeRepsOf(ctx, rule.departmentPath);
  if (reps.length === 0) throw new CrmError(POOL_ERRORS.noActiveRep, { name: rule.name });
  const ticket = await ctx.repos.assignments.nextTicket(rule.id);
  const counts = await ctx.repos.counters.owned(reps.map((r) => r.id));
  // Start at this ticket's rep; skip reps at their cap (the create transaction re-checks the cap).
  for (let i = 0; i < reps.length; i++) {
    const rep = reps[(ticket - 1 + i) % reps.length]!;
    if ((counts.get(rep.id) ?? 0) < ctx.settings.maxOwnedCustomers) return { kind: 'REP', rep, reason: `${reason}（轮询）` };
  }
  throw new CrmError(POOL_ERRORS.noActiveRep, { name: rule.name });
}

export interface AssignmentRuleInput {
  name: string;
  source?: string;
  region?: string;
  departmentId: string;
  mode: 'ROUND_ROBIN' | 'POOL';
  poolId?: string;
}

export async function createAssignmentRule(ctx: ServiceContext, input: AssignmentRuleInput): Promise<AssignmentRule> {
  if (ctx.actor.role !== 'ADMIN') throw new CrmError(COMMON_ERRORS.forbidden, { action: '设置客户分配规则' });
  const department = await ctx.repos.departments.get(input.departmentId);
  if (!department) throw new CrmError(USER_ERRORS.departmentNotFound, { id: input.departmentId });
  if (input.mode === 'ROUND_ROBIN' && (await activeRepsOf(ctx, department.path)).length === 0) {
    throw new CrmError(POOL_ERRORS.noActiveRep, { name: department.name });
  }
  if (input.mode === 'POOL' && !(await ctx.repos.pools.get(input.poolId ?? '', ctx.settings, ctx.clock.now().toISOString()))) {
    throw new CrmError(POOL_ERRORS.poolNotFound);
  }
  const rule: AssignmentRule = {
    ...input,
    id: newId(ctx.clock.now()),
    departmentPath: department.path,
    active: true,
    createdAt: ctx.clock.now().toISOString(),
  };
  await ctx.repos.commit([ctx.repos.assignments.put(rule)]);
  return rule;
}
