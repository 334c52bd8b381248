import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyForIntent } from '../../functions/domain/protection/application.service';
import { injectFaults, type FaultInjector } from '../../functions/store/fault-injection';
import { CODE_ALLOCATION } from '../support/write-rules';
import { checkInvariants, violationKey, type Violation } from '../../functions/store/invariants';
import { startLocalHttpStack, type LocalHttpStack } from '../support/local-http';
import { createHelpers, OPERATION_CATALOG, type CatalogRow, type Helpers } from '../support/operation-catalog';
import { allOperations, documentFor, operation } from '../support/schema-walk';
import { buildSecurityFixture, SIGNED_IN, type MatrixRole, type SecurityFixture } from '../support/security-fixture';

/**
 * DynamoDB misbehaving under every catalogued operation: throttling (the SDK retries with backoff),
 * transaction conflicts (our transact() retries with jitter), responses lost after the write
 * happened (the SDK sends the write again), and faults that never clear (a clean RETRYABLE error,
 * nothing written). After each fault the table's invariants must hold: nothing lost, nothing twice.
 */

let http: LocalHttpStack;
let fx: SecurityFixture;
let helpers: Helpers;
let faults: FaultInjector;
const known = new Set<string>();
const figures = { operations: 0, calls: 0, throttles: 0, conflicts: 0, lostResponses: 0, permanent: 0, retried: 0, retryDelayMs: 0, misleading: [] as string[] };

const PREFERRED: MatrixRole[] = ['REP_OWNER', 'MANAGER_OWN', 'ADMIN', 'FINANCE', 'SERVICE', 'MANAGER_OTHER', 'REP_OTHER'];
const callerOf = (row: CatalogRow) => PREFERRED.find((r) => row.allow.includes(r) && SIGNED_IN.includes(r));
const rows = OPERATION_CATALOG.filter((r) => allOperations().some((o) => o.id === r.op) && callerOf(r));
const KNOWN_CODES = new Set(['BAD_USER_INPUT', 'FORBIDDEN', 'NOT_FOUND', 'CONFLICT', 'LIMIT_EXCEEDED', 'RETRYABLE', 'UNAUTHENTICATED']);

beforeAll(async () => {
  http = await startLocalHttpStack();
  fx = await buildSecurityFixture(http.stack);
  await applyForIntent(http.stack.as(fx.org.rep), fx.customers.east.customer.id, '故障测试');
  helpers = createHelpers(http.stack, fx);
  faults = injectFaults(http.stack.runtime.repos.store, {}, { ignoreKeys: /^AGG/ });
  for (const v of (await checkInvariants(http.stack.runtime.repos.store)).violations) known.add(violationKey(v));
}, 120_000);

afterAll(async () => {
  console.log(
    `[operation-faults] operations: ${figures.operations}, calls: ${figures.calls}, faults injected: ${faults?.stats.injected} (throttles ${figures.throttles}, transaction conflicts ${figures.conflicts}, lost responses ${figures.lostResponses}, permanent ${figures.permanent}), SDK retries that then succeeded: ${figures.retried} (backoff ${Math.round(figures.retryDelayMs)} ms in total), invariant violations: 0`,
  );
  if (figures.misleading.length) console.log(`[operation-faults] answered an error although the write had happened (response lost, retry refused by its condition): ${figures.misleading.join(', ')}`);
  await http?.stop();
});

async function call(row: CatalogRow) {
  const role = callerOf(row)!;
  const variables = (await row.variables?.(helpers, role)) ?? {};
  const res = await http.post<Record<string, unknown>>(fx.credential(role), row.document ?? documentFor(operation(row.op)), variables);
  figures.calls++;
  return res;
}

async function newViolations(): Promise<Violation[]> {
  const found = (await checkInvariants(http.stack.runtime.repos.store)).violations.filter((v) => !known.has(violationKey(v)));
  found.forEach((v) => known.add(violationKey(v)));
  return found;
}

/**
 * Writes that reached the table since a point, except customer-code allocation: an atomic ADD on
 * SEQ#CUSTOMER made before the create's transaction on purpose (a gap after a failed create is harmless).
 */
function writesSince(count: number): string[] {
  return faults.writesSince(count).filter((w) => !CODE_ALLOCATION.test(w));
}

/** Errors other than the refusals the row is designed to get (e.g. importing into a non-empty table). */
const unexpectedErrors = (row: CatalogRow, res: { errors?: { message: string; extensions?: { code?: string } }[] }) =>
  (res.errors ?? []).filter((e) => !row.allowedRefusals?.includes(e.extensions?.code ?? '')).map((e) => `${e.extensions?.code}: ${e.message}`);

const title = (row: CatalogRow) => `${row.op}${row.variant ? ` (${row.variant})` : ''}`;

describe('every catalogued operation under DynamoDB faults', () => {
  it.each(rows.map((r) => [title(r), r] as const))('%s: retried through throttling and transaction conflicts', async (_, row) => {
    figures.operations++;
    const before = { ...faults.stats };
    faults.plan({ throttle: 1 });
    const throttled = await call(row);
    expect(unexpectedErrors(row, throttled), 'succeeds after the SDK retried the throttled call').toEqual([]);
    // The throttle fired before the request left, so success means the SDK sent it again.
    expect(faults.stats.throttled - before.throttled).toBe(1);
    figures.throttles++;

    if (row.op.startsWith('Mutation.')) {
      faults.plan({ conflict: 2, commands: /TransactWrite/ });
      const conflicted = await call(row);
      expect(unexpectedErrors(row, conflicted), 'succeeds after transact() retried the conflicts').toEqual([]);
      figures.conflicts += faults.stats.conflicts - before.conflicts;
    }
    faults.clear();
    figures.retried = faults.stats.retriedCalls;
    figures.retryDelayMs = faults.stats.retryDelayMs;
    expect(await newViolations()).toEqual([]);
  });

  it.each(rows.filter((r) => r.op.startsWith('Mutation.')).map((r) => [title(r), r] as const))(
    '%s: a write whose response was lost is not applied twice',
    async (_, row) => {
      const before = faults.stats.lostResponses;
      faults.plan({ loseResponse: 1, commands: /TransactWrite/ });
      const res = await call(row);
      faults.clear();
      figures.lostResponses += faults.stats.lostResponses - before;
      expect(res.status).toBeLessThan(500);
      const codes = (res.errors ?? []).map((e) => e.extensions?.code ?? '?');
      expect(codes.filter((c) => !KNOWN_CODES.has(c))).toEqual([]);
      if (codes.length && faults.stats.lostResponses > before) figures.misleading.push(`${title(row)} → ${codes.join(',')}`);
      expect(await newViolations()).toEqual([]);
    },
  );

  it('the SDK backed off before its retries', () => {
    expect(figures.retried).toBeGreaterThan(0);
    expect(figures.retryDelayMs / figures.retried, 'mean backoff per retried call (ms)').toBeGreaterThan(20);
  });
});

describe('faults that do not clear', () => {
  const sample = ['Mutation.createCustomer', 'Mutation.updateCustomer', 'Mutation.claimCustomer', 'Query.customers'];

  it.each(sample)('%s: persistent throttling ends in RETRYABLE with nothing written', async (op) => {
    const row = rows.find((r) => r.op === op)!;
    const role = callerOf(row)!;
    const variables = (await row.variables?.(helpers, role)) ?? {};
    const writesBefore = faults.stats.writesSucceeded;
    faults.plan({ throttle: 1_000, commands: op.startsWith('Query.') ? /Query/ : /TransactWrite/ });
    const res = await http.post(fx.credential(role), row.document ?? documentFor(operation(row.op)), variables);
    faults.clear();
    figures.permanent++;
    expect(res.status).toBeLessThan(500);
    expect(res.errors?.map((e) => e.extensions?.code)).toEqual(['RETRYABLE']);
    expect(writesSince(writesBefore)).toEqual([]);
  }, 120_000);

  it('persistent transaction conflicts end in RETRYABLE with nothing written', async () => {
    const row = rows.find((r) => r.op === 'Mutation.updateCustomer')!;
    const variables = (await row.variables?.(helpers, 'REP_OWNER')) ?? {};
    const writesBefore = faults.stats.writesSucceeded;
    faults.plan({ conflict: 1_000, commands: /TransactWrite/ });
    const res = await http.post(fx.credential('REP_OWNER'), documentFor(operation(row.op)), variables);
    faults.clear();
    figures.permanent++;
    expect(res.errors?.map((e) => e.extensions?.code)).toEqual(['RETRYABLE']);
    expect(writesSince(writesBefore)).toEqual([]);
    expect(await newViolations()).toEqual([]);
  }, 120_000);
});
