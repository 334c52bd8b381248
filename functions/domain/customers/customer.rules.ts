import { canManageOwned } from '../users/access.rules';
import type { Actor } from '../users/user.types';
import { maskEmail, maskPhone } from '../shared/normalize';
import type { Contact } from './contact.types';
import type { Customer } from './customer.types';

/**
 * Who sees a customer (PRODUCT.md rule 1 and the org visibility rules): the owner, managers above
 * the owner, admins; finance and service staff see signed (FORMAL) customers they work for; any
 * sales user sees pool customers (with masked contact data).
 */
export function canSeeCustomer(actor: Actor, c: Customer, at?: string): boolean {
  if (canManageOwned(actor, c) || teamAccess(actor, c, at) !== undefined) return true;
  if ((actor.role === 'FINANCE' || actor.role === 'SERVICE') && c.lifecycle === 'FORMAL') return true;
  return c.ownerId === undefined && actor.role !== 'FINANCE' && actor.role !== 'SERVICE';
}

/** Edit and log follow-ups: the owner, managers above the owner, admins. Pool customers: admins only. */
export function canEditCustomer(actor: Actor, c: Customer, at?: string): boolean {
  if (c.ownerId === undefined) return actor.role === 'ADMIN';
  return canManageOwned(actor, c) || teamAccess(actor, c, at) === 'WRITE';
}

/** A team member's access while their membership runs (`at` absent: membership end not checked). */
export function teamAccess(actor: Actor, c: Customer, at?: string): 'READ' | 'WRITE' | undefined {
  const member = c.team?.find((m) => m.userId === actor.id);
  if (!member || (at !== undefined && member.until !== undefined && member.until <= at)) return undefined;
  return member.access;
}

/** Phone numbers of VIP customers show only to the owner; pool customers show masked to everyone. */
export function shouldMaskContactData(actor: Actor, c: Customer): boolean {
  if (c.ownerId === undefined) return actor.role !== 'ADMIN';
  return c.vip && c.ownerId !== actor.id;
}

export function presentCustomer(actor: Actor, c: Customer): Customer {
  if (!shouldMaskContactData(actor, c) || !c.phone) return c;
  return { ...c, phone: maskPhone(c.phone) };
}

export function presentContact(actor: Actor, c: Customer, contact: Contact): Contact {
  if (!shouldMaskContactData(actor, c)) return contact;
  return {
    ...contact,
    mobile: contact.mobile && maskPhone(contact.mobile),
    phone: contact.phone && maskPhone(contact.phone),
    email: contact.email && maskEmail(contact.email),
  };
}

export function customerCode(sequence: number): string {
  return `KH${String(sequence).padStart(6, '0')}`;
}
