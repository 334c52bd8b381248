import { beforeEach, describe, expect, it } from 'vitest';
import { applyForExtension, applyForIntent, decideApplication, listPendingApplications } from '../../functions/domain/protection/application.service';
import { mergeCustomers } from '../../functions/domain/protection/merge.service';
import { reassignInvalidTracking, transferAllCustomers, transferCustomer } from '../../functions/domain/protection/transfer.service';
import { addContact, listCustomers, searchCustomerNames } from '../../functions/domain/customers/customer.service';
import { lockCustomer } from '../../functions/domain/pools/lock.service';
import { addTeamMember } from '../../functions/domain/pools/team.service';
import { checkInvariants } from '../../functions/store/invariants';
import { updateUser } from '../../functions/domain/users/user.service';
import { buildCustomer, buildOrg, type Org } from '../support/builders';
import { DAY, ownedCount, touchFollowUp } from '../support/protection-helpers';
import { createTestStack, type TestStack } from '../support/test-stack';

let stack: TestStack;
let org: Org;

beforeEach(async () => {
  stack = await createTestStack();
  org = await buildOrg(stack);
});

const get = (id: string) => stack.runtime.repos.customers.get(id, true);

describe('INTENT applications (rule 4)', () => {
  it('a manager above the rep approves; the customer becomes INTENT with 15 days to sign', async () => {
    const c = await buildCustomer(stack, org.teamRep);
    stack.clock.advance(5 * DAY);
    await touchFollowUp(stack, c.id, true);
    const application = await applyForIntent(stack.as(org.teamRep), c.id, '客户已确认预算，下月采购');
    await expect(applyForIntent(stack.as(org.teamRep), c.id, '重复提交')).rejects.toMatchObject({ code: 'CONFLICT' });
    expect((await listPendingApplications(stack.as(org.eastManager))).map((a) => a.id)).toEqual([application.id]);
    expect(await listPendingApplications(stack.as(org.westManager))).toEqual([]);
    await expect(decideApplication(stack.as(org.westManager), c.id, application.id, true, undefined)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    const decided = await decideApplication(stack.as(org.eastManager), c.id, application.id, true, '同意');
    expect(decided).toMatchObject({ status: 'APPROVED', deciderId: org.eastManager.id });
    const after = (await get(c.id))!;
    expect(after.lifecycle).toBe('INTENT');
    expect(after.protection?.deadline).toBe(new Date(stack.clock.now().getTime() + 15 * DAY).toISOString());
    await expect(decideApplication(stack.as(org.eastManager), c.id, application.id, false, '改主意')).rejects.toMatchObject({ code: 'CONFLICT' });
  });

  it('a manager cannot approve their own application', async () => {
    const c = await buildCustomer(stack, org.eastManager);
    const application = await applyForIntent(stack.as(org.eastManager), c.id, '经理自己的客户');
    await expect(decideApplication(stack.as(org.eastManager), c.id, application.id, true, undefined)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(decideApplication(stack.as(org.admin), c.id, application.id, true, undefined)).resolves.toMatchObject({ status: 'APPROVED' });
  });

  it('only the owner applies', async () => {
    const c = await buildCustomer(stack, org.rep);
    await expect(applyForIntent(stack.as(org.eastManager), c.id, '代申请')).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});

describe('extensions (rule 7)', () => {
  it('refuses more than the maximum days and moves the deadline by the approved days', async () => {
    const c = await buildCustomer(stack, org.rep);
    await expect(applyForExtension(stack.as(org.rep), c.id, 31, '太长')).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
    const application = await applyForExtension(stack.as(org.rep), c.id, 10, '客户出差，月底回来');
    const before = (await get(c.id))!.protection!.deadline!;
    await decideApplication(stack.as(org.eastManager), c.id, application.id, true, undefined);
    const after = (await get(c.id))!.protection!;
    expect(after.deadline).toBe(new Date(new Date(before).getTime() + 10 * DAY).toISOString());
    expect(after.deadlineReason).toBe('EXTENSION');
  });

  it('a rejection changes nothing on the customer', async () => {
    const c = await buildCustomer(stack, org.rep);
    const application = await applyForExtension(stack.as(org.rep), c.id, 10, '理由');
    await decideApplication(stack.as(org.eastManager), c.id, application.id, false, '理由不充分');
    expect((await get(c.id))!.version).toBe(1);
  });
});

describe('transfers (rule 12)', () => {
  it('moves one customer with its contacts and history and keeps counters exact', async () => {
    const c = await buildCustomer(stack, org.rep, { contacts: [{ name: '赵总' }] });
    const moved = await transferCustomer(stack.as(org.eastManager), c.id, org.teamRep.id, '区域调整');
    expect(moved.ownerId).toBe(org.teamRep.id);
    const collection = (await stack.runtime.repos.customers.getCollection(c.id))!;
    expect(collection.contacts.map((x) => x.name)).toEqual(['赵总']);
    expect(collection.ownership.at(-1)).toMatchObject({ action: 'TRANSFER', fromOwnerId: org.rep.id, toOwnerId: org.teamRep.id, actorId: org.eastManager.id });
    expect([await ownedCount(stack, org.rep.id), await ownedCount(stack, org.teamRep.id)]).toEqual([0, 1]);
  });

  it("ends a lock: the customer arrives unlocked and the old owner's lock slot is free again", async () => {
    const c = await buildCustomer(stack, org.rep);
    await lockCustomer(stack.as(org.eastManager), c.id, '重点客户');
    const moved = await transferCustomer(stack.as(org.eastManager), c.id, org.teamRep.id, '区域调整');
    expect(moved.protection?.locked).toBeUndefined();
    expect((await checkInvariants(stack.runtime.repos.store)).violations).toEqual([]);
  });

  it('refuses an inactive target, a rep outside the manager’s subtree, and non-managers', async () => {
    const c = await buildCustomer(stack, org.rep);
    await updateUser(stack.as(org.admin), org.teamRep.id, { active: false, expectedVersion: 1 });
    await expect(transferCustomer(stack.as(org.eastManager), c.id, org.teamRep.id, '离职')).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
    await expect(transferCustomer(stack.as(org.eastManager), c.id, org.otherRep.id, '跨部门')).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(transferCustomer(stack.as(org.rep), c.id, org.rep.id, '自己')).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect((await get(c.id))!.ownerId).toBe(org.rep.id);
  });

  it('moves all of a leaving rep’s customers in one step', async () => {
    for (let i = 0; i < 7; i++) await buildCustomer(stack, org.teamRep);
    const result = await transferAllCustomers(stack.as(org.eastManager), org.teamRep.id, org.rep.id, '离职交接');
    expect(result).toEqual({ transferred: 7, failed: [] });
    expect([await ownedCount(stack, org.teamRep.id), await ownedCount(stack, org.rep.id)]).toEqual([0, 7]);
  });
});

describe('invalid tracking (rule 6)', () => {
  it('three invalid follow-ups let a manager take the customer away', async () => {
    const c = await buildCustomer(stack, org.rep);
    await expect(reassignInvalidTracking(stack.as(org.eastManager), c.id, org.teamRep.id, '无效')).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
    for (let i = 0; i < 3; i++) await touchFollowUp(stack, c.id, false);
    expect((await get(c.id))!.protection?.invalidTracking).toBe(true);
    const moved = await reassignInvalidTracking(stack.as(org.eastManager), c.id, org.teamRep.id, '三次无效跟踪');
    expect(moved.ownerId).toBe(org.teamRep.id);
    expect(moved.protection?.invalidTracking).toBe(false);
  });
});

describe('merging duplicates (rule 13)', () => {
  it('keeps the earliest-created customer and moves contacts and history into it', async () => {
    const original = await buildCustomer(stack, org.rep, { name: '无锡华光锅炉股份有限公司', contacts: [{ name: '钱工' }] });
    stack.clock.advance(1000);
    const duplicate = await buildCustomer(stack, org.teamRep, { name: '无锡华光锅炉股份公司', contacts: [{ name: '孙经理' }] });
    await addContact(stack.as(org.teamRep), duplicate.id, { name: '周会计', birthdayIsLunar: false, primary: false });
    const result = await mergeCustomers(stack.as(org.eastManager), duplicate.id, original.id, '同一家公司');
    expect(result.survivor.id).toBe(original.id);
    const collection = (await stack.runtime.repos.customers.getCollection(original.id))!;
    expect(collection.contacts.map((c) => c.name).sort()).toEqual(['周会计', '孙经理', '钱工'].sort());
    expect(collection.ownership.map((e) => e.action)).toEqual(['CREATE', 'CREATE', 'MERGE']);
    expect(await get(duplicate.id)).toBeUndefined();
    expect(await stack.runtime.repos.customers.getCollection(duplicate.id)).toBeUndefined();
    expect((await searchCustomerNames(stack.as(org.rep), '华光锅炉')).map((m) => m.customerId)).toEqual([original.id]);
    expect(await ownedCount(stack, org.teamRep.id)).toBe(0);
  });

  it("closes the duplicate's pending application and keeps its team on the survivor", async () => {
    const original = await buildCustomer(stack, org.rep, { name: '常州恒立机械有限公司' });
    stack.clock.advance(1000);
    const duplicate = await buildCustomer(stack, org.teamRep, { name: '常州恒立机械公司' });
    await touchFollowUp(stack, duplicate.id, true);
    const application = await applyForIntent(stack.as(org.teamRep), duplicate.id, '客户已确认预算');
    await addTeamMember(stack.as(org.teamRep), duplicate.id, { userId: org.otherRep.id, role: 'CO_FOLLOWER', access: 'READ' });
    await mergeCustomers(stack.as(org.eastManager), duplicate.id, original.id, '同一家公司');

    const closed = await stack.runtime.repos.protection.getApplication(original.id, application.id);
    expect(closed).toMatchObject({ status: 'CANCELLED', customerId: original.id });
    expect(closed?.decisionComment).toContain('常州恒立机械有限公司');
    expect(await listPendingApplications(stack.as(org.eastManager))).toEqual([]);
    expect((await get(original.id))!.team?.map((m) => m.userId)).toEqual([org.otherRep.id]);
    expect((await listCustomers(stack.as(org.otherRep), { teamOf: true }, 20)).items.map((c) => c.id)).toEqual([original.id]);
    // The duplicate's owner may apply again on the survivor: no slot of the old application is left behind.
    expect((await checkInvariants(stack.runtime.repos.store)).violations).toEqual([]);
  });

  it('is refused to reps', async () => {
    const a = await buildCustomer(stack, org.rep);
    const b = await buildCustomer(stack, org.rep);
    await expect(mergeCustomers(stack.as(org.rep), a.id, b.id, '重复')).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});

describe('over GraphQL', () => {
  it('claims, shows the ownership history, and answers the losing claim with CONFLICT', async () => {
    const c = await buildCustomer(stack, org.rep);
    const release = await stack.gql(org.rep, `mutation($id: ID!) { releaseCustomer(customerId: $id, reason: "客户无需求") { inPool } }`, { id: c.id });
    expect(release.data).toEqual({ releaseCustomer: { inPool: true } });
    const claim = `mutation($id: ID!) { claimCustomer(customerId: $id) { owner { name } protection { daysLeft } ownershipHistory { action actor { name } reason } } }`;
    const [first, second] = await Promise.all([stack.gql(org.teamRep, claim, { id: c.id }), stack.gql(org.otherRep, claim, { id: c.id })]);
    const results = [first, second];
    expect(results.filter((r) => r.data?.claimCustomer)).toHaveLength(1);
    const loser = results.find((r) => r.errors)!;
    expect(loser.errors?.[0]).toMatchObject({ message: '该客户已被其他人领取', extensions: { code: 'CONFLICT' } });
    const winner = results.find((r) => r.data?.claimCustomer)!.data!.claimCustomer as { ownershipHistory: { action: string }[] };
    expect(winner.ownershipHistory.map((e) => e.action)).toEqual(['CREATE', 'RELEASE', 'CLAIM']);
  });

  it('validates reasons: an empty release reason is BAD_USER_INPUT', async () => {
    const c = await buildCustomer(stack, org.rep);
    const res = await stack.gql(org.rep, `mutation($id: ID!) { releaseCustomer(customerId: $id, reason: "   ") { id } }`, { id: c.id });
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect((await get(c.id))!.ownerId).toBe(org.rep.id);
  });
});
