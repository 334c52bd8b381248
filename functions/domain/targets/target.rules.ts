import { CrmError } from '../shared/errors';
import type { Fen } from '../money/money';
import type { AggregateRow } from '../reports/aggregate.types';
import type { Department } from '../users/department.types';
import type { User } from '../users/user.types';
import { TARGET_ERRORS } from './target.errors';
import type { Target, TargetMetric, TargetPeriodKind } from './target.types';

export interface TargetPeriod {
  period: string;
  kind: TargetPeriodKind;
  /** `yyyy-mm` of every month the period covers. */
  months: string[];
}

export function parseTargetPeriod(period: string): TargetPeriod {
  const month = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(period);
  if (month) return { period, kind: 'MONTH', months: [period] };
  const quarter = /^(\d{4})-Q([1-4])$/.exec(period);
  if (quarter) {
    const first = (Number(quarter[2]) - 1) * 3 + 1;
    return { period, kind: 'QUARTER', months: [0, 1, 2].map((i) => `${quarter[1]}-${String(first + i).padStart(2, '0')}`) };
  }
  if (/^\d{4}$/.test(period)) return { period, kind: 'YEAR', months: Array.from({ length: 12 }, (_, i) => `${period}-${String(i + 1).padStart(2, '0')}`) };
  throw new CrmError(TARGET_ERRORS.badPeriod, { period });
}

/** Counter of the SALES aggregate that measures the metric. */
export function actualCounter(metric: TargetMetric, currency: string): string {
  return metric === 'SIGNED' ? `S:${currency}` : `P:${currency}`;
}

/** actual / target as a percentage with one decimal, exact (no binary floats on money); null without a target. */
export function percentOf(actual: Fen, target: Fen | null): number | null {
  if (target === null || target <= 0) return null;
  const tenths = (BigInt(actual) * 2000n + BigInt(target)) / (BigInt(target) * 2n);
  return Number(tenths) / 10;
}

export interface RepProgress {
  user: User;
  target: Fen | null;
  actual: Fen;
  percent: number | null;
}

export interface DepartmentProgress {
  department: Department;
  depth: number;
  /** Set on the department itself. */
  ownTarget: Fen | null;
  /** Sum of the targets of its reps and sub-departments (what rolls up when it has none of its own). */
  membersTarget: Fen | null;
  target: Fen | null;
  actual: Fen;
  percent: number | null;
  /** Sum of the targets split from this department's target; balanced when it equals ownTarget. */
  allocated: Fen | null;
  allocationBalanced: boolean | null;
}

export interface TargetProgress {
  departments: DepartmentProgress[];
  reps: RepProgress[];
}

/**
 * Progress of every department of the subtree (its own target, else the sum of its members'),
 * with actuals summed over the subtree from the aggregate rows, and of every rep.
 */
export function buildTargetProgress(input: {
  root: Department | undefined;
  departments: readonly Department[];
  reps: readonly User[];
  targets: readonly Target[];
  rows: readonly AggregateRow[];
  counter: string;
}): TargetProgress {
  const { root, targets, rows, counter } = input;
  const repTarget = new Map(targets.filter((t) => t.subjectKind === 'REP').map((t) => [t.subjectId, t.amount]));
  const deptTarget = new Map(targets.filter((t) => t.subjectKind === 'DEPARTMENT').map((t) => [t.subjectId, t.amount]));
  const sumRows = (keep: (r: AggregateRow) => boolean) => rows.filter(keep).reduce((sum, r) => sum + (r.counters[counter] ?? 0), 0);
  const reps = input.reps.map((user): RepProgress => {
    const target = repTarget.get(user.id) ?? null;
    const actual = sumRows((r) => r.ownerId === user.id);
    return { user, target, actual, percent: percentOf(actual, target) };
  });
  if (!root) return { departments: [], reps };
  const children = new Map<string, Department[]>();
  for (const d of input.departments) if (d.parentId) children.set(d.parentId, [...(children.get(d.parentId) ?? []), d]);
  const effective = new Map<string, { own: Fen | null; members: Fen | null; target: Fen | null }>();
  const resolve = (d: Department): Fen | null => {
    const memberTargets = [
      ...(children.get(d.id) ?? []).map(resolve),
      ...reps.filter((r) => r.user.departmentId === d.id).map((r) => r.target),
    ].filter((v): v is Fen => v !== null);
    const members = memberTargets.length > 0 ? memberTargets.reduce((a, b) => a + b, 0) : null;
    const own = deptTarget.get(d.id) ?? null;
    const target = own ?? members;
    effective.set(d.id, { own, members, target });
    return target;
  };
  resolve(root);
  const departments: DepartmentProgress[] = [];
  const visit = (d: Department, depth: number) => {
    const e = effective.get(d.id)!;
    const actual = sumRows((r) => r.path.startsWith(d.path));
    const split = targets.filter((t) => t.splitFrom === d.id);
    const allocated = split.length > 0 ? split.reduce((sum, t) => sum + t.amount, 0) : null;
    departments.push({
      department: d,
      depth,
      ownTarget: e.own,
      membersTarget: e.members,
      target: e.target,
      actual,
      percent: percentOf(actual, e.target),
      allocated,
      allocationBalanced: allocated === null || e.own === null ? null : allocated === e.own,
    });
    for (const child of (children.get(d.id) ?? []).sort((a, b) => a.path.localeCompare(b.path))) visit(child, depth + 1);
  };
  visit(root, 0);
  return { departments, reps };
}
