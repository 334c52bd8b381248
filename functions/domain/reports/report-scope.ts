import { CrmError } from '../shared/errors';
import type { ServiceContext } from '../shared/service-context';
import { isInSubtree, isManagerOf } from '../users/access.rules';
import type { Role } from '../users/user.types';
import type { AggregateScope } from './aggregate.types';
import { REPORT_ERRORS } from './reports.errors';

/** The org unit a report is about: a department subtree or one person; absent = the caller's own view. */
export interface OrgUnit {
  departmentId?: string | null;
  userId?: string | null;
}

export interface ReportScope {
  scope: AggregateScope;
  /** Department path the report covers (undefined: the whole company or one person). */
  path?: string;
}

/**
 * Whose figures a caller may see (rep: self; manager: department subtree; admin: all; roles in
 * `companyWide` also all). An org unit outside that view is refused with a clear error, whether or
 * not it exists, so the error leaks nothing.
 */
export async function resolveReportScope(ctx: ServiceContext, unit: OrgUnit = {}, companyWide: readonly Role[] = []): Promise<ReportScope> {
  const { actor, repos } = ctx;
  const seesAll = actor.role === 'ADMIN' || companyWide.includes(actor.role);
  if (unit.departmentId && unit.userId) throw new CrmError(REPORT_ERRORS.bothUnits);
  if (unit.userId) {
    const user = await repos.users.get(unit.userId);
    const visible = user && (seesAll || user.id === actor.id || isManagerOf(actor, user.departmentPath));
    if (!visible) throw new CrmError(REPORT_ERRORS.orgUnitNotVisible, { unit: `人员 ${unit.userId}` });
    return { scope: { kind: 'OWNER', userId: user.id } };
  }
  if (unit.departmentId) {
    const department = await repos.departments.get(unit.departmentId);
    const visible = department && (seesAll || (actor.role === 'MANAGER' && isInSubtree(department.path, actor.departmentPath)));
    if (!visible) throw new CrmError(REPORT_ERRORS.orgUnitNotVisible, { unit: `部门 ${unit.departmentId}` });
    return seesAll && !department.parentId ? { scope: { kind: 'ALL' } } : { scope: { kind: 'SUBTREE', path: department.path }, path: department.path };
  }
  if (seesAll) return { scope: { kind: 'ALL' } };
  if (actor.role === 'MANAGER') return { scope: { kind: 'SUBTREE', path: actor.departmentPath }, path: actor.departmentPath };
  return { scope: { kind: 'OWNER', userId: actor.id } };
}
