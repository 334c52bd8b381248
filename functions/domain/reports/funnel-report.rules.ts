import { DAY_MS } from '../shared/clock';
import type { PipelineStage } from '../pipeline/sales-settings.types';
import { sumCounter, type AggregateRow } from './aggregate.types';

export interface FunnelReportStage {
  stage: PipelineStage;
  /** Open deals in the stage now. */
  openCount: number;
  openAmount: number;
  /** Deals created in the period that reached this stage (so far). */
  reached: number;
  /** reached / reached of the previous stage, 4 decimals; null for the first stage or when nothing reached the previous one. */
  conversionFromPrevious: number | null;
  /** Stays in this stage that ended in the period, and their average length in days (1 decimal). */
  exits: number;
  averageDaysInStage: number | null;
}

export interface FunnelReport {
  currency: string;
  stages: FunnelReportStage[];
  created: number;
  createdAmount: number;
  won: number;
  wonAmount: number;
  lost: number;
  lostAmount: number;
  /** won / (won + lost) of the deals closed in the period. */
  winRate: number | null;
}

const ratio = (part: number, whole: number) => (whole > 0 ? Math.round((part / whole) * 10_000) / 10_000 : null);

/** Funnel of a period: today's open pipeline per stage, the period's cohort conversion, and time per stage. */
export function buildFunnelReport(stages: readonly PipelineStage[], snapshot: readonly AggregateRow[], events: readonly AggregateRow[], currency: string): FunnelReport {
  const ordered = [...stages].sort((a, b) => a.order - b.order);
  const rows = ordered.map((stage, i): FunnelReportStage => {
    const reached = sumCounter(events, `R:${stage.id}`);
    const previous = ordered[i - 1];
    const exits = sumCounter(events, `X:${stage.id}`);
    const dwell = sumCounter(events, `DW:${stage.id}`);
    return {
      stage,
      openCount: sumCounter(snapshot, `C:${stage.id}`),
      openAmount: sumCounter(snapshot, `A:${currency}:${stage.id}`),
      reached,
      conversionFromPrevious: previous ? ratio(reached, sumCounter(events, `R:${previous.id}`)) : null,
      exits,
      averageDaysInStage: exits > 0 ? Math.round((dwell / exits / DAY_MS) * 10) / 10 : null,
    };
  });
  const won = sumCounter(events, 'won');
  const lost = sumCounter(events, 'lost');
  return {
    currency,
    stages: rows,
    created: sumCounter(events, 'created'),
    createdAmount: sumCounter(events, `CA:${currency}`),
    won,
    wonAmount: sumCounter(events, `won:${currency}`),
    lost,
    lostAmount: sumCounter(events, `lost:${currency}`),
    winRate: ratio(won, won + lost),
  };
}
