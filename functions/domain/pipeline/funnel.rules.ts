import { DAY_MS } from '../shared/clock';
import { weighted, type Fen } from '../money/money';
import type { PipelineStage, SalesSettings } from './sales-settings.types';

/** One stored counter as the funnel and forecast read it. */
export interface CounterRow {
  ownerId: string;
  ownerDeptPath: string;
  currency: string;
  bucket: string;
  month?: string;
  count: number;
  amount: Fen;
  reached: number;
  exits: number;
  dwellMs: number;
}

export interface FunnelStageRow {
  stage: PipelineStage;
  count: number;
  amount: Fen;
  weightedAmount: Fen;
  reached: number;
  /** Share of the deals that reached the previous stage and also reached this one (null for the first). */
  conversionFromPrevious: number | null;
  averageDaysInStage: number | null;
}

export interface Funnel {
  currency: string;
  stages: FunnelStageRow[];
  openCount: number;
  openAmount: Fen;
  weightedAmount: Fen;
  won: { count: number; amount: Fen };
  lost: { count: number; amount: Fen };
  winRate: number | null;
}

const ratio = (part: number, whole: number) => (whole > 0 ? Math.round((part / whole) * 10_000) / 10_000 : null);

export function buildFunnel(rows: readonly CounterRow[], settings: SalesSettings, currency: string): Funnel {
  const byBucket = new Map<string, CounterRow[]>();
  for (const row of rows) if (row.currency === currency) byBucket.set(row.bucket, [...(byBucket.get(row.bucket) ?? []), row]);
  const total = (bucket: string, field: 'count' | 'amount' | 'reached' | 'exits' | 'dwellMs') =>
    (byBucket.get(bucket) ?? []).reduce((sum, r) => sum + r[field], 0);
  const ordered = [...settings.stages].sort((a, b) => a.order - b.order);
  const stages = ordered.map((stage, i): FunnelStageRow => {
    const amount = total(stage.id, 'amount');
    const exits = total(stage.id, 'exits');
    const previous = ordered[i - 1];
    return {
      stage,
      count: total(stage.id, 'count'),
      amount,
      weightedAmount: weighted(amount, stage.winProbability),
      reached: total(stage.id, 'reached'),
      conversionFromPrevious: previous ? ratio(total(stage.id, 'reached'), total(previous.id, 'reached')) : null,
      averageDaysInStage: exits > 0 ? Math.round((total(stage.id, 'dwellMs') / exits / DAY_MS) * 10) / 10 : null,
    };
  });
  const won = { count: total('WON', 'count'), amount: total('WON', 'amount') };
  const lost = { count: total('LOST', 'count'), amount: total('LOST', 'amount') };
  return {
    currency,
    stages,
    openCount: stages.reduce((s, r) => s + r.count, 0),
    openAmount: stages.reduce((s, r) => s + r.amount, 0),
    weightedAmount: stages.reduce((s, r) => s + r.weightedAmount, 0),
    won,
    lost,
    winRate: ratio(won.count, won.count + lost.count),
  };
}

export interface ForecastFigures {
  openCount: number;
  openAmount: Fen;
  weightedAmount: Fen;
  wonCount: number;
  wonAmount: Fen;
  /** Won so far plus the weighted open pipeline. */
  forecastAmount: Fen;
}

export interface Forecast {
  currency: string;
  from: string;
  to: string;
  total: ForecastFigures;
  byMonth: { month: string; figures: ForecastFigures }[];
  byOwner: { ownerId: string; ownerDeptPath: string; figures: ForecastFigures }[];
  byDepartment: { departmentId: string; figures: ForecastFigures }[];
}

const emptyFigures = (): ForecastFigures => ({ openCount: 0, openAmount: 0, weightedAmount: 0, wonCount: 0, wonAmount: 0, forecastAmount: 0 });

function addRow(f: ForecastFigures, row: CounterRow, probability: Map<string, number>): void {
  if (row.bucket === 'WON') {
    f.wonCount += row.count;
    f.wonAmount += row.amount;
  } else {
    const p = probability.get(row.bucket);
    if (p === undefined) return;
    f.openCount += row.count;
    f.openAmount += row.amount;
    f.weightedAmount += weighted(row.amount, p);
  }
  f.forecastAmount = f.wonAmount + f.weightedAmount;
}

/** The department a counter belongs to: the last id of its owner's department path. */
export function departmentOfPath(path: string): string {
  const parts = path.split('/').filter(Boolean);
  return parts[parts.length - 1] ?? '';
}

export function buildForecast(rows: readonly CounterRow[], settings: SalesSettings, currency: string, months: readonly string[]): Forecast {
  const probability = new Map(settings.stages.map((s) => [s.id, s.winProbability]));
  const inPeriod = new Set(months);
  const total = emptyFigures();
  const byMonth = new Map(months.map((m) => [m, emptyFigures()]));
  const byOwner = new Map<string, { ownerId: string; ownerDeptPath: string; figures: ForecastFigures }>();
  const byDepartment = new Map<string, ForecastFigures>();
  for (const row of rows) {
    if (row.currency !== currency || !row.month || !inPeriod.has(row.month)) continue;
    addRow(total, row, probability);
    addRow(byMonth.get(row.month)!, row, probability);
    const owner = byOwner.get(row.ownerId) ?? { ownerId: row.ownerId, ownerDeptPath: row.ownerDeptPath, figures: emptyFigures() };
    addRow(owner.figures, row, probability);
    byOwner.set(row.ownerId, owner);
    const dept = departmentOfPath(row.ownerDeptPath);
    const deptFigures = byDepartment.get(dept) ?? emptyFigures();
    addRow(deptFigures, row, probability);
    byDepartment.set(dept, deptFigures);
  }
  return {
    currency,
    from: months[0] ?? '',
    to: months[months.length - 1] ?? '',
    total,
    byMonth: months.map((month) => ({ month, figures: byMonth.get(month)! })),
    byOwner: [...byOwner.values()].sort((a, b) => b.figures.forecastAmount - a.figures.forecastAmount),
    byDepartment: [...byDepartment.entries()].map(([departmentId, figures]) => ({ departmentId, figures })),
  };
}
