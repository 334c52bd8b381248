import { weighted } from '../../domain/money/money';
import type { Product } from '../../domain/products/product.types';
import type { Forecast, ForecastFigures, Funnel } from '../../domain/pipeline/funnel.rules';
import { isStalled, timeInStages } from '../../domain/pipeline/opportunity.rules';
import {
  closeOpportunity,
  createOpportunity,
  getOpportunityOrThrow,
  listOpportunities,
  moveOpportunityStage,
  stalledOpportunities,
  updateOpportunity,
} from '../../domain/pipeline/opportunity.service';
import { pipelineFunnel, salesForecast } from '../../domain/pipeline/pipeline-reports.service';
import {
  CloseOpportunityInput,
  CreateOpportunityInput,
  ForecastPeriod,
  MoveStageInput,
  OpportunityFilter,
  PIPELINE_LABELS,
  ReportFilter,
  SalesSettingsInput,
  UpdateOpportunityInput,
} from '../../domain/pipeline/pipeline.schemas';
import { getSalesSettings, updateSalesSettings } from '../../domain/pipeline/sales-settings.service';
import { DAY_MS } from '../../domain/shared/clock';
import { parseInput } from '../../domain/shared/validation';
import type { ApiContext } from '../context';
import type { Resolvers } from '../generated/resolvers-types';
import { cursorScope, decodeAfter, pageSize, toConnection } from '../pagination';
import { customerSummary, money, requiredUserRef, salesLoaders, stageOf, userRef, withoutNulls } from './sales-loaders';

const parse = <S extends Parameters<typeof parseInput>[0]>(schema: S, raw: unknown, ctx: ApiContext) =>
  parseInput(schema, withoutNulls(raw), ctx.runtime.locale, PIPELINE_LABELS);

const days = (ms: number) => Math.round((ms / DAY_MS) * 10) / 10;

function presentFigures(f: ForecastFigures) {
  return {
    openCount: f.openCount,
    openAmount: money(f.openAmount),
    weightedAmount: money(f.weightedAmount),
    wonCount: f.wonCount,
    wonAmount: money(f.wonAmount),
    forecastAmount: money(f.forecastAmount),
  };
}

function presentFunnel(f: Funnel) {
  return {
    currency: f.currency,
    stages: f.stages.map((s) => ({ ...s, amount: money(s.amount), weightedAmount: money(s.weightedAmount) })),
    openCount: f.openCount,
    openAmount: money(f.openAmount),
    weightedAmount: money(f.weightedAmount),
    won: { count: f.won.count, amount: money(f.won.amount) },
    lost: { count: f.lost.count, amount: money(f.lost.amount) },
    winRate: f.winRate,
  };
}

async function presentForecast(ctx: ApiContext, f: Forecast) {
  return {
    currency: f.currency,
    from: f.from,
    to: f.to,
    total: presentFigures(f.total),
    byMonth: f.byMonth.map((m) => ({ month: m.month, figures: presentFigures(m.figures) })),
    byRep: await Promise.all(f.byOwner.map(async (o) => ({ owner: await requiredUserRef(ctx, o.ownerId), figures: presentFigures(o.figures) }))),
    byDepartment: await Promise.all(
      f.byDepartment.map(async (d) => ({ department: (await ctx.runtime.repos.departments.get(d.departmentId)) ?? null, figures: presentFigures(d.figures) })),
    ),
  };
}

export const pipelineResolvers: Resolvers = {
  Query: {
    salesSettings: (_, __, ctx) => getSalesSettings(ctx.service()),
    opportunity: (_, { id }, ctx) => getOpportunityOrThrow(ctx.service(), id),
    opportunities: async (_, { filter, first, after }, ctx) => {
      const clean = parse(OpportunityFilter, filter ?? {}, ctx);
      const scope = cursorScope(ctx, 'opportunities', clean);
      const page = await listOpportunities(ctx.service(), clean, pageSize(first), decodeAfter(ctx, after, scope));
      return toConnection(ctx, page, scope);
    },
    stalledOpportunities: async (_, { filter }, ctx) => stalledOpportunities(ctx.service(), parse(ReportFilter, filter ?? {}, ctx)),
    funnel: async (_, { filter }, ctx) => presentFunnel(await pipelineFunnel(ctx.service(), parse(ReportFilter, filter ?? {}, ctx))),
    forecast: async (_, { from, to, filter }, ctx) =>
      presentForecast(ctx, await salesForecast(ctx.service(), parse(ReportFilter, filter ?? {}, ctx), parse(ForecastPeriod, { from, to }, ctx))),
  },
  Mutation: {
    createOpportunity: (_, { input }, ctx) => createOpportunity(ctx.service(), parse(CreateOpportunityInput, input, ctx)),
    updateOpportunity: (_, { id, input }, ctx) => updateOpportunity(ctx.service(), id, parse(UpdateOpportunityInput, input, ctx)),
    moveOpportunityStage: (_, { id, input }, ctx) => moveOpportunityStage(ctx.service(), id, parse(MoveStageInput, input, ctx)),
    closeOpportunity: (_, { id, input }, ctx) => closeOpportunity(ctx.service(), id, parse(CloseOpportunityInput, input, ctx)),
    updateSalesSettings: (_, { input }, ctx) => updateSalesSettings(ctx.service(), parse(SalesSettingsInput, input, ctx)),
  },
  SalesSettings: {
    orderApprovalThreshold: (s) => money(s.orderApprovalThreshold),
  },
  CustomerSummary: {
    code: async (r, _, ctx) => (await customerSummary(ctx, r)).code,
    name: async (r, _, ctx) => (await customerSummary(ctx, r)).name,
  },
  Opportunity: {
    customer: (o) => ({ id: o.customerId }),
    products: async (o, _, ctx) => {
      const products = await salesLoaders(ctx).products.loadMany(o.productIds);
      return products.filter((p): p is Product => p !== undefined && !(p instanceof Error));
    },
    expectedAmount: (o) => money(o.expectedAmount),
    owner: (o, _, ctx) => requiredUserRef(ctx, o.ownerId),
    stage: async (o, _, ctx) => stageOf(await salesLoaders(ctx).settings(), o.stageId),
    daysInStage: (o, _, ctx) => days(Math.max(0, Date.parse(o.closedAt ?? ctx.runtime.clock.now().toISOString()) - Date.parse(o.stageEnteredAt))),
    stalled: async (o, _, ctx) => isStalled(o, await salesLoaders(ctx).settings(), ctx.runtime.clock.now()),
    weightedAmount: async (o, _, ctx) =>
      money(o.status === 'WON' ? o.expectedAmount : o.status === 'LOST' ? 0 : weighted(o.expectedAmount, stageOf(await salesLoaders(ctx).settings(), o.stageId).winProbability)),
    timeInStages: async (o, _, ctx) => {
      const settings = await salesLoaders(ctx).settings();
      const spent = timeInStages(o, o.closedAt ?? ctx.runtime.clock.now().toISOString());
      return [...spent.entries()].map(([stageId, ms]) => ({ stage: stageOf(settings, stageId), days: days(ms) }));
    },
  },
  StageVisit: {
    stage: async (v, _, ctx) => stageOf(await salesLoaders(ctx).settings(), v.stageId),
    by: (v, _, ctx) => userRef(ctx, v.by),
  },
};
