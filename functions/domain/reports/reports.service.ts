import { CrmError } from '../shared/errors';
import type { ServiceContext } from '../shared/service-context';
import { ACTIVITY_METRICS, buildActivityReport, needsFamily, type ActivityReport, type Granularity } from './activity-report.rules';
import { childPath, ROOT_DEPARTMENT_ID } from '../users/department.types';
import { FAMILY, POOL_PATH, type AggregateRow, type AggregateScope, type Family } from './aggregate.types';
import { coveringBuckets, localDay, SNAPSHOT_BUCKET, type BucketRun } from './calendar';
import { buildBuyingStatusReport, buildLifecycleReport, buildValueGradeReport, type BuyingStatusReport, type LifecycleReport, type ValueGradeReport } from './customer-reports.rules';
import { buildFunnelReport, type FunnelReport } from './funnel-report.rules';
import { agingBuckets, buildAgingReport, type AgingReport } from './receivables-aging.rules';
import { resolveReportScope, type OrgUnit } from './report-scope';
import { REPORT_ERRORS } from './reports.errors';
import { checkMetrics, checkPeriod, MAX_DAILY_PERIOD_DAYS, type ReportPeriod } from './reports.schemas';
import { buildServiceReport, SERVICE_RANKINGS, type ServiceReport } from './service-report.rules';

/**
 * The management reports. Every figure comes from the aggregates the stream consumer maintains
 * (functions/streams): one Query per time bucket (or per bucket run for one rep) of the scope's rows,
 * so reads grow with reps × buckets returned, never with customers, follow-ups or orders.
 */
export interface ReportRequest extends ReportPeriod, OrgUnit {}

const periodOf = (r: ReportRequest, maxDays?: number, hint?: string) => checkPeriod({ from: r.from, to: r.to }, maxDays, hint);

const COMPANY_PATH = childPath(undefined, ROOT_DEPARTMENT_ID);

/** Figures of a scope: one rep's rows, else the department-total row of the subtree (or the company) per bucket. */
function totalsOf(ctx: ServiceContext, family: Family, runs: readonly BucketRun[] | readonly string[], scope: AggregateScope): Promise<AggregateRow[]> {
  if (scope.kind === 'OWNER') return ctx.repos.aggregates.rows(family, runs, scope);
  return ctx.repos.aggregates.totals(family, runs, scope.kind === 'SUBTREE' ? scope.path : COMPANY_PATH);
}

/** 五级分类 counts now and transitions between levels in the period. */
export async function buyingStatusReport(ctx: ServiceContext, request: ReportRequest): Promise<BuyingStatusReport> {
  const period = periodOf(request);
  const { scope } = await resolveReportScope(ctx, request);
  const [snapshot, events] = await Promise.all([
    totalsOf(ctx, FAMILY.customers, [SNAPSHOT_BUCKET], scope),
    totalsOf(ctx, FAMILY.customerEvents, coveringBuckets(period.from, period.to, 'months'), scope),
  ]);
  return buildBuyingStatusReport(snapshot, events);
}

/** Customers per lifecycle stage now, pool size, and new customers, claims, releases, reclaims, transfers in the period. */
export async function lifecycleReport(ctx: ServiceContext, request: ReportRequest): Promise<LifecycleReport> {
  const period = periodOf(request);
  const { scope } = await resolveReportScope(ctx, request);
  const [snapshot, pools, events] = await Promise.all([
    totalsOf(ctx, FAMILY.customers, [SNAPSHOT_BUCKET], scope),
    ctx.repos.aggregates.rowsUnder(FAMILY.customers, SNAPSHOT_BUCKET, POOL_PATH),
    totalsOf(ctx, FAMILY.customerEvents, coveringBuckets(period.from, period.to, 'months'), scope),
  ]);
  return buildLifecycleReport(snapshot, pools, events);
}

/** Value grades now and the Pareto view of contracted revenue per customer. */
export async function valueGradeReport(ctx: ServiceContext, unit: OrgUnit, currency: string): Promise<ValueGradeReport> {
  const { scope } = await resolveReportScope(ctx, unit);
  const [snapshot, revenue] = await Promise.all([
    totalsOf(ctx, FAMILY.customers, [SNAPSHOT_BUCKET], scope),
    totalsOf(ctx, FAMILY.revenue, [SNAPSHOT_BUCKET], scope),
  ]);
  return buildValueGradeReport(snapshot, revenue, currency);
}

/** Rep KPIs per day, week or month: follow-ups by type, valid and invalid, new customers. */
export async function repActivityReport(ctx: ServiceContext, request: ReportRequest, granularity: Granularity, metrics?: readonly string[] | null): Promise<ActivityReport> {
  const chosen = checkMetrics(metrics, ACTIVITY_METRICS);
  const period = granularity === 'MONTH' ? periodOf(request) : periodOf(request, MAX_DAILY_PERIOD_DAYS, '（按日或按周统计时；更长的期间请按月统计）');
  const { scope, path } = await resolveReportScope(ctx, request);
  const runs = coveringBuckets(period.from, period.to, granularity === 'MONTH' ? 'months' : 'days');
  const { repos } = ctx;
  const [followUps, customerEvents, reps] = await Promise.all([
    needsFamily(chosen, 'FU') ? repos.aggregates.rows(FAMILY.followUps, runs, scope) : [],
    needsFamily(chosen, 'CUSTEV') ? repos.aggregates.rows(FAMILY.customerEvents, runs, scope) : [],
    scope.kind === 'OWNER' ? [scope.userId] : repos.users.listByPath(path).then((users) => users.filter((u) => u.role === 'REP' || u.role === 'MANAGER').map((u) => u.id)),
  ]);
  return buildActivityReport({ granularity, metrics: chosen, followUps, customerEvents, repIds: reps });
}

/** The funnel of a period: open pipeline per stage now, cohort conversion and time per stage in the period. */
export async function funnelReport(ctx: ServiceContext, request: ReportRequest, currency: string): Promise<FunnelReport> {
  const period = periodOf(request);
  const { scope } = await resolveReportScope(ctx, request);
  const [settings, snapshot, events] = await Promise.all([
    ctx.repos.salesSettings.get(),
    totalsOf(ctx, FAMILY.opportunities, [SNAPSHOT_BUCKET], scope),
    totalsOf(ctx, FAMILY.opportunityEvents, coveringBuckets(period.from, period.to, 'months'), scope),
  ]);
  return buildFunnelReport(settings.stages, snapshot, events, currency);
}

/** Open instalments by days past due as of a date (default today): at most 7 Queries whatever the number of instalments. */
export async function receivablesAgingReport(ctx: ServiceContext, unit: OrgUnit, currency: string, asOf?: string | null): Promise<AgingReport> {
  const date = asOf ? checkPeriod({ from: asOf, to: asOf }).from : localDay(ctx.clock.now(), ctx.settings.timeZone);
  const { scope } = await resolveReportScope(ctx, unit, ['FINANCE']);
  const rows = await ctx.repos.aggregates.rows(FAMILY.receivables, agingBuckets(date), scope);
  return buildAgingReport(rows, date, currency);
}

/** Tickets opened in the period by type and status, response times, satisfaction, and the service staff ranking. */
export async function serviceReport(ctx: ServiceContext, request: ReportRequest, rankBy?: string | null): Promise<ServiceReport> {
  const [ranking] = checkMetrics(rankBy ? [rankBy] : ['RESOLVED'], SERVICE_RANKINGS);
  const period = periodOf(request);
  if (ctx.actor.role === 'FINANCE') throw new CrmError(REPORT_ERRORS.forbidden, { report: '服务报表' });
  const { scope } = await resolveReportScope(ctx, request);
  const runs = coveringBuckets(period.from, period.to, 'months');
  // The ranking returns staff, so it reads their rows; the totals come from the department rows.
  const [totals, staff] = await Promise.all([
    scope.kind === 'OWNER' ? Promise.resolve(undefined) : totalsOf(ctx, FAMILY.service, runs, scope),
    ctx.repos.aggregates.rows(FAMILY.service, runs, scope),
  ]);
  return buildServiceReport(totals ?? staff, staff, ranking!);
}
