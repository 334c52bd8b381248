import type { Write } from '../../store/transactions';
import type { Page, PageKey } from '../../store/cursor';
import type { CustomerListQuery } from '../../store/customer.repository';
import type { OwnershipEvent } from '../protection/ownership.types';
import { startProtection } from '../protection/protection.rules';
import { COMMON_ERRORS, CrmError } from '../shared/errors';
import { newId } from '../shared/ids';
import { cleanName, normalizeName } from '../shared/normalize';
import type { ServiceContext } from '../shared/service-context';
import { isManagerOf, isSalesRole } from '../users/access.rules';
import type { User } from '../users/user.types';
import { USER_ERRORS } from '../users/user.errors';
import type { Contact } from './contact.types';
import { CUSTOMER_ERRORS } from './customer.errors';
import { canEditCustomer, canSeeCustomer, customerCode } from './customer.rules';
import type { ContactInput, CreateCustomerInput, UpdateCustomerInput } from './customer.schemas';
import type { Customer } from './customer.types';
import { DEFAULT_POOL_ID } from '../pools/pool.types';
import { poolRuleOverrides } from '../pools/pool.rules';

export { DEFAULT_POOL_ID };

/** Invisible and missing customers look the same, so ids cannot be probed. */
export function visibleOrThrow(ctx: ServiceContext, customer: Customer | undefined): Customer {
  if (!customer || !canSeeCustomer(ctx.actor, customer)) throw new CrmError(COMMON_ERRORS.notFound, { entity: '客户' });
  return customer;
}

export async function getVisibleCustomerOrThrow(ctx: ServiceContext, id: string): Promise<Customer> {
  return visibleOrThrow(ctx, await ctx.repos.customers.get(id));
}

export async function getEditableCustomerOrThrow(ctx: ServiceContext, id: string): Promise<Customer> {
  const customer = await getVisibleCustomerOrThrow(ctx, id);
  if (!canEditCustomer(ctx.actor, customer)) throw new CrmError(COMMON_ERRORS.forbidden, { action: '修改此客户' });
  return customer;
}

/** The rep a new customer belongs to: yourself, or (managers/admins) a sales user in your subtree. */
async function resolveOwner(ctx: ServiceContext, ownerId: string | undefined): Promise<User> {
  const id = ownerId ?? ctx.actor.id;
  const owner = id === ctx.actor.id ? await ctx.repos.users.get(ctx.actor.id) : await ctx.repos.users.get(id);
  if (!owner) throw new CrmError(USER_ERRORS.userNotFound, { id });
  if (owner.id !== ctx.actor.id && !isManagerOf(ctx.actor, owner.departmentPath)) {
    throw new CrmError(COMMON_ERRORS.forbidden, { action: '为其他部门的人员创建客户' });
  }
  if (!owner.active) throw new CrmError(USER_ERRORS.userInactive, { name: owner.name });
  if (!isSalesRole(owner.role)) throw new CrmError(CUSTOMER_ERRORS.notOwnerRole, { role: owner.role });
  return owner;
}

function newContact(customerId: string, input: ContactInput, now: string, primary: boolean): Contact {
  return {
    ...input,
    id: newId(new Date(now)),
    customerId,
    birthdayIsLunar: input.birthdayIsLunar ?? false,
    primary: input.primary ?? primary,
    createdAt: now,
    updatedAt: now,
    version: 1,
  };
}

export function ownershipEvent(ctx: ServiceContext, e: Omit<OwnershipEvent, 'id' | 'at' | 'actorId'>): OwnershipEvent {
  const now = ctx.clock.now();
  const at = now.toISOString();
  return { ...e, id: `${at}#${newId(now)}`, at, actorId: ctx.actor.id };
}

/**
 * Creates a customer owned by a rep and protected from now on (rule 3). Name uniqueness, the
 * owner's cap, the customer code and the history entry are one transaction (rules 2, 9, 14).
 */
export async function createCustomer(ctx: ServiceContext, input: CreateCustomerInput): Promise<Customer> {
  if (!isSalesRole(ctx.actor.role)) throw new CrmError(COMMON_ERRORS.forbidden, { action: '新建客户' });
  const owner = await resolveOwner(ctx, input.ownerId);
  const now = ctx.clock.now().toISOString();
  const id = newId(ctx.clock.now());
  const { contacts = [], ownerId: _ownerId, ...fields } = input;
  const base: Omit<Customer, 'code'> = {
    ...fields,
    id,
    name: cleanName(input.name),
    nameKey: normalizeName(input.name),
    tags: input.tags ?? [],
    lifecycle: 'POTENTIAL',
    lifecycleChangedAt: now,
    buyingStatus: input.buyingStatus ?? 'PROSPECT',
    buyingStatusChangedAt: now,
    vip: input.vip ?? false,
    hot: input.hot ?? false,
    ownerId: owner.id,
    ownerDeptPath: owner.departmentPath,
    poolId: DEFAULT_POOL_ID,
    createdAt: now,
    createdBy: ctx.actor.id,
    updatedAt: now,
    version: 1,
  };
  const homePool = await ctx.repos.pools.get(DEFAULT_POOL_ID, ctx.settings, now);
  const poolRules = homePool ? poolRuleOverrides(homePool.reclaimRules, base.valueGrade) : {};
  base.protection = startProtection(base, now, ctx.settings, poolRules);
  let created: Customer | undefined;
  await ctx.repos.commitNumbered('CUSTOMER', (n) => {
    const customer: Customer = { ...base, code: customerCode(n) };
    created = customer;
    const writes: Write[] = [
      ctx.repos.customers.putNew(customer),
      ctx.repos.customers.claimName(customer),
      ctx.repos.counters.change(owner.id, { owned: 1, hot: customer.hot ? 1 : 0 }, { owned: ctx.settings.maxOwnedCustomers, hot: ctx.settings.maxHotCustomers }),
      ctx.repos.customers.putOwnershipEvent(ownershipEvent(ctx, { customerId: id, action: 'CREATE', toOwnerId: owner.id, reason: '新建客户' })),
      ...contacts.map((c, i) => ctx.repos.customers.putContact(newContact(id, c, now, i === 0))),
      ...ctx.repos.customers.putGrams(customer),
    ];
    return writes;
  });
  return created!;
}

export async function updateCustomer(ctx: ServiceContext, id: string, input: UpdateCustomerInput): Promise<Customer> {
  const current = await getEditableCustomerOrThrow(ctx, id);
  const { expectedVersion, ...changes } = input;
  if (current.version !== expectedVersion) throw new CrmError(COMMON_ERRORS.staleVersion, { entity: '客户' });
  const now = ctx.clock.now().toISOString();
  const defined = Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined)) as Partial<Customer>;
  const next: Customer = { ...current, ...defined, updatedAt: now, version: current.version + 1 };
  if (changes.name !== undefined) {
    next.name = cleanName(changes.name);
    next.nameKey = normalizeName(changes.name);
  }
  if (changes.buyingStatus && changes.buyingStatus !== current.buyingStatus) next.buyingStatusChangedAt = now;
  const writes: Write[] = [ctx.repos.customers.putIfVersion(next, expectedVersion)];
  if (next.nameKey !== current.nameKey) {
    writes.push(
      ctx.repos.customers.claimName(next),
      ctx.repos.customers.releaseName(current.nameKey),
      ...ctx.repos.customers.deleteGrams(current.nameKey, id),
      ...ctx.repos.customers.putGrams(next),
    );
  }
  writes.push(...buyingStatusWrites(ctx, current, next));
  if (current.ownerId && next.hot !== current.hot) {
    writes.push(ctx.repos.counters.change(current.ownerId, { hot: next.hot ? 1 : -1 }, { hot: ctx.settings.maxHotCustomers }));
  }
  await ctx.repos.commit(dedupeGramWrites(writes));
  return next;
}

/** Records a 五级分类 change (history item + monthly transition count) when `after` differs from `before`. */
export function buyingStatusWrites(ctx: ServiceContext, before: Customer, after: Customer): Write[] {
  if (before.buyingStatus === after.buyingStatus) return [];
  const now = ctx.clock.now();
  return ctx.repos.customers.recordBuyingStatusChange({
    id: `${now.toISOString()}#${newId(now)}`,
    customerId: after.id,
    from: before.buyingStatus,
    to: after.buyingStatus,
    at: now.toISOString(),
    actorId: ctx.actor.id,
  });
}

/** A rename that keeps some grams would delete and put the same key in one transaction; keep the put. */
function dedupeGramWrites(writes: Write[]): Write[] {
  const puts = new Set(writes.filter((w) => w.item.Put).map((w) => JSON.stringify([w.item.Put!.Item!.PK, w.item.Put!.Item!.SK])));
  return writes.filter((w) => !w.item.Delete || !puts.has(JSON.stringify([w.item.Delete.Key!.PK, w.item.Delete.Key!.SK])));
}

/** Each list is one Query on the index that holds exactly what the caller may see. */
export function customerListFor(ctx: ServiceContext, filter: { pool?: boolean; expiringBefore?: string; ownerId?: string }): CustomerListQuery {
  const actor = ctx.actor;
  if (filter.pool) {
    if (actor.role === 'FINANCE' || actor.role === 'SERVICE') throw new CrmError(COMMON_ERRORS.forbidden, { action: '查看公海' });
    return { kind: 'POOL', poolId: DEFAULT_POOL_ID };
  }
  if (filter.expiringBefore) return { kind: 'DEADLINE', userId: filter.ownerId ?? actor.id, before: filter.expiringBefore };
  if (actor.role === 'FINANCE' || actor.role === 'SERVICE') return { kind: 'FORMAL' };
  if (filter.ownerId) return { kind: 'OWNER', userId: filter.ownerId };
  if (actor.role === 'ADMIN') return { kind: 'ALL' };
  if (actor.role === 'MANAGER') return { kind: 'SUBTREE', path: actor.departmentPath };
  return { kind: 'OWNER', userId: actor.id };
}

export async function listCustomers(
  ctx: ServiceContext,
  filter: { pool?: boolean; expiringBefore?: string; ownerId?: string },
  limit: number,
  startKey?: PageKey,
): Promise<Page<Customer>> {
  if (filter.ownerId && filter.ownerId !== ctx.actor.id) {
    const owner = await ctx.repos.users.get(filter.ownerId);
    if (!owner || !isManagerOf(ctx.actor, owner.departmentPath)) throw new CrmError(COMMON_ERRORS.forbidden, { action: '查看该人员的客户' });
  }
  const page = await ctx.repos.customers.list(customerListFor(ctx, filter), limit, startKey);
  // Indexes already narrow to the caller's view; this guard keeps a future index mistake from leaking.
  return { ...page, items: page.items.filter((c) => canSeeCustomer(ctx.actor, c)) };
}

/** Duplicate check before entering a customer (rule 2): every name containing the keyword, with code and owner. */
export async function searchCustomerNames(ctx: ServiceContext, keyword: string) {
  if (!isSalesRole(ctx.actor.role)) throw new CrmError(COMMON_ERRORS.forbidden, { action: '客户查重' });
  const key = normalizeName(keyword);
  if ([...key.replace(/\s+/g, '')].length < 2) throw new CrmError(CUSTOMER_ERRORS.keywordTooShort);
  const matches = await ctx.repos.customers.searchByName(key, 20);
  const customers = await ctx.repos.customers.getMany(matches.map((m) => m.customerId));
  return matches.flatMap((m) => {
    const c = customers.get(m.customerId);
    return c ? [{ customerId: c.id, name: c.name, code: c.code, ownerId: c.ownerId, inPool: c.ownerId === undefined }] : [];
  });
}

export async function addContact(ctx: ServiceContext, customerId: string, input: ContactInput): Promise<Contact> {
  const customer = await getEditableCustomerOrThrow(ctx, customerId);
  const now = ctx.clock.now().toISOString();
  const contact = newContact(customerId, input, now, false);
  await ctx.repos.commit([ctx.repos.customers.checkVersion(customerId, customer.version), ctx.repos.customers.putContact(contact)]);
  return contact;
}

export async function updateContact(
  ctx: ServiceContext,
  customerId: string,
  contactId: string,
  input: Partial<ContactInput> & { expectedVersion: number },
): Promise<Contact> {
  const customer = await getEditableCustomerOrThrow(ctx, customerId);
  const current = await ctx.repos.customers.getContact(customerId, contactId);
  if (!current) throw new CrmError(COMMON_ERRORS.notFound, { entity: '联系人' });
  const { expectedVersion, ...changes } = input;
  const defined = Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined));
  const next: Contact = { ...current, ...defined, updatedAt: ctx.clock.now().toISOString(), version: current.version + 1 };
  await ctx.repos.commit([ctx.repos.customers.checkVersion(customerId, customer.version), ctx.repos.customers.putContact(next, expectedVersion)]);
  return next;
}
