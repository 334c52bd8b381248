import type { ApiResult } from './api-bench';
import type { BundleSize } from './bundles';
import type { ColdStart } from './cold-start';
import type { SweepRun } from './sweep-bench';

/** The performance budget of issue #7, measured on the machine running the bench. */
export const BUDGET = {
  overheadRatio: 1.3,
  listPageQueries: 1,
  /** Round trips after the request's own auth lookup (caller + company settings, fetched together). */
  roundTripsAfterAuth: 2,
  /**
   * More calls of one command in flight at once than this is a fan-out: one call per child or per rep
   * (an N+1 in parallel). A few fixed parallel lists (an agenda's today/tomorrow/overdue) stay under it.
   */
  maxFanOut: 3,
  apiBundleKb: 800,
  sweepBundleKb: 300,
  coldStartMs: 250,
  peakRssMb: 256,
  /**
   * Expiry sweep: 10,000 due reclaims within one invocation of its 5-minute Lambda (infra/crm-stack.ts),
   * less the 20 s the sweep keeps in reserve before it stops taking new pages.
   */
  sweepDueTarget: 10_000,
  sweepWorkBudgetMs: 280_000,
} as const;

export interface Check {
  ok: boolean;
  /** Short reason when not ok: what was measured against which limit. */
  misses: string[];
}

const check = (misses: (string | false)[]): Check => {
  const found = misses.filter((m): m is string => m !== false);
  return { ok: found.length === 0, misses: found };
};

export function checkApi(r: ApiResult): Check | undefined {
  if (r.status !== 'measured') return undefined;
  const trips = r.roundTrips! - 1;
  const shaped = r.shape === 'list' || r.shape === 'object';
  return check([
    r.overheadRatio! > BUDGET.overheadRatio && `ratio ${r.overheadRatio!.toFixed(2)} > ${BUDGET.overheadRatio}`,
    r.shape === 'list' && r.queries !== BUDGET.listPageQueries && `${r.queries} Queries`,
    shaped && trips > BUDGET.roundTripsAfterAuth && `${trips} trips after auth`,
    shaped && r.fanOut! > BUDGET.maxFanOut && `fan-out ${r.fanOut}`,
    r.scans! > 0 && 'Scan',
  ]);
}

export function checkBundle(b: Pick<BundleSize, 'name' | 'kb'>): Check {
  const limit = b.name === 'api' ? BUDGET.apiBundleKb : BUDGET.sweepBundleKb;
  return check([b.kb > limit && `${b.kb.toFixed(0)} KB > ${limit} KB`]);
}

export function checkColdStart(c: ColdStart): Check {
  return check([c.medianMs > BUDGET.coldStartMs && `${c.medianMs.toFixed(0)} ms > ${BUDGET.coldStartMs} ms`]);
}

export function checkRss(mb: number): Check {
  return check([mb > BUDGET.peakRssMb && `${mb.toFixed(0)} MB > ${BUDGET.peakRssMb} MB`]);
}

export interface SweepVerdict {
  check: Check | undefined;
  /** Extra reads the not-due customers cost (should be 0), and read capacity and time per item the due run acted on. */
  notDueExtraReads?: number;
  notDueExtraReadUnits?: number;
  readUnitsPerDue?: number;
  msPerDue?: number;
  processed?: number;
  /** Invocations until the sweep found nothing more to do (the reminder sweep's SMS rate spreads big days). */
  invocationsToDrain?: number;
  /** Expiry sweep only: 10,000 due reclaims at the measured pace. */
  projectedMsFor10k?: number;
}

/** Reads proportional to due items: not-due customers add nothing; the expiry sweep also fits 10,000 due in one invocation. */
export function checkSweep(runs: SweepRun[]): SweepVerdict {
  const pick = (role: SweepRun['role']) => runs.find((r) => r.role === role);
  const [empty, noneDue, due] = [pick('empty'), pick('none-due'), pick('due')];
  if (!empty || !noneDue || !due || [empty, noneDue, due].some((r) => r.status !== 'measured')) return { check: undefined };
  const notDueExtraReads = noneDue.readCalls! - empty.readCalls!;
  const notDueExtraReadUnits = noneDue.readUnits! - empty.readUnits!;
  const processed = due.processed ?? due.due;
  const perDue = (n: number) => (processed > 0 ? n / processed : 0);
  const msPerDue = perDue(due.ms! - noneDue.ms!);
  const projectedMsFor10k = due.sweep === 'expiry' ? msPerDue * BUDGET.sweepDueTarget : undefined;
  return {
    notDueExtraReads,
    notDueExtraReadUnits,
    readUnitsPerDue: perDue(due.readUnits! - noneDue.readUnits!),
    msPerDue,
    processed,
    invocationsToDrain: 1 + runs.filter((r) => r.role === 'drain' && (r.writeCalls ?? 0) > 0).length,
    projectedMsFor10k,
    check: check([
      (notDueExtraReadUnits > 0 || notDueExtraReads > 0) && `${noneDue.tableCustomers} not-due add ${notDueExtraReads} reads / ${notDueExtraReadUnits} RCU`,
      runs.some((r) => (r.scans ?? 0) > 0) && 'Scan',
      projectedMsFor10k !== undefined && projectedMsFor10k > BUDGET.sweepWorkBudgetMs && `10k due ≈ ${(projectedMsFor10k / 1000).toFixed(0)} s > ${BUDGET.sweepWorkBudgetMs / 1000} s`,
    ]),
  };
}
