import { describe, expect, it, inject } from 'vitest';
import { formatLoadReport, runLoad } from '../support/load-engine';

/** The load test in short (`npm run load` is the full minute with 50 clients). */
describe('short load run over HTTP', () => {
  it('mixed reads, writes, pool claims and sweeps: no unexpected error, no invariant violation', async () => {
    const report = await runLoad({ durationMs: 5_000, clients: 10, dynamoEndpoint: inject('dynamoEndpoint'), sweepEveryMs: 1_000, daysPerSweep: 8 });
    for (const line of formatLoadReport(report)) console.log(line);
    expect(report.requests).toBeGreaterThan(10);
    expect(report.samples).toEqual([]);
    expect(report.unexpectedErrors).toBe(0);
    expect(report.invariants.violations).toEqual([]);
    expect(report.invariants.items).toBeGreaterThan(50);
  }, 120_000);
});
