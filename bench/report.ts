import type { ApiResult } from './api-bench';
import { BUDGET, checkApi, checkBundle, checkColdStart, checkRss, checkSweep, type Check } from './budget';
import type { BundleSize } from './bundles';
import type { ColdStart } from './cold-start';
import type { BenchOptions } from './options';
import type { SweepRun } from './sweep-bench';

export interface BenchResults {
  at: string;
  command: string;
  machine: { cpus: number; cpuModel: string; memoryGb: number; node: string; loadAverage: { atStart: number; atEnd: number } };
  options: BenchOptions;
  api: ApiResult[];
  /** Peak RSS of the bench process, which runs the API handler in-process (seeding included: an upper bound). */
  apiPeakRssMb: number;
  sweeps: SweepRun[];
  bundles: Omit<BundleSize, 'file'>[];
  coldStart?: ColdStart;
  durationS: number;
}

type Cell = string | number;

function table(header: Cell[], rows: Cell[][]): string {
  const text = [header, ...rows].map((r) => r.map(String));
  const widths = header.map((_, i) => Math.max(...text.map((r) => r[i]?.length ?? 0)));
  const line = (r: string[]) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ').trimEnd();
  return [line(text[0]!), widths.map((w) => '-'.repeat(w)).join('  '), ...text.slice(1).map(line)].join('\n');
}

const ms = (n: number | undefined) => (n === undefined ? '' : n.toFixed(1));
const units = (n: number | undefined) => (n === undefined ? '' : Number.isInteger(n) ? String(n) : n.toFixed(1));
const verdict = (c: Check | undefined) => (c === undefined ? 'n/a' : c.ok ? 'ok' : `MISS: ${c.misses.join(', ')}`);

function apiTable(results: ApiResult[]): string {
  const rows = results.map((r) =>
    r.status === 'measured'
      ? [r.name, r.shape, ms(r.serverMs!.p50), ms(r.serverMs!.p95), ms(r.serverMs!.p99), ms(r.dynamoMs!.p50), r.overheadRatio!.toFixed(2), r.calls!, r.queries!, r.roundTrips!, r.fanOut!, units(r.readUnits), units(r.writeUnits), verdict(checkApi(r))]
      : [r.name, r.shape, '', '', '', '', '', '', '', '', '', '', '', `${r.status.toUpperCase()}: ${r.reason}`],
  );
  return table(['operation', 'shape', 'p50 ms', 'p95', 'p99', 'ddb p50', 'ratio', 'calls', 'Query', 'trips', 'fan', 'RCU', 'WCU', 'budget'], rows);
}

function sweepTable(runs: SweepRun[]): string {
  const rows = runs.map((r) =>
    r.status === 'measured'
      ? [`${r.sweep}: ${r.label}`, r.tableCustomers, r.due, ms(r.ms), r.readCalls!, r.writeCalls!, units(r.readUnits), units(r.writeUnits), JSON.stringify(r.result)]
      : [`${r.sweep}: ${r.label}`, r.tableCustomers, r.due, '', '', '', '', '', `${r.status.toUpperCase()}: ${r.reason}`],
  );
  return table(['sweep run', 'customers', 'due', 'ms', 'reads', 'writes', 'RCU', 'WCU', 'result'], rows);
}

function sweepVerdictLines(runs: SweepRun[]): string[] {
  return (['expiry', 'reminders'] as const).flatMap((sweep) => {
    const v = checkSweep(runs.filter((r) => r.sweep === sweep));
    if (!v.check) return [`${sweep} sweep budget: PENDING (placeholder or failed run)`];
    return [
      `${sweep} sweep budget: ${verdict(v.check)}`,
      `  not-due customers add ${v.notDueExtraReads} reads / ${v.notDueExtraReadUnits} RCU; per item acted on (${v.processed} in the due run): ${v.readUnitsPerDue!.toFixed(2)} RCU, ${v.msPerDue!.toFixed(1)} ms; invocations to finish: ${v.invocationsToDrain}`,
      ...(v.projectedMsFor10k === undefined
        ? []
        : [`  ${BUDGET.sweepDueTarget.toLocaleString('en')} due projected at ${(v.projectedMsFor10k / 1000).toFixed(0)} s (work budget of one invocation: ${BUDGET.sweepWorkBudgetMs / 1000} s)`]),
    ];
  });
}

function packagingLines(results: BenchResults): string[] {
  const lines = results.bundles.flatMap((b) => [
    `bundle ${b.name.padEnd(14)} ${b.kb.toFixed(0).padStart(5)} KB  ${verdict(checkBundle(b))}`,
    `  largest: ${b.largest.map((l) => `${l.source} ${l.kb.toFixed(0)}`).join(', ')} (KB)`,
  ]);
  const c = results.coldStart;
  if (c) {
    lines.push(
      `cold start (import + first request, median of ${c.runs}): ${c.medianMs.toFixed(0)} ms  ${verdict(checkColdStart(c))}`,
      `  import ${c.medianImportMs.toFixed(0)} ms, first request ${c.medianFirstRequestMs.toFixed(0)} ms; node boot ${c.medianNodeBootMs.toFixed(0)} ms; whole process ${c.medianProcessMs.toFixed(0)} ms`,
      `  of the import, the external AWS SDK alone (client-dynamodb, lib-dynamodb): ${c.medianSdkImportMs.toFixed(0)} ms`,
      `peak RSS, bundled API handler after ${c.loaded.requests} requests: ${c.loaded.maxRssMb.toFixed(0)} MB  ${verdict(checkRss(c.loaded.maxRssMb))}`,
    );
  }
  lines.push(`peak RSS of the whole bench process (tsx, seeding and harness included; not the budget's figure): ${results.apiPeakRssMb.toFixed(0)} MB`);
  return lines;
}

export function renderReport(results: BenchResults): string {
  const o = results.options;
  return [
    '',
    `machine: ${results.machine.cpus} CPUs, Node ${results.machine.node}; load average ${results.machine.loadAverage.atStart.toFixed(1)} at start, ${results.machine.loadAverage.atEnd.toFixed(1)} at end (other work on the machine inflates tails and cold start)`,
    `API: ${o.customers} customers, ${o.reps} reps; ${o.iterations} measured requests per operation after ${o.warmup} warm-up`,
    `ratio = server time / time with a DynamoDB call in flight (median of requests); trips = sequential round trips incl. auth; fan = most calls of one command in parallel (over ${BUDGET.maxFanOut} = one call per child)`,
    apiTable(results.api),
    '',
    sweepTable(results.sweeps),
    ...sweepVerdictLines(results.sweeps),
    '',
    ...packagingLines(results),
  ].join('\n');
}
