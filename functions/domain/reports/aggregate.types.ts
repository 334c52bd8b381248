/**
 * Report aggregates: counters per family, time bucket and owner, maintained from the table's stream
 * (functions/streams) and read by the reports with one Query per bucket (docs/data-model.md).
 */
export const FAMILY = {
  /** Snapshot of customers per owner (or pool): lifecycle, 五级分类, value grade. */
  customers: 'CUST',
  /** New customers per creator; claims, releases, reclaims, transfers; 五级分类 transitions. */
  customerEvents: 'CUSTEV',
  /** Follow-ups per author and day: by type, valid / invalid. */
  followUps: 'FU',
  /** Snapshot of open opportunities per owner: count and amount per stage. */
  opportunities: 'OPP',
  /** Opportunity cohorts (created, stages reached), stage exits with time spent, wins and losses. */
  opportunityEvents: 'OPPEV',
  /** Signed orders (by signing date) and payments received (by payment date). */
  sales: 'SALES',
  /** Open instalments by due date, as columns: row YEARS (per year), Y<yyyy> (per month), M<yyyy-mm> (per day). */
  receivables: 'RECV',
  /** Per owner: customers with contracted revenue and a histogram of their revenue (Pareto). */
  revenue: 'REV',
  /** Service tickets by creation day and assignee. */
  service: 'SVC',
} as const;

export type Family = (typeof FAMILY)[keyof typeof FAMILY];

export const RECEIVABLE_YEARS_BUCKET = 'YEARS';

/** Owner ids and paths of rows that belong to no rep. */
export const POOL_PATH = '~POOL/';
export const UNASSIGNED_PATH = '~UNASSIGNED/';
export const UNASSIGNED_OWNER = 'UNASSIGNED';
export const UNKNOWN_PATH = '~UNKNOWN/';
export const poolOwner = (poolId: string | undefined) => `POOL:${poolId ?? 'default'}`;
/** Owner id of a department-total row. */
export const DEPARTMENT_TOTAL = '*';

/**
 * Every rep's counters are also added to a total row of each department above the rep (each prefix of
 * the path), so a department's or the company's figures are one row per bucket, however many reps.
 */
export function withDepartmentTotals(deltas: readonly AggregateDelta[]): AggregateDelta[] {
  const out = [...deltas];
  for (const d of deltas) {
    if (d.path.startsWith('~') || d.ownerId === DEPARTMENT_TOTAL) continue;
    const parts = d.path.split('/').filter(Boolean);
    for (let i = 1; i <= parts.length; i++) out.push({ ...d, ownerId: DEPARTMENT_TOTAL, path: `/${parts.slice(0, i).join('/')}/` });
  }
  return out;
}

/** Counter increments of one aggregate row. */
export interface AggregateDelta {
  family: Family;
  bucket: string;
  ownerId: string;
  path: string;
  add: Record<string, number>;
}

/** An aggregate row as read. */
export interface AggregateRow {
  family: Family;
  bucket: string;
  ownerId: string;
  path: string;
  counters: Record<string, number>;
}

/** Which rows a report reads: one rep's, a department subtree's, the company's, or the pools'. */
export type AggregateScope = { kind: 'ALL' } | { kind: 'SUBTREE'; path: string } | { kind: 'OWNER'; userId: string };

export const counter = (row: { counters: Record<string, number> } | undefined, name: string) => row?.counters[name] ?? 0;

export function sumCounter(rows: readonly AggregateRow[], name: string): number {
  return rows.reduce((sum, r) => sum + (r.counters[name] ?? 0), 0);
}

/** Rows of reps (and departments), not of pools or unassigned work. */
export const isPersonRow = (row: AggregateRow) => !row.path.startsWith('~');
