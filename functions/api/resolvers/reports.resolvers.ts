import { formatFen } from '../../domain/money/money';
import {
  buyingStatusReport,
  funnelReport,
  lifecycleReport,
  receivablesAgingReport,
  repActivityReport,
  serviceReport,
  valueGradeReport,
} from '../../domain/reports/reports.service';
import type { Resolvers } from '../generated/resolvers-types';
import { requiredUserRef } from './sales-loaders';

const CURRENCY = 'CNY';

export const reportResolvers: Resolvers = {
  Query: {
    buyingStatusReport: (_, { input }, ctx) => buyingStatusReport(ctx.service(), input),
    lifecycleReport: (_, { input }, ctx) => lifecycleReport(ctx.service(), input),
    valueGradeReport: (_, { unit, currency }, ctx) => valueGradeReport(ctx.service(), unit ?? {}, currency ?? CURRENCY),
    repActivityReport: (_, { input, granularity, metrics }, ctx) => repActivityReport(ctx.service(), input, granularity, metrics),
    funnelReport: (_, { input, currency }, ctx) => funnelReport(ctx.service(), input, currency ?? CURRENCY),
    receivablesAgingReport: (_, { unit, currency, asOf }, ctx) => receivablesAgingReport(ctx.service(), unit ?? {}, currency ?? CURRENCY, asOf),
    serviceReport: (_, { input, rankBy }, ctx) => serviceReport(ctx.service(), input, rankBy),
  },
  ParetoView: {
    totalRevenue: (p) => formatFen(p.totalRevenue),
    topRevenue: (p) => formatFen(p.topRevenue),
  },
  RepActivityRow: {
    rep: (r, _, ctx) => requiredUserRef(ctx, r.userId),
  },
  RepActivityTotal: {
    rep: (r, _, ctx) => requiredUserRef(ctx, r.userId),
  },
  FunnelReport: {
    createdAmount: (f) => formatFen(f.createdAmount),
    wonAmount: (f) => formatFen(f.wonAmount),
    lostAmount: (f) => formatFen(f.lostAmount),
  },
  FunnelReportStage: {
    openAmount: (s) => formatFen(s.openAmount),
  },
  ReportAgingAmounts: {
    notDue: (a) => formatFen(a.notDue),
    days1To30: (a) => formatFen(a.days1To30),
    days31To60: (a) => formatFen(a.days31To60),
    days61To90: (a) => formatFen(a.days61To90),
    daysOver90: (a) => formatFen(a.daysOver90),
    total: (a) => formatFen(a.total),
  },
  RepAging: {
    rep: (r, _, ctx) => requiredUserRef(ctx, r.userId),
  },
  ServiceStaffRank: {
    staff: (r, _, ctx) => requiredUserRef(ctx, r.userId),
  },
};
