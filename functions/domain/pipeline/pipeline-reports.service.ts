import { monthsBetween } from '../money/local-time';
import { CrmError } from '../shared/errors';
import type { ServiceContext } from '../shared/service-context';
import { buildForecast, buildFunnel, type Forecast, type Funnel } from './funnel.rules';
import { PIPELINE_ERRORS } from './pipeline.errors';
import type { ForecastPeriod, ReportFilter } from './pipeline.schemas';
import { salesScopeFor } from './sales-scope';

const MAX_FORECAST_MONTHS = 24;

/** The funnel of a rep, a department subtree or the company, from counters: reads grow with reps × stages, not deals. */
export async function pipelineFunnel(ctx: ServiceContext, filter: ReportFilter): Promise<Funnel> {
  const scope = await salesScopeFor(ctx, filter);
  const [rows, settings] = await Promise.all([ctx.repos.salesCounters.funnel(scope), ctx.repos.salesSettings.get()]);
  return buildFunnel(rows, settings, filter.currency);
}

/** Won plus probability-weighted open amounts per month, rep and department, by expected close month. */
export async function salesForecast(ctx: ServiceContext, filter: ReportFilter, period: ForecastPeriod): Promise<Forecast> {
  const months = period.from <= period.to ? monthsBetween(period.from, period.to) : [];
  if (months.length === 0 || months.length > MAX_FORECAST_MONTHS) throw new CrmError(PIPELINE_ERRORS.badPeriod);
  const scope = await salesScopeFor(ctx, filter);
  const [rows, settings] = await Promise.all([ctx.repos.salesCounters.forecast(scope, filter.currency, months), ctx.repos.salesSettings.get()]);
  return buildForecast(rows, settings, filter.currency, months);
}
