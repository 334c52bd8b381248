import type { DynamoCall } from '../functions/store/instrumentation';

/** Nearest-rank percentile of an unsorted sample. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))]!;
}

export const median = (values: readonly number[]) => percentile(values, 50);

export function sum(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0);
}

interface Interval {
  start: number;
  end: number;
}

const intervalOf = (c: DynamoCall): Interval => ({ start: c.endedAt - c.ms, end: c.endedAt });

/** Wall time during which at least one DynamoDB call was in flight: parallel calls count once. */
export function dynamoWallMs(calls: readonly DynamoCall[]): number {
  const sorted = calls.map(intervalOf).sort((a, b) => a.start - b.start);
  let total = 0;
  let current: Interval | undefined;
  for (const i of sorted) {
    if (current && i.start <= current.end) current.end = Math.max(current.end, i.end);
    else {
      if (current) total += current.end - current.start;
      current = { ...i };
    }
  }
  return current ? total + current.end - current.start : total;
}

/**
 * Sequential round trips: the longest chain of calls each starting after the previous one ended.
 * Calls that overlap (Promise.all, one DataLoader batch) count as one trip. Greedy by end time is exact.
 */
export function sequentialDepth(calls: readonly DynamoCall[]): number {
  const byEnd = calls.map(intervalOf).sort((a, b) => a.end - b.end);
  let depth = 0;
  let lastEnd = -Infinity;
  for (const i of byEnd) {
    if (i.start >= lastEnd) {
      depth++;
      lastEnd = i.end;
    }
  }
  return depth;
}

/** Most calls of one command in flight at the same instant: a fan-out of point lookups is an N+1 in parallel. */
export function maxFanOut(calls: readonly DynamoCall[]): number {
  let widest = 0;
  for (const command of new Set(calls.map((c) => c.command))) {
    const edges = calls
      .filter((c) => c.command === command)
      .flatMap((c) => [
        { at: c.endedAt - c.ms, delta: 1 },
        { at: c.endedAt, delta: -1 },
      ])
      .sort((a, b) => a.at - b.at || a.delta - b.delta);
    let inFlight = 0;
    for (const e of edges) widest = Math.max(widest, (inFlight += e.delta));
  }
  return widest;
}
