import type { Customer } from '../domain/customers/customer.types';
import { indexKeys, keys } from './keys';

const POOL_PATH = '~POOL/';

/** The stored form of a customer: the record plus the index attributes that serve its access patterns. */
export function customerItem(c: Customer): Record<string, unknown> {
  const item: Record<string, unknown> = { ...keys.customer(c.id), entity: 'Customer', ...c };
  if (c.ownerId) {
    item.gsi1pk = indexKeys.ownerList(c.ownerId);
    item.gsi1sk = `C#${c.id}`;
  } else if (c.poolId) {
    item.gsi1pk = indexKeys.poolList(c.poolId);
    item.gsi1sk = `${c.enteredPoolAt ?? c.updatedAt}#${c.id}`;
  }
  item.gsi2pk = indexKeys.allCustomers;
  item.gsi2sk = `${c.ownerDeptPath ?? POOL_PATH}${c.id}`;
  if (c.lifecycle === 'FORMAL') {
    item.gsi3pk = indexKeys.formalCustomers;
    item.gsi3sk = c.id;
  } else if (c.ownerId && c.protection?.deadline) {
    item.gsi3pk = `DEADLINE#${c.ownerId}`;
    item.gsi3sk = `${c.protection.deadline}#${c.id}`;
  }
  if (c.ownerId && c.protection?.nextCheckAt) {
    // A check already in the past goes in today's bucket: sweeps never look behind their watermark.
    const bucketAt = c.protection.nextCheckAt > c.updatedAt ? c.protection.nextCheckAt : c.updatedAt;
    item.duePk = indexKeys.dueBucket('PROTECT', bucketAt);
    item.dueSk = indexKeys.dueSort(c.protection.nextCheckAt, c.id);
  }
  return item;
}

export function deadlineListKey(ownerId: string): string {
  return `DEADLINE#${ownerId}`;
}
