import { beforeAll, describe, expect, it } from 'vitest';
import { createAggregateConsumer } from '../../functions/streams/aggregates.consumer';
import type { User } from '../../functions/domain/users/user.types';
import { buildOrg, type Org } from '../support/builders';
import { createTestStack, type TestStack } from '../support/test-stack';

let stack: TestStack;
let org: Org;

const SET = `mutation($input: SetTargetInput!) { setSalesTarget(input: $input) { subjectKind subjectId subjectName period periodKind metric currency amount splitFromDepartmentId version setBy { name } } }`;
const SPLIT = `mutation($input: SplitTargetInput!) { splitDepartmentTarget(input: $input) { subjectId subjectName amount splitFromDepartmentId } }`;
const PROGRESS = `query($p: String!, $m: TargetMetric!, $d: ID, $u: ID) { targetProgress(period: $p, metric: $m, departmentId: $d, userId: $u) { from to
  departments { department { name } ownTarget target actual percent allocated allocationBalanced } reps { rep { name } target actual percent } } }`;

async function ok<T>(user: User, query: string, variables?: Record<string, unknown>): Promise<T> {
  const res = await stack.gql<T>(user, query, variables);
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  return res.data!;
}

async function fails(user: User, query: string, variables?: Record<string, unknown>) {
  const res = await stack.gql(user, query, variables);
  expect(res.data ?? null).toBeNull();
  return res.errors![0]!;
}

beforeAll(async () => {
  stack = await createTestStack();
  org = await buildOrg(stack);
});

describe('setting and splitting targets', () => {
  it('sets a department target and splits it among its members with the sum checked', async () => {
    const set = (await ok<{ setSalesTarget: Record<string, unknown> }>(org.admin, SET, {
      input: { subjectKind: 'DEPARTMENT', subjectId: org.east.id, period: '2026-Q2', metric: 'RECEIVED', amount: '90000.50' },
    })).setSalesTarget;
    expect(set).toEqual({
      subjectKind: 'DEPARTMENT',
      subjectId: org.east.id,
      subjectName: '华东销售部',
      period: '2026-Q2',
      periodKind: 'QUARTER',
      metric: 'RECEIVED',
      currency: 'CNY',
      amount: '90000.50',
      splitFromDepartmentId: null,
      version: 1,
      setBy: { name: '管理员' },
    });
    const split = (allocations: unknown[]) => stack.gql(org.eastManager, SPLIT, { input: { departmentId: org.east.id, period: '2026-Q2', metric: 'RECEIVED', allocations } });

    const short = (await split([
      { subjectKind: 'REP', subjectId: org.rep.id, amount: '60000' },
      { subjectKind: 'DEPARTMENT', subjectId: org.eastTeam.id, amount: '30000.49' },
    ])).errors![0]!;
    expect(short.extensions?.code).toBe('BAD_USER_INPUT');
    expect(short.message).toBe('分解合计 90000.49 与部门目标 90000.50 不一致（差额 -0.01）');

    const outsider = (await split([{ subjectKind: 'REP', subjectId: org.otherRep.id, amount: '90000.50' }])).errors![0]!;
    expect(outsider.message).toBe('王五 不是部门 华东销售部 的直属成员或下级部门，不能分到该部门的目标');
    const grandchild = (await split([{ subjectKind: 'REP', subjectId: org.teamRep.id, amount: '90000.50' }])).errors![0]!;
    expect(grandchild.message).toContain('李四 不是部门 华东销售部 的直属成员');
    const twice = (await split([
      { subjectKind: 'REP', subjectId: org.rep.id, amount: '45000.25' },
      { subjectKind: 'REP', subjectId: org.rep.id, amount: '45000.25' },
    ])).errors![0]!;
    expect(twice.message).toBe('同一对象在分解中出现了两次：张三');

    const first = await split([
      { subjectKind: 'REP', subjectId: org.rep.id, amount: '60000' },
      { subjectKind: 'DEPARTMENT', subjectId: org.eastTeam.id, amount: '30000.50' },
    ]);
    expect(first.errors).toBeUndefined();
    expect((first.data as { splitDepartmentTarget: unknown[] }).splitDepartmentTarget).toEqual([
      { subjectId: org.rep.id, subjectName: '张三', amount: '60000.00', splitFromDepartmentId: org.east.id },
      { subjectId: org.eastTeam.id, subjectName: '华东一组', amount: '30000.50', splitFromDepartmentId: org.east.id },
    ]);

    // A new split replaces the old one: the team's share is withdrawn.
    const second = await split([
      { subjectKind: 'REP', subjectId: org.rep.id, amount: '80000.50' },
      { subjectKind: 'REP', subjectId: org.eastManager.id, amount: '10000' },
    ]);
    expect(second.errors).toBeUndefined();
    const progress = (await ok<{ targetProgress: { departments: Record<string, unknown>[]; reps: Record<string, unknown>[] } }>(org.eastManager, PROGRESS, { p: '2026-Q2', m: 'RECEIVED' }))
      .targetProgress;
    expect(progress.departments).toEqual([
      { department: { name: '华东销售部' }, ownTarget: '90000.50', target: '90000.50', actual: '0.00', percent: 0, allocated: '90000.50', allocationBalanced: true },
      { department: { name: '华东一组' }, ownTarget: null, target: null, actual: '0.00', percent: null, allocated: null, allocationBalanced: null },
    ]);
    expect(progress.reps).toEqual(
      expect.arrayContaining([
        { rep: { name: '张三' }, target: '80000.50', actual: '0.00', percent: 0 },
        { rep: { name: '华东经理' }, target: '10000.00', actual: '0.00', percent: 0 },
      ]),
    );

    // Raising the department target afterwards shows the split as unbalanced.
    await ok(org.admin, SET, { input: { subjectKind: 'DEPARTMENT', subjectId: org.east.id, period: '2026-Q2', metric: 'RECEIVED', amount: '100000', expectedVersion: 1 } });
    const after = (await ok<{ targetProgress: { departments: { allocationBalanced: boolean | null }[] } }>(org.admin, PROGRESS, { p: '2026-Q2', m: 'RECEIVED', d: org.east.id }))
      .targetProgress;
    expect(after.departments[0]!.allocationBalanced).toBe(false);
  });

  it('refuses a split without a department target, and stale or bad input', async () => {
    const missing = await fails(org.eastManager, SPLIT, {
      input: { departmentId: org.east.id, period: '2026-07', metric: 'SIGNED', allocations: [{ subjectKind: 'REP', subjectId: org.rep.id, amount: '1' }] },
    });
    expect(missing.extensions?.code).toBe('NOT_FOUND');
    expect(missing.message).toBe('部门 华东销售部 在 2026-07 还没有签约额目标，请先设定再分解');
    const period = await fails(org.admin, SET, { input: { subjectKind: 'REP', subjectId: org.rep.id, period: '2026-13', metric: 'SIGNED', amount: '1' } });
    expect(period.message).toBe('目标期间格式应为 yyyy-mm、yyyy-Qn 或 yyyy：2026-13');
    const amount = await fails(org.admin, SET, { input: { subjectKind: 'REP', subjectId: org.rep.id, period: '2026-07', metric: 'SIGNED', amount: '1.234' } });
    expect(amount.extensions?.code).toBe('BAD_USER_INPUT');
    expect(amount.message).toContain('目标金额');
    await ok(org.admin, SET, { input: { subjectKind: 'REP', subjectId: org.rep.id, period: '2026-07', metric: 'SIGNED', amount: '100' } });
    const stale = await fails(org.admin, SET, { input: { subjectKind: 'REP', subjectId: org.rep.id, period: '2026-07', metric: 'SIGNED', amount: '200', expectedVersion: 7 } });
    expect(stale.extensions?.code).toBe('CONFLICT');
    const finance = await fails(org.admin, SET, { input: { subjectKind: 'REP', subjectId: org.finance.id, period: '2026-07', metric: 'SIGNED', amount: '1' } });
    expect(finance.message).toBe('财务 不是销售人员，不能设定销售任务');
  });

  it('lets managers set targets below them only, and reps none', async () => {
    const own = await fails(org.eastManager, SET, { input: { subjectKind: 'DEPARTMENT', subjectId: org.east.id, period: '2026-08', metric: 'SIGNED', amount: '1' } });
    expect(own.extensions?.code).toBe('FORBIDDEN');
    expect(own.message).toBe('您无权为华东销售部设定或分解销售任务');
    const self = await fails(org.eastManager, SET, { input: { subjectKind: 'REP', subjectId: org.eastManager.id, period: '2026-08', metric: 'SIGNED', amount: '1' } });
    expect(self.extensions?.code).toBe('FORBIDDEN');
    const across = await fails(org.eastManager, SET, { input: { subjectKind: 'REP', subjectId: org.otherRep.id, period: '2026-08', metric: 'SIGNED', amount: '1' } });
    expect(across.extensions?.code).toBe('FORBIDDEN');
    const rep = await fails(org.rep, SET, { input: { subjectKind: 'REP', subjectId: org.rep.id, period: '2026-08', metric: 'SIGNED', amount: '1' } });
    expect(rep.extensions?.code).toBe('FORBIDDEN');
    await ok(org.eastManager, SET, { input: { subjectKind: 'DEPARTMENT', subjectId: org.eastTeam.id, period: '2026-08', metric: 'SIGNED', amount: '1' } });
    await ok(org.eastManager, SET, { input: { subjectKind: 'REP', subjectId: org.teamRep.id, period: '2026-08', metric: 'SIGNED', amount: '1' } });
  });
});

describe('progress over months, quarters and years', () => {
  it('sums the months of the period from the aggregates', async () => {
    const consume = createAggregateConsumer(stack.runtime.repos, stack.clock);
    const order = (id: string, signedOn: string, total: number, status = 'SIGNED') => ({
      PK: `ORDER#${id}`,
      SK: '#ORDER',
      entity: 'Order',
      id,
      ownerId: org.teamRep.id,
      ownerDeptPath: org.teamRep.departmentPath,
      currency: 'CNY',
      total,
      status,
      signedOn,
    });
    await consume([
      { eventId: 'o-jan', newImage: order('jan', '2027-01-31', 100_000) },
      { eventId: 'o-feb', newImage: order('feb', '2027-02-01', 250_050) },
      { eventId: 'o-apr', newImage: order('apr', '2027-04-15', 1_000_000) },
      { eventId: 'o-draft', newImage: order('draft', '2027-03-01', 999_999, 'DRAFT') },
      { eventId: 'o-usd', newImage: { ...order('usd', '2027-03-01', 777), currency: 'USD' } },
    ]);
    await ok(org.eastManager, SET, { input: { subjectKind: 'REP', subjectId: org.teamRep.id, period: '2027-Q1', metric: 'SIGNED', amount: '7000.99' } });
    const progress = (period: string, user = org.teamRep) =>
      ok<{ targetProgress: { from: string; to: string; departments: unknown[]; reps: { target: string | null; actual: string; percent: number | null }[] } }>(user, PROGRESS, { p: period, m: 'SIGNED' }).then(
        (r) => r.targetProgress,
      );
    expect(await progress('2027-Q1')).toEqual({ from: '2027-01-01', to: '2027-03-31', departments: [], reps: [{ rep: { name: '李四' }, target: '7000.99', actual: '3500.50', percent: 50 }] });
    expect((await progress('2027-01')).reps[0]!.actual).toBe('1000.00');
    expect((await progress('2027')).reps[0]).toEqual({ rep: { name: '李四' }, target: null, actual: '13500.50', percent: null });
    const team = (await ok<{ targetProgress: { departments: { department: { name: string }; actual: string }[] } }>(org.eastManager, PROGRESS, { p: '2027', m: 'SIGNED' })).targetProgress;
    expect(team.departments.map((d) => [d.department.name, d.actual])).toEqual([
      ['华东销售部', '13500.50'],
      ['华东一组', '13500.50'],
    ]);
  });
});
