import { formatFen } from '../money/money';
import { coveringBuckets, lastDayOfMonth } from '../reports/calendar';
import { FAMILY } from '../reports/aggregate.types';
import { resolveReportScope } from '../reports/report-scope';
import { CrmError } from '../shared/errors';
import type { ServiceContext } from '../shared/service-context';
import { isInSubtree, isSalesRole } from '../users/access.rules';
import type { Department } from '../users/department.types';
import type { User } from '../users/user.types';
import { TARGET_ERRORS } from './target.errors';
import { actualCounter, buildTargetProgress, parseTargetPeriod, type TargetProgress } from './target.rules';
import { MAX_ALLOCATIONS, type SetTargetInput, type SplitTargetInput } from './target.schemas';
import type { Target, TargetMetric, TargetSubjectKind } from './target.types';
import type { Write } from '../../store/transactions';

interface Subject {
  kind: TargetSubjectKind;
  id: string;
  name: string;
  path: string;
  departmentId: string;
}

async function subjectOrThrow(ctx: ServiceContext, kind: TargetSubjectKind, id: string): Promise<Subject> {
  if (kind === 'REP') {
    const user = await ctx.repos.users.get(id);
    if (!user) throw new CrmError(TARGET_ERRORS.subjectNotFound, { subject: `人员 ${id}` });
    if (!isSalesRole(user.role) || user.role === 'ADMIN') throw new CrmError(TARGET_ERRORS.notSalesUser, { name: user.name });
    return { kind, id, name: user.name, path: user.departmentPath, departmentId: user.departmentId };
  }
  const department = await ctx.repos.departments.get(id);
  if (!department) throw new CrmError(TARGET_ERRORS.subjectNotFound, { subject: `部门 ${id}` });
  return { kind, id, name: department.name, path: department.path, departmentId: department.id };
}

/** Admins set any target; managers those of the reps and sub-departments below them (not their own). */
function canSetFor(ctx: ServiceContext, s: Subject): boolean {
  const { actor } = ctx;
  if (actor.role === 'ADMIN') return true;
  if (actor.role !== 'MANAGER' || !isInSubtree(s.path, actor.departmentPath)) return false;
  return s.kind === 'REP' ? s.id !== actor.id : s.path !== actor.departmentPath;
}

/** Sets (or replaces, at `expectedVersion`) the target of a rep or department for a month, quarter or year. */
export async function setTarget(ctx: ServiceContext, input: SetTargetInput): Promise<Target> {
  const period = parseTargetPeriod(input.period);
  const subject = await subjectOrThrow(ctx, input.subjectKind, input.subjectId);
  if (!canSetFor(ctx, subject)) throw new CrmError(TARGET_ERRORS.forbidden, { subject: subject.name });
  const existing = await ctx.repos.targets.get(period.period, input.metric, { subjectKind: subject.kind, subjectId: subject.id });
  const target: Target = {
    subjectKind: subject.kind,
    subjectId: subject.id,
    subjectPath: subject.path,
    period: period.period,
    periodKind: period.kind,
    metric: input.metric,
    currency: input.currency,
    amount: input.amount,
    ...(existing?.splitFrom ? { splitFrom: existing.splitFrom } : {}),
    setBy: ctx.actor.id,
    updatedAt: ctx.clock.now().toISOString(),
    version: (existing?.version ?? 0) + 1,
  };
  await ctx.repos.commit([ctx.repos.targets.put(target, input.expectedVersion ?? existing?.version)]);
  return target;
}

/**
 * 分解: splits a department's target among its direct reps and sub-departments. The amounts must add
 * up to the department's target exactly; the split replaces any earlier one in one transaction,
 * guarded by the department target's version.
 */
export async function splitDepartmentTarget(ctx: ServiceContext, input: SplitTargetInput): Promise<Target[]> {
  const period = parseTargetPeriod(input.period);
  const department = await subjectOrThrow(ctx, 'DEPARTMENT', input.departmentId);
  const { actor, repos } = ctx;
  if (actor.role !== 'ADMIN' && !(actor.role === 'MANAGER' && isInSubtree(department.path, actor.departmentPath))) {
    throw new CrmError(TARGET_ERRORS.forbidden, { subject: department.name });
  }
  if (input.allocations.length > MAX_ALLOCATIONS) throw new CrmError(TARGET_ERRORS.tooManyAllocations, { max: MAX_ALLOCATIONS });
  const parent = await repos.targets.get(period.period, input.metric, { subjectKind: 'DEPARTMENT', subjectId: department.id });
  if (!parent) throw new CrmError(TARGET_ERRORS.departmentTargetMissing, { department: department.name, period: period.period, metric: metricName(input.metric) });
  const seen = new Set<string>();
  const subjects: Subject[] = [];
  for (const a of input.allocations) {
    const subject = await subjectOrThrow(ctx, a.subjectKind, a.subjectId);
    const key = `${a.subjectKind}#${a.subjectId}`;
    if (seen.has(key)) throw new CrmError(TARGET_ERRORS.duplicateAllocation, { name: subject.name });
    seen.add(key);
    const direct = subject.kind === 'REP' ? subject.departmentId === department.id : (await repos.departments.get(subject.id))?.parentId === department.id;
    if (!direct) throw new CrmError(TARGET_ERRORS.notMember, { name: subject.name, department: department.name });
    subjects.push(subject);
  }
  const sum = input.allocations.reduce((total, a) => total + a.amount, 0);
  if (sum !== parent.amount) {
    throw new CrmError(TARGET_ERRORS.splitSumMismatch, { sum: formatFen(sum), target: formatFen(parent.amount), difference: formatFen(sum - parent.amount) });
  }
  const now = ctx.clock.now().toISOString();
  const existing = await repos.targets.listInSubtree(period.period, input.metric, department.path);
  const writes: Write[] = [repos.targets.checkVersion(parent)];
  const written: Target[] = [];
  input.allocations.forEach((a, i) => {
    const subject = subjects[i]!;
    const previous = existing.find((t) => t.subjectKind === subject.kind && t.subjectId === subject.id);
    const target: Target = {
      subjectKind: subject.kind,
      subjectId: subject.id,
      subjectPath: subject.path,
      period: period.period,
      periodKind: period.kind,
      metric: input.metric,
      currency: input.currency,
      amount: a.amount,
      splitFrom: department.id,
      setBy: actor.id,
      updatedAt: now,
      version: (previous?.version ?? 0) + 1,
    };
    writes.push(repos.targets.put(target, previous?.version));
    written.push(target);
  });
  for (const old of existing) {
    if (old.splitFrom === department.id && !seen.has(`${old.subjectKind}#${old.subjectId}`)) writes.push(repos.targets.delete(old));
  }
  await repos.commit(writes);
  return written;
}

const metricName = (metric: TargetMetric) => (metric === 'SIGNED' ? '签约额' : '回款额');

export interface TargetProgressQuery {
  period: string;
  metric: TargetMetric;
  currency: string;
  departmentId?: string | null;
  userId?: string | null;
}

export interface TargetProgressReport extends TargetProgress {
  period: string;
  from: string;
  to: string;
  metric: TargetMetric;
  currency: string;
}

/**
 * Actual vs target for the caller's view (rep: self; manager: subtree; admin: all), rolled up the
 * department tree. Reads: departments (1 Query), users of the subtree (1), targets (1), and the
 * SALES aggregate rows of the period (1 Query per month) — never the orders or payments themselves.
 */
export async function targetProgress(ctx: ServiceContext, query: TargetProgressQuery): Promise<TargetProgressReport> {
  const period = parseTargetPeriod(query.period);
  const { scope, path } = await resolveReportScope(ctx, { departmentId: query.departmentId, userId: query.userId });
  const { repos } = ctx;
  const from = `${period.months[0]}-01`;
  const to = lastDayOfMonth(period.months[period.months.length - 1]!);
  const runs = coveringBuckets(from, to, 'months');
  const counter = actualCounter(query.metric, query.currency);
  const base = { period: period.period, from, to, metric: query.metric, currency: query.currency };
  if (scope.kind === 'OWNER') {
    const [user, rows, target] = await Promise.all([
      repos.users.get(scope.userId),
      repos.aggregates.rows(FAMILY.sales, runs, scope),
      repos.targets.get(period.period, query.metric, { subjectKind: 'REP', subjectId: scope.userId }),
    ]);
    return { ...base, ...buildTargetProgress({ root: undefined, departments: [], reps: user ? [user] : [], targets: target ? [target] : [], rows, counter }) };
  }
  const [departments, users, targets, rows] = await Promise.all([
    repos.departments.listAll(),
    repos.users.listByPath(path),
    repos.targets.listInSubtree(period.period, query.metric, path),
    repos.aggregates.rows(FAMILY.sales, runs, scope),
  ]);
  const inScope = departments.filter((d) => !path || d.path.startsWith(path));
  const root: Department | undefined = inScope.sort((a, b) => a.path.length - b.path.length)[0];
  const reps = users.filter((u: User) => u.role === 'REP' || u.role === 'MANAGER');
  return { ...base, ...buildTargetProgress({ root, departments: inScope, reps, targets: targets.filter((t) => t.currency === query.currency), rows, counter }) };
}
