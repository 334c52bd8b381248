import { COMMON_ERRORS, CrmError } from '../shared/errors';
import type { ServiceContext } from '../shared/service-context';
import { isManagerOf, isSalesRole, listScopeFor } from '../users/access.rules';

/** Whose deals, orders or receivables a report covers: one rep, a department subtree, or the company. */
export type SalesScope = { kind: 'OWNER'; ownerId: string } | { kind: 'SUBTREE'; path: string } | { kind: 'ALL' };

export interface ScopeFilter {
  ownerId?: string;
  departmentId?: string;
}

/**
 * Reps see their own, managers their subtree, admins everything; asking for a rep or department
 * outside your view is FORBIDDEN. Finance (money reports only) sees the company.
 */
export async function salesScopeFor(ctx: ServiceContext, filter: ScopeFilter, options: { financeSeesAll?: boolean } = {}): Promise<SalesScope> {
  const actor = ctx.actor;
  const companyWide = actor.role === 'ADMIN' || (options.financeSeesAll === true && actor.role === 'FINANCE');
  if (!companyWide && !isSalesRole(actor.role)) throw new CrmError(COMMON_ERRORS.forbidden, { action: '查看销售数据' });
  if (filter.ownerId) {
    if (filter.ownerId !== actor.id && !companyWide) {
      const owner = await ctx.repos.users.get(filter.ownerId);
      if (!owner || !isManagerOf(actor, owner.departmentPath)) throw new CrmError(COMMON_ERRORS.forbidden, { action: '查看该人员的销售数据' });
    }
    return { kind: 'OWNER', ownerId: filter.ownerId };
  }
  if (filter.departmentId) {
    const department = await ctx.repos.departments.get(filter.departmentId);
    if (!department) throw new CrmError(COMMON_ERRORS.notFound, { entity: '部门' });
    if (!companyWide && !isManagerOf(actor, department.path)) throw new CrmError(COMMON_ERRORS.forbidden, { action: '查看该部门的销售数据' });
    return { kind: 'SUBTREE', path: department.path };
  }
  if (companyWide) return { kind: 'ALL' };
  const scope = listScopeFor(actor);
  return scope.kind === 'OWNER' ? { kind: 'OWNER', ownerId: scope.userId } : scope;
}
