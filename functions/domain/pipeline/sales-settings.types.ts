import type { Fen } from '../money/money';

/** A pipeline stage as the company configures it; `order` sorts the funnel, `winProbability` is a whole percent. */
export interface PipelineStage {
  id: string;
  name: string;
  order: number;
  winProbability: number;
}

/** Per-company rules of the sales modules (pipeline, orders, money), editable by admins. */
export interface SalesSettings {
  stages: PipelineStage[];
  /** An open opportunity whose stage has not changed for this many days is stalled. */
  stalledAfterDays: number;
  /** Orders above this total need a manager's approval before signing. */
  orderApprovalThreshold: Fen;
  /** The owner is reminded this many days before an instalment is due, and again on the day. */
  paymentReminderDaysBefore: number;
  /** Local hour at which payment reminders go out. */
  paymentReminderHour: number;
  /** 0 while the defaults were never saved. */
  version: number;
  updatedAt?: string;
  updatedBy?: string;
}

/** Closed opportunities are counted in these buckets next to the configured stages. */
export const CLOSED_BUCKETS = ['WON', 'LOST'] as const;

const DEFAULT_STAGE_NAMES: [string, number][] = [
  ['初次接触', 10],
  ['兴趣激发', 20],
  ['会见决策者', 30],
  ['确定需求', 40],
  ['产品演示', 50],
  ['递交建议书', 60],
  ['口头同意', 80],
  ['签约', 90],
];

export const DEFAULT_SALES_SETTINGS: SalesSettings = {
  stages: DEFAULT_STAGE_NAMES.map(([name, winProbability], i) => ({ id: `S${i + 1}`, name, order: i + 1, winProbability })),
  stalledAfterDays: 14,
  orderApprovalThreshold: 5_000_000,
  paymentReminderDaysBefore: 30,
  paymentReminderHour: 9,
  version: 0,
};
