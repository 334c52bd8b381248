import { beforeAll, describe, expect, it } from 'vitest';
import { createCustomer, updateCustomer } from '../../functions/domain/customers/customer.service';
import type { Customer } from '../../functions/domain/customers/customer.types';
import { lockCustomer } from '../../functions/domain/pools/lock.service';
import { applyForIntent } from '../../functions/domain/protection/application.service';
import { mergeCustomers } from '../../functions/domain/protection/merge.service';
import { claimCustomer, releaseCustomer } from '../../functions/domain/protection/pool.service';
import { transferCustomer } from '../../functions/domain/protection/transfer.service';
import { DAY_MS } from '../../functions/domain/shared/clock';
import { checkInvariants, violationKey, type Violation } from '../../functions/store/invariants';
import { createExpirySweep } from '../../functions/sweeps/expiry.sweep';
import { sweepEvent } from '../../functions/sweeps/sweep-event';
import { buildOrg, type Org } from '../support/builders';
import { createTestStack, type TestStack } from '../support/test-stack';

/**
 * Every way a customer changes hands, applied to customers in every state that a counter or a
 * slot depends on (hot, locked, with a pending application), then the invariant checker: counters
 * equal recounts, no slot or child left behind. Add a state or a move and every pair is checked.
 */

let stack: TestStack;
let org: Org;
let serial = 0;
const known = new Set<string>();
const figures = { pairs: 0 };

interface State {
  name: string;
  prepare(c: Customer): Promise<void>;
}
interface Move {
  name: string;
  apply(c: Customer): Promise<void>;
}

const fresh = () => createCustomer(stack.as(org.rep), { kind: 'COMPANY', name: `换手测试${serial++}有限公司` });

const STATES: State[] = [
  { name: 'plain', prepare: async () => undefined },
  { name: 'hot', prepare: async (c) => void (await updateCustomer(stack.as(org.rep), c.id, { hot: true, expectedVersion: c.version })) },
  { name: 'locked', prepare: async (c) => void (await lockCustomer(stack.as(org.rep), c.id, '重点跟进')) },
  { name: 'with a pending application', prepare: async (c) => void (await applyForIntent(stack.as(org.rep), c.id, '客户有意向')) },
];

const MOVES: Move[] = [
  { name: 'released by the owner', apply: async (c) => void (await releaseCustomer(stack.as(org.rep), c.id, '放弃')) },
  {
    name: 'released, then claimed by another rep',
    apply: async (c) => {
      await releaseCustomer(stack.as(org.rep), c.id, '放弃');
      await claimCustomer(stack.as(org.teamRep), c.id);
    },
  },
  { name: 'transferred by the manager', apply: async (c) => void (await transferCustomer(stack.as(org.eastManager), c.id, org.teamRep.id, '调整')) },
  { name: 'merged away as a duplicate', apply: async (c) => void (await mergeCustomers(stack.as(org.eastManager), (await fresh()).id, c.id, '重复').catch(async () => mergeCustomers(stack.as(org.eastManager), c.id, (await fresh()).id, '重复'))) },
];

async function newViolations(): Promise<Violation[]> {
  const found = (await checkInvariants(stack.runtime.repos.store)).violations.filter((v) => !known.has(violationKey(v)));
  found.forEach((v) => known.add(violationKey(v)));
  return found;
}

beforeAll(async () => {
  stack = await createTestStack({ maxLockedCustomers: 1000 });
  org = await buildOrg(stack);
});

describe('customers changing hands keep counters and slots right', () => {
  for (const state of STATES) {
    for (const move of MOVES) {
      it(`a customer (${state.name}) ${move.name}`, async () => {
        const c = await fresh();
        await state.prepare(c);
        const current = (await stack.runtime.repos.customers.get(c.id, true))!;
        await move.apply(current);
        figures.pairs++;
        expect(await newViolations()).toEqual([]);
      });
    }
  }

  it('and when the sweep reclaims customers in every state', async () => {
    for (const state of STATES) await state.prepare(await fresh());
    stack.clock.advance(31 * DAY_MS);
    const result = await createExpirySweep(stack.runtime)(sweepEvent('expiry-sweep', stack.clock.now()));
    expect(result.reclaimed).toBeGreaterThan(0);
    console.log(`[ownership-moves] states: ${STATES.length}, moves: ${MOVES.length + 1}, pairs checked: ${figures.pairs + STATES.length}`);
    expect(await newViolations()).toEqual([]);
  });
});
