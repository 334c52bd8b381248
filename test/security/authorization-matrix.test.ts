import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyForIntent } from '../../functions/domain/protection/application.service';
import { checkInvariants } from '../../functions/store/invariants';
import { startLocalHttpStack, type LocalHttpStack } from '../support/local-http';
import { createHelpers, OPERATION_CATALOG, type Helpers } from '../support/operation-catalog';
import { allOperations, documentFor, operation } from '../support/schema-walk';
import { buildSecurityFixture, findLeaks, MATRIX_ROLES, type SecurityFixture } from '../support/security-fixture';

/**
 * Every Query and Mutation, run as every kind of caller against the same data set over HTTP
 * (local JWT check → API Gateway event → Lambda handler). Allowed calls must answer; denied calls
 * must say FORBIDDEN / NOT_FOUND / UNAUTHENTICATED; and no response — data or error message — may
 * contain an id, name, phone or contact of a record the caller may not see.
 */

let http: LocalHttpStack;
let fx: SecurityFixture;
let helpers: Helpers;
const DENIAL_CODES = new Set(['FORBIDDEN', 'NOT_FOUND', 'UNAUTHENTICATED']);
const REASON = '权限矩阵测试';
const figures = { operations: 0, rows: 0, cases: 0, allowed: 0, denied: 0, leaks: 0 };

beforeAll(async () => {
  http = await startLocalHttpStack();
  const stack = http.stack;
  fx = await buildSecurityFixture(stack);
  fx.secrets.push({ kind: 'user.email', value: http.local.admin.email, of: 'bootstrap admin', visibleTo: ['ADMIN'] });
  // Pending applications on both sides, so the approval inbox has something to leak.
  await applyForIntent(stack.as(fx.org.rep), fx.customers.east.customer.id, REASON);
  await applyForIntent(stack.as(fx.org.otherRep), fx.customers.west.customer.id, REASON);
  helpers = createHelpers(stack, fx);
  figures.operations = allOperations().length;
}, 120_000);

afterAll(async () => {
  console.log(
    `[authorization-matrix] operations: ${figures.operations}, rows: ${figures.rows}, roles: ${MATRIX_ROLES.length}, cases: ${figures.cases} (allowed ${figures.allowed}, denied ${figures.denied}), leaks: ${figures.leaks}`,
  );
  await http?.stop();
});

describe('authorization matrix', () => {
  it('has a row for every Query and Mutation in the schema', () => {
    const covered = new Set(OPERATION_CATALOG.map((r) => r.op));
    const missing = allOperations().map((o) => o.id).filter((id) => !covered.has(id));
    const stale = [...covered].filter((id) => !allOperations().some((o) => o.id === id));
    expect({ missing, stale }).toEqual({ missing: [], stale: [] });
  });

  for (const row of OPERATION_CATALOG) {
    const title = `${row.op}${row.variant ? ` (${row.variant})` : ''}: allowed for ${row.allow.join(', ')}`;
    it.skipIf(!allOperations().some((o) => o.id === row.op))(title, async () => {
      figures.rows++;
      const document = row.document ?? documentFor(operation(row.op));
      const field = operation(row.op).name;
      const problems: string[] = [];
      for (const role of MATRIX_ROLES) {
        const variables = (await row.variables?.(helpers, role)) ?? {};
        const res = await http.post<Record<string, unknown>>(fx.credential(role), document, variables);
        figures.cases++;
        const allowed = row.allow.includes(role);
        const codes = (res.errors ?? []).map((e) => e.extensions?.code ?? '?');
        const refusedForBusiness = codes.length > 0 && codes.every((c) => row.allowedRefusals?.includes(c));
        if (allowed) {
          figures.allowed++;
          if (!refusedForBusiness && (res.status !== 200 || res.errors?.length || res.data?.[field] == null)) {
            problems.push(`${role}: expected success, got HTTP ${res.status} ${codes.join(',')} ${res.errors?.[0]?.message ?? ''}`);
          }
          for (const value of refusedForBusiness ? [] : (row.mustSee?.(fx, role) ?? [])) {
            if (!res.raw.includes(value)) problems.push(`${role}: expected to see ${value}`);
          }
        } else {
          figures.denied++;
          if (!codes.length || !codes.every((c) => DENIAL_CODES.has(c))) problems.push(`${role}: expected a denial, got HTTP ${res.status} codes [${codes.join(',')}]`);
          if (res.data?.[field] != null) problems.push(`${role}: denied but data came back`);
        }
        const leaks = findLeaks(res.raw, fx.hiddenFrom(role), document + JSON.stringify(variables), row.reveals);
        figures.leaks += leaks.length;
        for (const leak of leaks) problems.push(`${role}: LEAK of ${leak.kind} of ${leak.of} (${leak.value})`);
      }
      expect(problems).toEqual([]);
    });
  }

  it('leaves the table consistent after every allowed and refused call', async () => {
    const report = await checkInvariants(http.stack.runtime.repos.store);
    expect(report.violations).toEqual([]);
  });
});
