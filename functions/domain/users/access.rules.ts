import type { Actor, Role } from './user.types';

/** Who may see and change what: the visibility rules of the product, as plain functions. */
export interface Owned {
  ownerId?: string;
  ownerDeptPath?: string;
}

export function isInSubtree(path: string | undefined, ancestorPath: string): boolean {
  return path !== undefined && path.startsWith(ancestorPath);
}

/** Owner, a manager above the owner, or an admin. */
export function canManageOwned(actor: Actor, record: Owned): boolean {
  if (actor.role === 'ADMIN') return true;
  if (record.ownerId !== undefined && record.ownerId === actor.id) return true;
  return actor.role === 'MANAGER' && isInSubtree(record.ownerDeptPath, actor.departmentPath);
}

export function isManagerOf(actor: Actor, userDeptPath: string): boolean {
  return actor.role === 'ADMIN' || (actor.role === 'MANAGER' && isInSubtree(userDeptPath, actor.departmentPath));
}

export const SALES_ROLES: readonly Role[] = ['ADMIN', 'MANAGER', 'REP'];

export function isSalesRole(role: Role): boolean {
  return SALES_ROLES.includes(role);
}

/** How a list of records is narrowed for an actor; storage turns each scope into one Query. */
export type ListScope =
  | { kind: 'ALL' }
  | { kind: 'SUBTREE'; path: string }
  | { kind: 'OWNER'; userId: string };

export function listScopeFor(actor: Actor): ListScope {
  if (actor.role === 'ADMIN') return { kind: 'ALL' };
  if (actor.role === 'MANAGER') return { kind: 'SUBTREE', path: actor.departmentPath };
  return { kind: 'OWNER', userId: actor.id };
}
