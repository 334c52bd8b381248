import { beforeAll, describe, expect, it } from 'vitest';
import { ExportRepository, type StoredItem } from '../../functions/store/export.repository';
import { checkSnapshot, snapshotOf } from '../../functions/store/invariants';
import { buildCustomer, buildOrg, type Org } from '../support/builders';
import { createTestStack, type TestStack } from '../support/test-stack';

/** The checker itself: a real table passes, and each kind of damage is reported by its rule. */
let stack: TestStack;
let org: Org;
let items: StoredItem[];

beforeAll(async () => {
  stack = await createTestStack();
  org = await buildOrg(stack);
  await buildCustomer(stack, org.rep, { name: '不变量检查甲有限公司', hot: true });
  await buildCustomer(stack, org.rep, { name: '不变量检查乙有限公司' });
  items = await new ExportRepository(stack.runtime.repos.store).readAll();
});

const customerOf = (all: StoredItem[], name: string) => all.find((i) => i.entity === 'Customer' && i.name === name)!;
function damaged(change: (all: StoredItem[]) => StoredItem[] | void): string[] {
  const copy = structuredClone(items);
  const result = change(copy) ?? copy;
  return [...new Set(checkSnapshot(snapshotOf(result)).violations.map((v) => v.rule))];
}

describe('invariant checker', () => {
  it('passes a table written only by the services', () => {
    expect(checkSnapshot(snapshotOf(items)).violations).toEqual([]);
  });

  it.each([
    ['a second home: owner cleared but still listed as owned', (all: StoredItem[]) => void delete customerOf(all, '不变量检查甲有限公司').ownerId, 'single-home'],
    ['an owner counter off by one', (all: StoredItem[]) => void ((all.find((i) => i.PK === `USER#${org.rep.id}` && i.SK === 'COUNTERS')!.owned as number) += 1), 'owner-counters'],
    ['a hot counter that missed a change', (all: StoredItem[]) => void (customerOf(all, '不变量检查乙有限公司').hot = true), 'owner-counters'],
    ['a uniqueness item pointing at another customer', (all: StoredItem[]) => void (all.find((i) => i.entity === 'UniqueCustomerName')!.customerId = 'someone-else'), 'unique-name'],
    ['a renamed customer whose grams were not moved', (all: StoredItem[]) => void (customerOf(all, '不变量检查甲有限公司').nameKey = '完全不同的名字'), 'name-grams'],
    ['a lost e-mail claim', (all: StoredItem[]) => all.filter((i) => !(i.entity === 'UniqueEmail' && i.userId === org.rep.id)), 'unique-email'],
    ['two customers with one code', (all: StoredItem[]) => void (customerOf(all, '不变量检查乙有限公司').code = customerOf(all, '不变量检查甲有限公司').code), 'customer-codes'],
    ['a contact left behind by a deleted customer', (all: StoredItem[]) => all.filter((i) => i !== customerOf(all, '不变量检查甲有限公司')), 'orphan'],
    ['history that does not end with the owner', (all: StoredItem[]) => void (customerOf(all, '不变量检查乙有限公司').ownerId = org.teamRep.id), 'ownership-history'],
    ['an open-deal count that missed a deal', (all: StoredItem[]) => void (customerOf(all, '不变量检查乙有限公司').openOpportunities = 1), 'open-opportunities'],
    ['an item without an entity', (all: StoredItem[]) => void delete all[0]!.entity, 'item-shape'],
  ])('reports %s', (_, change, rule) => {
    expect(damaged(change)).toContain(rule);
  });
});
