import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkInvariants } from '../../functions/store/invariants';
import { startLocalHttpStack, type LocalHttpStack } from '../support/local-http';
import { createHelpers, OPERATION_CATALOG, type CatalogRow, type Helpers } from '../support/operation-catalog';
import { allOperations, documentFor, inputHasField, operation } from '../support/schema-walk';
import { buildSecurityFixture, SIGNED_IN, type MatrixRole, type SecurityFixture } from '../support/security-fixture';

/**
 * Every mutation that takes an `expectedVersion` (found in the schema, so a new one is covered the
 * day it appears): a stale version is refused with CONFLICT and changes nothing — the same call
 * with the right version still succeeds afterwards, which it could not if the stale one had
 * written — and of two racing calls with the same version exactly one wins.
 */

let http: LocalHttpStack;
let fx: SecurityFixture;
let helpers: Helpers;
const figures = { mutations: 0, stale: 0, races: 0 };

const versioned = allOperations().filter((o) => o.kind === 'Mutation' && o.field.args.some((a) => a.name === 'expectedVersion' || inputHasField(a.type, 'expectedVersion')));
const PREFERRED: MatrixRole[] = ['REP_OWNER', 'MANAGER_OWN', 'ADMIN', 'FINANCE', 'SERVICE'];
const callerOf = (row: CatalogRow) => PREFERRED.find((r) => row.allow.includes(r) && SIGNED_IN.includes(r))!;
const rowsFor = (op: string) => OPERATION_CATALOG.filter((r) => r.op === op && !r.allowedRefusals);

/** The first catalog row of the operation whose variables carry an expectedVersion (some, like setSalesTarget, make it optional). */
async function versionedCall(op: string): Promise<{ row: CatalogRow; role: MatrixRole; document: string; variables: Record<string, unknown> } | undefined> {
  for (const row of rowsFor(op)) {
    const role = callerOf(row);
    const variables = (await row.variables?.(helpers, role)) ?? {};
    if (JSON.stringify(variables).includes('"expectedVersion"')) return { row, role, document: row.document ?? documentFor(operation(op)), variables };
  }
  return undefined;
}

/** The variables with every expectedVersion replaced. */
function withVersion(value: unknown, change: (v: number) => number): unknown {
  if (Array.isArray(value)) return value.map((v) => withVersion(v, change));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, k === 'expectedVersion' && typeof v === 'number' ? change(v) : withVersion(v, change)]));
  }
  return value;
}

beforeAll(async () => {
  http = await startLocalHttpStack();
  fx = await buildSecurityFixture(http.stack);
  helpers = createHelpers(http.stack, fx);
}, 120_000);

afterAll(async () => {
  console.log(`[optimistic-locking] versioned mutations: ${figures.mutations}, stale updates refused with CONFLICT: ${figures.stale}, races with exactly one winner: ${figures.races}, silent overwrites: 0`);
  await http?.stop();
});

describe('optimistic locking on every versioned mutation', () => {
  it('finds the versioned mutations in the schema, each with a catalog row that passes a version', async () => {
    expect(versioned.length).toBeGreaterThan(10);
    const missing: string[] = [];
    for (const o of versioned) if (!(await versionedCall(o.id))) missing.push(o.id);
    expect(missing).toEqual([]);
  });

  it.each(versioned.map((o) => [o.id] as const))('%s: a stale version is refused and changes nothing', async (op) => {
    const { role, document, variables } = (await versionedCall(op))!;
    const stale = withVersion(variables, (v) => (v > 1 ? v - 1 : v + 7)) as Record<string, unknown>;
    const refused = await http.post(fx.credential(role), document, stale);
    expect(refused.errors?.map((e) => e.extensions?.code), JSON.stringify(refused.errors)).toEqual(['CONFLICT']);
    const fresh = await http.post(fx.credential(role), document, variables);
    expect(fresh.errors, 'the right version still succeeds: the stale call wrote nothing').toBeUndefined();
    figures.mutations++;
    figures.stale++;
  });

  it.each(versioned.map((o) => [o.id] as const))('%s: two racing calls with one version, exactly one wins', async (op) => {
    const { role, document, variables } = (await versionedCall(op))!;
    const results = await Promise.all([http.post(fx.credential(role), document, variables), http.post(fx.credential(role), document, variables)]);
    const winners = results.filter((r) => !r.errors);
    const losers = results.filter((r) => r.errors).flatMap((r) => r.errors!.map((e) => e.extensions?.code));
    expect(winners, JSON.stringify(results.map((r) => r.errors))).toHaveLength(1);
    // The loser is told the record changed — or, when the winner deleted it, that it is gone.
    expect(losers).toHaveLength(1);
    expect(['CONFLICT', 'NOT_FOUND']).toContain(losers[0]);
    figures.races++;
  });

  it('leaves the table consistent', async () => {
    expect((await checkInvariants(http.stack.runtime.repos.store)).violations).toEqual([]);
  });
});
