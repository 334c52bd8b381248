import type { Fen } from '../money/money';

export const TARGET_METRICS = ['SIGNED', 'RECEIVED'] as const;
export type TargetMetric = (typeof TARGET_METRICS)[number];

export const TARGET_SUBJECTS = ['REP', 'DEPARTMENT'] as const;
export type TargetSubjectKind = (typeof TARGET_SUBJECTS)[number];

export type TargetPeriodKind = 'MONTH' | 'QUARTER' | 'YEAR';

/** 销售任务: how much a rep or a department should sign or collect in a month, quarter or year. */
export interface Target {
  subjectKind: TargetSubjectKind;
  /** User id (REP) or department id (DEPARTMENT). */
  subjectId: string;
  /** The department path of the department, or of the rep when the target was set. */
  subjectPath: string;
  /** `2026-03`, `2026-Q1` or `2026`. */
  period: string;
  periodKind: TargetPeriodKind;
  metric: TargetMetric;
  currency: string;
  amount: Fen;
  /** The department whose target this one was split from (分解). */
  splitFrom?: string;
  setBy: string;
  updatedAt: string;
  version: number;
}

export const subjectKeyOf = (t: Pick<Target, 'subjectKind' | 'subjectId'>) => `${t.subjectKind === 'REP' ? 'R' : 'D'}#${t.subjectId}`;
