import type { TestClock } from '../functions/domain/shared/clock';
import { onDynamoCall, type DynamoCall } from '../functions/store/instrumentation';
import type { SweepEvent } from '../functions/sweeps/sweep-event';
import { sum } from './stats';

/** Command names as the DynamoDB client reports them (the document client wraps these). */
const READS = new Set(['GetItemCommand', 'QueryCommand', 'BatchGetItemCommand', 'ScanCommand', 'TransactGetItemsCommand']);

export interface SweepRun {
  sweep: 'expiry' | 'reminders';
  /** What the run shows: the first run's look-back, then empty table → not-due only → due items. */
  role: 'catch-up' | 'empty' | 'none-due' | 'due' | 'drain';
  label: string;
  /** Customers in the table and how many of them are due at the sweep's time. */
  tableCustomers: number;
  due: number;
  at: string;
  status: 'measured' | 'pending' | 'failed';
  reason?: string;
  ms?: number;
  readCalls?: number;
  writeCalls?: number;
  scans?: number;
  readUnits?: number;
  writeUnits?: number;
  commands?: Record<string, number>;
  /** Items the sweep acted on (customers reclaimed or warned, messages sent), from its own result. */
  processed?: number;
  result?: unknown;
}

function processedBy(result: unknown): number | undefined {
  const r = result as { reclaimed?: number; warned?: number; sent?: number } | undefined;
  if (r?.reclaimed !== undefined) return r.reclaimed + (r.warned ?? 0);
  return r?.sent;
}

/** One invocation of a sweep handler at `at`, with every DynamoDB call it made. */
export async function runSweep(
  handler: (event: SweepEvent) => Promise<unknown>,
  event: SweepEvent,
  clock: TestClock,
  run: Omit<SweepRun, 'status' | 'at'>,
): Promise<SweepRun> {
  clock.moveTo(new Date(event.time));
  const calls: DynamoCall[] = [];
  const stop = onDynamoCall((c) => calls.push(c));
  const started = performance.now();
  let result: unknown;
  try {
    result = await handler(event);
  } catch (error) {
    return { ...run, at: event.time, status: 'failed', reason: (error as Error).message };
  } finally {
    stop();
  }
  const ms = performance.now() - started;
  const commands: Record<string, number> = {};
  for (const c of calls) commands[c.command] = (commands[c.command] ?? 0) + 1;
  const reads = calls.filter((c) => READS.has(c.command));
  return {
    ...run,
    at: event.time,
    // A placeholder handler touches no data; measuring it would pass the budget by doing nothing.
    status: calls.length === 0 ? 'pending' : 'measured',
    reason: calls.length === 0 ? 'handler made no DynamoDB call: still a placeholder' : undefined,
    ms,
    readCalls: reads.length,
    writeCalls: calls.length - reads.length,
    scans: calls.filter((c) => c.command === 'ScanCommand').length,
    readUnits: sum(calls.map((c) => c.readUnits)),
    writeUnits: sum(calls.map((c) => c.writeUnits)),
    commands,
    processed: processedBy(result),
    result,
  };
}
