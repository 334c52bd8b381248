export const PLAN_PERIODS = ['DAY', 'WEEK', 'MONTH', 'QUARTER', 'YEAR'] as const;
export type PlanPeriod = (typeof PLAN_PERIODS)[number];

/** 计划: what a user intends to do over a period, and how far they got. */
export interface Plan {
  id: string;
  ownerId: string;
  ownerDeptPath: string;
  period: PlanPeriod;
  startDate: string;
  endDate: string;
  title: string;
  content: string;
  /** Percent done, 0–100. */
  completion: number;
  summary?: string;
  createdAt: string;
  updatedAt: string;
  version: number;
}

export const WORK_REPORT_KINDS = ['WEEKLY', 'MONTHLY'] as const;
export type WorkReportKind = (typeof WORK_REPORT_KINDS)[number];

/** 工作周报 / 月报: one per user and period, titled by the company convention. */
export interface WorkReport {
  id: string;
  ownerId: string;
  ownerDeptPath: string;
  kind: WorkReportKind;
  /** `2026-W47` or `2026-11`. */
  period: string;
  startDate: string;
  endDate: string;
  title: string;
  content: string;
  nextPlan?: string;
  createdAt: string;
  updatedAt: string;
  version: number;
}
