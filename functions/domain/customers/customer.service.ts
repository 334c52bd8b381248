import type { Write } from '../../store/transactions';
import type { Page, PageKey } from '../../store/cursor';
import type { CustomerListQuery } from '../../store/customer.repository';
import type { OwnershipEvent } from '../protection/ownership.types';
import { recomputeProtection, startProtection } from '../protection/protection.rules';
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
import { isPoolMember, poolRuleOverrides } from '../pools/pool.rules';
import { POOL_ERRORS } from '../pools/pool.errors';
import { routeNewCustomer } from '../pools/assignment.service';

export { DEFAULT_POOL_ID };

/** Invisible and missing customers look the same, so ids cannot be probed. */
export function visibleOrThrow(ctx: ServiceContext, customer: Customer | undefined): Customer {
  if (!customer || !canSeeCustomer(ctx.actor, customer, ctx.clock.now().toISOString())) throw new CrmError(COMMON_ERRORS.notFound, { entity: '客户' });
  return customer;
}

export async function getVisibleCustomerOrThrow(ctx: ServiceContext, id: string): Promise<Customer> {
  return visibleOrThrow(ctx, await ctx.repos.customers.get(id));
}

export async function getEditableCustomerOrThrow(ctx: ServiceContext, id: string): Promise<Customer> {
  const customer = await getVisibleCustomerOrThrow(ctx, id);
  if (!canEditCustomer(ctx.actor, customer, ctx.clock.now().toISOString())) throw new CrmError(COMMON_ERRORS.forbidden, { action: '修改此客户' });
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

/** Where a new customer lands: with a rep (protected from now on) or in a pool. */
export type Placement = { kind: 'REP'; rep: User; reason: string } | { kind: 'POOL'; poolId: string; reason: string };

/**
 * Rule of placement: an explicit owner; else, for managers and admins, the assignment rules
 * (round robin or a pool); else the creator.
 */
async function placeNewCustomer(ctx: ServiceContext, input: CreateCustomerInput): Promise<Placement> {
  if (input.ownerId) return { kind: 'REP', rep: await resolveOwner(ctx, input.ownerId), reason: '新建客户' };
  if (ctx.actor.role === 'ADMIN' || ctx.actor.role === 'MANAGER') {
    const routed = await routeNewCustomer(ctx, input);
    if (routed) return routed;
  }
  return { kind: 'REP', rep: await resolveOwner(ctx, undefined), reason: '新建客户' };
}

/**
 * Creates a customer (rule 3: a rep's new customer is POTENTIAL and protected from now on). Name
 * uniqueness, the owner's cap, the customer code and the history entry are one transaction
 * (rules 2, 9, 14). `placement` lets imports put rows straight into a pool.
 */
export async function createCustomer(ctx: ServiceContext, input: CreateCustomerInput, placement?: Placement): Promise<Customer> {
  if (!isSalesRole(ctx.actor.role)) throw new CrmError(COMMON_ERRORS.forbidden, { action: '新建客户' });
  const where = placement ?? (await placeNewCustomer(ctx, input));
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
    hot: where.kind === 'REP' && (input.hot ?? false),
    poolId: where.kind === 'POOL' ? where.poolId : DEFAULT_POOL_ID,
    createdAt: now,
    createdBy: ctx.actor.id,
    updatedAt: now,
    version: 1,
  };
  if (where.kind === 'REP') {
    const homePool = await ctx.repos.pools.get(DEFAULT_POOL_ID, ctx.settings, now);
    base.ownerId = where.rep.id;
    base.ownerDeptPath = where.rep.departmentPath;
    base.protection = startProtection(base, now, ctx.settings, homePool ? poolRuleOverrides(homePool.reclaimRules, base.valueGrade) : {});
  } else {
    base.enteredPoolAt = now;
  }
  // Customer codes may skip a number when a create fails (e.g. duplicate name); order numbers are gap-free.
  const customer: Customer = { ...base, code: customerCode(await ctx.repos.allocateNumber('CUSTOMER')) };
  await ctx.repos.commit([
    ctx.repos.customers.putNew(customer),
    ctx.repos.customers.claimName(customer),
    ...(where.kind === 'REP'
      ? [ctx.repos.counters.change(where.rep.id, { owned: 1, hot: customer.hot ? 1 : 0 }, { owned: ctx.settings.maxOwnedCustomers, hot: ctx.settings.maxHotCustomers })]
      : []),
    ctx.repos.customers.putOwnershipEvent(
      ownershipEvent(ctx, { customerId: id, action: 'CREATE', ...(where.kind === 'REP' ? { toOwnerId: where.rep.id } : { toPoolId: where.poolId }), reason: where.reason }),
    ),
    ...contacts.map((c, i) => ctx.repos.customers.putContact(newContact(id, c, now, i === 0))),
    ...ctx.repos.customers.putGrams(customer),
  ]);
  return customer;
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
  if (next.protection && next.valueGrade !== current.valueGrade) {
    // Pools may protect grades differently: take the new grade's numbers.
    const pool = await ctx.repos.pools.get(next.poolId ?? DEFAULT_POOL_ID, ctx.settings, now);
    const poolRules = pool ? poolRuleOverrides(pool.reclaimRules, next.valueGrade) : undefined;
    next.protection = recomputeProtection(next, { ...next.protection, poolRules }, ctx.settings);
  }
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
export interface CustomerListFilter {
  /** Customers the caller works on as a team member (协作人). */
  teamOf?: boolean;
  pool?: boolean;
  poolId?: string;
  expiringBefore?: string;
  ownerId?: string;
}

export function customerListFor(ctx: ServiceContext, filter: CustomerListFilter): CustomerListQuery {
  const actor = ctx.actor;
  if (filter.pool || filter.poolId) {
    if (actor.role === 'FINANCE' || actor.role === 'SERVICE') throw new CrmError(COMMON_ERRORS.forbidden, { action: '查看公海' });
    return { kind: 'POOL', poolId: filter.poolId ?? DEFAULT_POOL_ID };
  }
  if (filter.expiringBefore) return { kind: 'DEADLINE', userId: filter.ownerId ?? actor.id, before: filter.expiringBefore };
  if (actor.role === 'FINANCE' || actor.role === 'SERVICE') return { kind: 'FORMAL' };
  if (filter.ownerId) return { kind: 'OWNER', userId: filter.ownerId };
  if (actor.role === 'ADMIN') return { kind: 'ALL' };
  if (actor.role === 'MANAGER') return { kind: 'SUBTREE', path: actor.departmentPath };
  return { kind: 'OWNER', userId: actor.id };
}

export async function listCustomers(ctx: ServiceContext, filter: CustomerListFilter, limit: number, startKey?: PageKey): Promise<Page<Customer>> {
  if (filter.teamOf) {
    const page = await ctx.repos.customers.listTeamOf(ctx.actor.id, limit, startKey);
    const at = ctx.clock.now().toISOString();
    return { ...page, items: page.items.filter((c) => canSeeCustomer(ctx.actor, c, at)) };
  }
  if (filter.pool || filter.poolId) {
    const pool = await ctx.repos.pools.get(filter.poolId ?? DEFAULT_POOL_ID, ctx.settings, ctx.clock.now().toISOString());
    if (!pool || !isPoolMember(ctx.actor, pool)) throw new CrmError(POOL_ERRORS.poolNotFound);
  }
  if (filter.ownerId && filter.ownerId !== ctx.actor.id) {
    const owner = await ctx.repos.users.get(filter.ownerId);
    if (!owner || !isManagerOf(ctx.actor, owner.departmentPath)) throw new CrmError(COMMON_ERRORS.forbidden, { action: '查看该人员的客户' });
  }
  const page = await ctx.repos.customers.list(customerListFor(ctx, filter), limit, startKey);
  // Indexes already narrow to the caller's view; this guard keeps a future index mistake from leaking.
  const at = ctx.clock.now().toISOString();
  return { ...page, items: page.items.filter((c) => canSeeCustomer(ctx.actor, c, at)) };
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
