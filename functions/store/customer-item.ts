import type { Customer } from '../domain/customers/customer.types';
import { DEFAULT_POOL_ID } from '../domain/pools/pool.types';
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
    item.duePk = indexKeys.dueBucket(protectionQueue(c), bucketAt);
    item.dueSk = indexKeys.dueSort(c.protection.nextCheckAt, c.id);
  }
  return item;
}

/**
 * Protection checks are queued per home pool and value grade, so a change of one pool's (or one
 * grade's) reclaim rules finds exactly the customers it affects.
 */
export function protectionQueue(c: Pick<Customer, 'poolId' | 'valueGrade'>): string {
  return protectionQueueOf(c.poolId ?? DEFAULT_POOL_ID, c.valueGrade ?? '-');
}

export function protectionQueueOf(poolId: string, grade: string): string {
  return `PROTECT#${poolId}.${grade}`;
}

export const QUEUE_GRADES = ['A', 'B', 'C', '-'] as const;

export function deadlineListKey(ownerId: string): string {
  return `DEADLINE#${ownerId}`;
}
