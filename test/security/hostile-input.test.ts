import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCustomer } from '../../functions/domain/customers/customer.service';
import { applyForIntent } from '../../functions/domain/protection/application.service';
import { releaseCustomer } from '../../functions/domain/protection/pool.service';
import type { User } from '../../functions/domain/users/user.types';
import { ExportRepository } from '../../functions/store/export.repository';
import { injectFaults, type FaultInjector } from '../../functions/store/fault-injection';
import { checkInvariants, violationKey } from '../../functions/store/invariants';
import { CODE_ALLOCATION } from '../support/write-rules';
import { buildOrg, type Org } from '../support/builders';
import { getNamedType } from 'graphql';
import { argumentsArbitrary, idKind } from '../support/hostile-arbitraries';
import { allOperations, documentFor, fullSelection } from '../support/schema-walk';
import { createTestStack, type TestStack } from '../support/test-stack';
import { apiSchema } from '../support/schema-walk';

/**
 * Every mutation of the schema, fed generated hostile input by fast-check as an admin, a manager
 * and a rep. The answer must be a result or a coded error — never INTERNAL_SERVER_ERROR, never a
 * 5xx — and a refused request must not have written anything. Afterwards every stored record must
 * still read back through the API, and the table's invariants must hold.
 */

const KNOWN_CODES = new Set(['BAD_USER_INPUT', 'UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND', 'CONFLICT', 'LIMIT_EXCEEDED', 'RETRYABLE']);
const RUNS_PER_MUTATION = Number(process.env.HOSTILE_RUNS ?? 50);

let stack: TestStack;
let org: Org;
let actors: User[];
let observer: FaultInjector;
const knownViolations = new Set<string>();
const pools = new Map<string, Set<string>>();
const remember = (kind: string, id: string) => {
  for (const k of [kind, 'any']) pools.set(k, (pools.get(k) ?? new Set()).add(id));
};
const argumentPools = { ids: (kind: string) => [...(pools.get(kind) ?? [])], kinds: () => [...pools.keys()].filter((k) => k !== 'any') };
const figures = { mutations: 0, inputs: 0, refused: 0, succeeded: 0, readBacks: 0 };

/** Learns the ids a response mentions, with their kind (from the field that holds them), so later inputs can aim at them. */
function collectIds(value: unknown, kind: string, exclude: ReadonlySet<string>): void {
  if (Array.isArray(value)) value.forEach((v) => collectIds(v, kind, exclude));
  else if (value && typeof value === 'object') {
    for (const [key, v] of Object.entries(value)) {
      if (typeof v === 'string' && (key === 'id' || key.endsWith('Id'))) {
        if (!exclude.has(v)) remember(key === 'id' ? kind : idKind(key, argumentPools.kinds()), v);
      } else collectIds(v, idKind(key, argumentPools.kinds()), exclude);
    }
  }
}

beforeAll(async () => {
  stack = await createTestStack();
  org = await buildOrg(stack);
  actors = [org.admin, org.eastManager, org.rep];
  const actorIds = new Set(actors.map((a) => a.id));
  for (const user of [org.teamRep, org.otherRep, org.westManager, org.finance, org.service]) remember('user', user.id);
  for (const department of [org.east, org.eastTeam, org.west]) remember('department', department.id);
  remember('department', 'root');
  for (let i = 0; i < 4; i++) {
    const c = await createCustomer(stack.as(org.rep), { kind: 'COMPANY', name: `对抗输入测试${i}有限公司`, contacts: [{ name: '联系人', mobile: '13800138000' }] });
    remember('customer', c.id);
    const collection = await stack.runtime.repos.customers.getCollection(c.id);
    collection?.contacts.forEach((contact) => remember('contact', contact.id));
  }
  const pooled = await createCustomer(stack.as(org.teamRep), { kind: 'COMPANY', name: '对抗输入公海有限公司' });
  await releaseCustomer(stack.as(org.teamRep), pooled.id, '测试');
  remember('customer', pooled.id);
  const mine = await createCustomer(stack.as(org.rep), { kind: 'COMPANY', name: '对抗输入申请有限公司' });
  remember('customer', mine.id);
  remember('application', (await applyForIntent(stack.as(org.rep), mine.id, '客户有明确采购计划')).id);
  for (const set of pools.values()) for (const id of actorIds) set.delete(id);
  observer = injectFaults(stack.runtime.repos.store);
}, 120_000);

afterAll(() => {
  console.log(
    `[hostile-input] mutations: ${figures.mutations}, inputs tried: ${figures.inputs} (refused with a code ${figures.refused}, succeeded ${figures.succeeded}), records read back: ${figures.readBacks}, internal errors: 0, partial writes: 0`,
  );
});

describe('hostile input on every mutation', () => {
  const mutations = allOperations().filter((o) => o.kind === 'Mutation');

  for (const op of mutations) {
    it(`${op.name}: a result or a coded error, and nothing written when refused`, async () => {
      figures.mutations++;
      const document = documentFor(op, 2);
      const exclude = new Set(actors.map((a) => a.id));
      await fc.assert(
        fc.asyncProperty(argumentsArbitrary(op.field, argumentPools), fc.nat({ max: actors.length - 1 }), async (variables, who) => {
          const writesBefore = observer.stats.writesSucceeded;
          const res = await stack.gql<Record<string, unknown>>(actors[who], document, variables);
          const writes = observer.writesSince(writesBefore).filter((w) => !CODE_ALLOCATION.test(w)).length;
          figures.inputs++;
          expect(res.status).toBeLessThan(500);
          const codes = (res.errors ?? []).map((e) => e.extensions?.code ?? 'NONE');
          expect(codes.filter((c) => !KNOWN_CODES.has(c)), JSON.stringify(res.errors)).toEqual([]);
          if (codes.length > 0) {
            figures.refused++;
            expect(writes, `refused with ${codes.join(',')} but ${writes} write(s) went through`).toBe(0);
          } else {
            figures.succeeded++;
            expect(res.data?.[op.name]).not.toBeUndefined();
            collectIds(res.data?.[op.name], getNamedType(op.field.type).name.toLowerCase(), exclude);
            // Only what this call broke: an earlier failure must not be blamed on every later mutation.
            const report = await checkInvariants(stack.runtime.repos.store);
            const fresh = report.violations.filter((v) => !knownViolations.has(violationKey(v)));
            report.violations.forEach((v) => knownViolations.add(violationKey(v)));
            expect(fresh, `after ${op.name}(${JSON.stringify(variables).slice(0, 400)})`).toEqual([]);
          }
        }),
        { numRuns: RUNS_PER_MUTATION, endOnFailure: false },
      );
    });
  }

  it('every stored customer, user, department and setting still reads back through the API', async () => {
    const items = await new ExportRepository(stack.runtime.repos.store).readAll();
    const customerIds = items.filter((i) => i.entity === 'Customer' && i.SK === '#PROFILE').map((i) => String(i.id));
    const customerQuery = `query($id: ID!) { customer(id: $id) ${fullSelection(apiSchema.getType('Customer')!, 3)} }`;
    const problems: string[] = [];
    for (const id of customerIds) {
      const res = await stack.gql(org.admin, customerQuery, { id });
      figures.readBacks++;
      if (res.errors) problems.push(`customer ${id}: ${JSON.stringify(res.errors)}`);
    }
    for (const op of allOperations().filter((o) => o.kind === 'Query' && o.field.args.every((a) => !a.type.toString().endsWith('!')))) {
      const res = await stack.gql(org.admin, documentFor(op, 3), {});
      figures.readBacks++;
      if (res.errors) problems.push(`${op.id}: ${JSON.stringify(res.errors)}`);
    }
    expect(problems).toEqual([]);
    expect(figures.readBacks).toBeGreaterThan(customerIds.length);
  });

  it('leaves the table consistent', async () => {
    const report = await checkInvariants(stack.runtime.repos.store);
    expect(report.violations).toEqual([]);
  });
});
