/**
 * npm run load [-- --seconds=60 --clients=50 --max-requests=200000]
 * Starts the whole local CRM in memory on loopback, drives it over HTTP, then checks the table's
 * invariants. Exits non-zero on an unexpected error or an invariant violation.
 */
import { formatLoadReport, runLoad } from '../test/support/load-engine';

function flag(name: string, fallback: number): number {
  const raw = process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
  const value = raw === undefined ? fallback : Number(raw);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`--${name} must be a positive number`);
  return value;
}

const report = await runLoad({
  durationMs: flag('seconds', 60) * 1000,
  clients: flag('clients', 50),
  maxRequests: flag('max-requests', 200_000),
  sweepEveryMs: flag('sweep-every-ms', 3000),
  daysPerSweep: flag('days-per-sweep', 2),
  log: (line) => console.log(line),
});
for (const line of formatLoadReport(report)) console.log(line);
process.exit(report.unexpectedErrors === 0 && report.invariants.violations.length === 0 ? 0 : 1);
