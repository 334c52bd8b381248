import type { Write } from '../../store/transactions';
import type { Contact } from '../customers/contact.types';
import type { ContactInput, CreateCustomerInput } from '../customers/customer.schemas';
import { DEFAULT_POOL_ID, ownershipEvent } from '../customers/customer.service';
import type { Customer } from '../customers/customer.types';
import { customerCode } from '../customers/customer.rules';
import { CrmError } from '../shared/errors';
import { newId } from '../shared/ids';
import { cleanName, normalizeName } from '../shared/normalize';
import type { ServiceContext } from '../shared/service-context';
import { IMPORT_ERRORS } from './import.errors';

function contactOf(customerId: string, input: ContactInput, now: string, primary: boolean): Contact {
  return { ...input, id: newId(new Date(now)), customerId, birthdayIsLunar: input.birthdayIsLunar ?? false, primary: input.primary ?? primary, createdAt: now, updatedAt: now, version: 1 };
}

/**
 * An imported customer nobody owns goes straight into the public pool (公海): the same single
 * transaction as createCustomer — code from the gap-free sequence, unique name, search grams,
 * contacts, a CREATE history entry — but no owner, so no protection clock and no owner counters.
 * Admins only: it bypasses the claim rules that put a customer in a rep's hands.
 */
export async function createPoolCustomer(ctx: ServiceContext, input: CreateCustomerInput): Promise<Customer> {
  if (ctx.actor.role !== 'ADMIN') throw new CrmError(IMPORT_ERRORS.adminOnly, { action: '批量导入客户到公海' });
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
    // Hot (热点) is a rep's cap-limited marker; a pool customer has no rep.
    hot: false,
    poolId: DEFAULT_POOL_ID,
    enteredPoolAt: now,
    createdAt: now,
    createdBy: ctx.actor.id,
    updatedAt: now,
    version: 1,
  };
  let created: Customer | undefined;
  await ctx.repos.commitNumbered('CUSTOMER', (n) => {
    const customer: Customer = { ...base, code: customerCode(n) };
    created = customer;
    const writes: Write[] = [
      ctx.repos.customers.putNew(customer),
      ctx.repos.customers.claimName(customer),
      ctx.repos.customers.putOwnershipEvent(ownershipEvent(ctx, { customerId: id, action: 'CREATE', toPoolId: DEFAULT_POOL_ID, reason: '批量导入（无归属人，进入公海）' })),
      ...contacts.map((c, i) => ctx.repos.customers.putContact(contactOf(id, c, now, i === 0))),
      ...ctx.repos.customers.putGrams(customer),
    ];
    return writes;
  });
  return created!;
}
