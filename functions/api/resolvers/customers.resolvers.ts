import { presentContact, presentCustomer } from '../../domain/customers/customer.rules';
import {
  CreateCustomerInput,
  ContactInput,
  CUSTOMER_LABELS,
  SearchKeyword,
  UpdateContactInput,
  UpdateCustomerInput,
} from '../../domain/customers/customer.schemas';
import {
  addContact,
  createCustomer,
  listCustomers,
  searchCustomerNames,
  updateContact,
  updateCustomer,
  visibleOrThrow,
} from '../../domain/customers/customer.service';
import { daysUntil } from '../../domain/protection/protection.rules';
import { recordPoolOpen } from '../../domain/protection/pool.service';
import { parseInput } from '../../domain/shared/validation';
import type { ApiContext } from '../context';
import type { Resolvers } from '../generated/resolvers-types';
import { cursorScope, decodeAfter, pageSize, toConnection } from '../pagination';

const parse = <S extends Parameters<typeof parseInput>[0]>(schema: S, raw: unknown, ctx: ApiContext) =>
  parseInput(schema, raw, ctx.runtime.locale, CUSTOMER_LABELS);

async function userRef(ctx: ApiContext, id: string | undefined) {
  if (!id) return null;
  const user = await ctx.loaders.users.load(id);
  return user ? { id: user.id, name: user.name } : { id, name: '（已删除用户）' };
}

export const customerResolvers: Resolvers = {
  Query: {
    customer: async (_, { id }, ctx) => {
      const service = ctx.service();
      const collection = await ctx.loaders.collections.load(id);
      const customer = visibleOrThrow(service, collection?.customer);
      await recordPoolOpen(service, customer);
      return presentCustomer(service.actor, customer);
    },
    customers: async (_, { filter, first, after }, ctx) => {
      const service = ctx.service();
      const cleanFilter = {
        pool: filter?.inPool ?? undefined,
        poolId: filter?.poolId ?? undefined,
        teamOf: filter?.teamOf ?? undefined,
        ownerId: filter?.ownerId ?? undefined,
        expiringBefore: filter?.expiringBefore ?? undefined,
      };
      const scope = cursorScope(ctx, 'customers', cleanFilter);
      const page = await listCustomers(service, cleanFilter, pageSize(first), decodeAfter(ctx, after, scope));
      for (const c of page.items) ctx.loaders.customers.prime(c.id, c);
      return toConnection(ctx, { ...page, items: page.items.map((c) => presentCustomer(service.actor, c)) }, scope);
    },
    searchCustomerNames: async (_, { keyword }, ctx) => {
      const matches = await searchCustomerNames(ctx.service(), parse(SearchKeyword, keyword, ctx));
      return Promise.all(matches.map(async (m) => ({ ...m, owner: await userRef(ctx, m.ownerId) })));
    },
  },
  Mutation: {
    createCustomer: async (_, { input }, ctx) => createCustomer(ctx.service(), parse(CreateCustomerInput, input, ctx)),
    updateCustomer: async (_, { id, input }, ctx) => updateCustomer(ctx.service(), id, parse(UpdateCustomerInput, input, ctx)),
    addContact: async (_, { customerId, input }, ctx) => addContact(ctx.service(), customerId, parse(ContactInput, input, ctx)),
    updateContact: async (_, { customerId, contactId, input }, ctx) =>
      updateContact(ctx.service(), customerId, contactId, parse(UpdateContactInput, input, ctx)),
  },
  Customer: {
    owner: (c, _, ctx) => userRef(ctx, c.ownerId),
    inPool: (c) => c.ownerId === undefined,
    openOpportunities: (c) => c.openOpportunities ?? 0,
    protection: (c, _, ctx) =>
      c.ownerId && c.protection
        ? { ...c.protection, daysLeft: c.protection.deadline ? daysUntil(c.protection.deadline, ctx.runtime.clock.now()) : null }
        : null,
    contacts: async (c, _, ctx) => {
      const collection = await ctx.loaders.collections.load(c.id);
      const actor = ctx.service().actor;
      return (collection?.contacts ?? []).map((contact) => presentContact(actor, c, contact));
    },
  },
  CustomerNameMatch: {
    owner: (m) => m.owner ?? null,
  },
};

