import { ProvisionedThroughputExceededException, TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import type { Store } from './client';

/**
 * TEST-ONLY: a middleware on the document client that makes DynamoDB misbehave on purpose, and
 * watches which writes really happened. Nothing in the deployed or local runtime installs it.
 *
 * It sits inside the SDK's retry loop (finalizeRequest step, low priority), so throttling is retried
 * by the SDK like a real ProvisionedThroughputExceededException, while transaction conflicts go back
 * to our own retry in transactions.ts — exactly the paths real faults take.
 */
export interface FaultPlan {
  /** Throttle (ProvisionedThroughputExceededException) the next k matching calls. */
  throttle?: number;
  /** Cancel the next k transactions with reason TransactionConflict. */
  conflict?: number;
  /** Let k more writes through, then fail every later write (a process killed midway). */
  crashAfterWrites?: number;
  /** The next k matching writes succeed but their response is lost (a timeout), so the SDK sends them again. */
  loseResponse?: number;
  /** Only calls whose command name matches (default: all). */
  commands?: RegExp;
}

export interface FaultStats {
  calls: number;
  injected: number;
  throttled: number;
  conflicts: number;
  lostResponses: number;
  crashed: number;
  /** Writes that reached DynamoDB and succeeded. */
  writesSucceeded: number;
  /** Calls that succeeded after the SDK retried them, and the delay the SDK waited in total. */
  retriedCalls: number;
  retryDelayMs: number;
  /** The last writes that succeeded (command and first key), for failure messages. */
  recentWrites: string[];
}

export interface FaultInjector {
  readonly stats: FaultStats;
  plan(plan: FaultPlan): void;
  clear(): void;
  remove(): void;
  /** The writes (command and first key) that succeeded since `writesSucceeded` was `count`. */
  writesSince(count: number): string[];
}

/** Simulated crash: not retryable, not a DynamoDB error — the process "died" before this write. */
export class InjectedCrash extends Error {
  constructor(command: string) {
    super(`injected crash before ${command}`);
    this.name = 'InjectedCrash';
  }
}

export const WRITE_COMMAND = /^(Put|Update|Delete|TransactWrite|BatchWrite)/;

let installed = 0;

function firstKey(input: unknown): string {
  const i = input as { Item?: { PK?: unknown; SK?: unknown }; Key?: { PK?: unknown; SK?: unknown }; TransactItems?: Record<string, { Item?: { PK?: unknown }; Key?: { PK?: unknown } }>[] };
  const key = i.Item ?? i.Key ?? Object.values(i.TransactItems?.[0] ?? {})[0]?.Item ?? Object.values(i.TransactItems?.[0] ?? {})[0]?.Key;
  const pk = key?.PK as { S?: string } | string | undefined;
  return `${typeof pk === 'object' ? String(pk.S) : String(pk ?? '?')}${i.TransactItems ? ` (+${i.TransactItems.length - 1})` : ''}`;
}

export interface FaultOptions {
  /**
   * Calls whose first key matches are left alone and not counted: work that runs beside the
   * request under test (the local stack's stream poller writing report aggregates, AGG…).
   */
  ignoreKeys?: RegExp;
}

export function injectFaults(store: Store, initial: FaultPlan = {}, options: FaultOptions = {}): FaultInjector {
  const name = `crmFaultInjection${installed++}`;
  const observer = `${name}Observer`;
  let current: FaultPlan = { ...initial };
  let writesLeft = current.crashAfterWrites;
  const stats: FaultStats = { calls: 0, injected: 0, throttled: 0, conflicts: 0, lostResponses: 0, crashed: 0, writesSucceeded: 0, retriedCalls: 0, retryDelayMs: 0, recentWrites: [] };

  store.doc.middlewareStack.add(
    (next, context) => async (args) => {
      const command = context.commandName ?? 'unknown';
      if (options.ignoreKeys?.test(firstKey(args.input))) return next(args);
      stats.calls++;
      const matches = !current.commands || current.commands.test(command);
      const isWrite = WRITE_COMMAND.test(command);
      if (matches && isWrite && writesLeft !== undefined) {
        if (writesLeft <= 0) {
          stats.injected++;
          stats.crashed++;
          throw new InjectedCrash(command);
        }
      }
      if (matches && (current.throttle ?? 0) > 0) {
        current.throttle! -= 1;
        stats.injected++;
        stats.throttled++;
        throw new ProvisionedThroughputExceededException({ message: 'injected: throughput exceeded', $metadata: { httpStatusCode: 400 } });
      }
      if (matches && command.startsWith('TransactWrite') && (current.conflict ?? 0) > 0) {
        current.conflict! -= 1;
        stats.injected++;
        stats.conflicts++;
        const items = ((args.input as { TransactItems?: unknown[] }).TransactItems ?? []).length;
        throw new TransactionCanceledException({
          message: 'injected: Transaction cancelled, please refer cancellation reasons for specific reasons [TransactionConflict]',
          $metadata: { httpStatusCode: 400 },
          CancellationReasons: Array.from({ length: Math.max(items, 1) }, (_, i) =>
            i === 0 ? { Code: 'TransactionConflict', Message: 'Transaction is ongoing for the item' } : { Code: 'None' },
          ),
        });
      }
      const result = await next(args);
      if (isWrite) {
        stats.writesSucceeded++;
        stats.recentWrites = [...stats.recentWrites.slice(-199), `${command} ${firstKey(args.input)}`];
        if (matches && writesLeft !== undefined) writesLeft--;
        if (matches && (current.loseResponse ?? 0) > 0) {
          current.loseResponse! -= 1;
          stats.injected++;
          stats.lostResponses++;
          throw Object.assign(new Error('injected: response lost (socket timeout)'), { name: 'TimeoutError', $metadata: {} });
        }
      }
      return result;
    },
    { step: 'finalizeRequest', priority: 'low', name },
  );

  // Outside the retry loop: sees how many attempts a call took and how long the SDK backed off.
  store.doc.middlewareStack.add(
    (next) => async (args) => {
      const result = await next(args);
      const meta = (result.output as { $metadata?: { attempts?: number; totalRetryDelay?: number } }).$metadata;
      if ((meta?.attempts ?? 1) > 1) {
        stats.retriedCalls++;
        stats.retryDelayMs += meta?.totalRetryDelay ?? 0;
      }
      return result;
    },
    { step: 'initialize', priority: 'low', name: observer },
  );

  return {
    stats,
    plan(plan) {
      current = { ...plan };
      writesLeft = plan.crashAfterWrites;
    },
    clear() {
      current = {};
      writesLeft = undefined;
    },
    writesSince(count) {
      const n = stats.writesSucceeded - count;
      return n > 0 ? stats.recentWrites.slice(-n) : [];
    },
    remove() {
      store.doc.middlewareStack.remove(name);
      store.doc.middlewareStack.remove(observer);
    },
  };
}
