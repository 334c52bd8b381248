/**
 * The one definition of the single table: key attributes and global secondary indexes.
 * Used by the CDK stack, the local bootstrap and the tests, so they can never drift apart.
 */
export const KEY = { pk: 'PK', sk: 'SK' } as const;

/** Epoch seconds after which DynamoDB deletes an item (dedupe records, claim bans, outbox). */
export const TTL_ATTRIBUTE = 'expiresAt';

export interface IndexDefinition {
  readonly name: string;
  readonly pk: string;
  readonly sk: string;
  readonly purpose: string;
}

export const INDEXES = {
  /** Lists by owner or by pool: `OWNER#<userId>` / `POOL#<poolId>`, sorted by recency. */
  byOwner: { name: 'GSI1', pk: 'gsi1pk', sk: 'gsi1sk', purpose: 'customers by owner or pool; users by company' },
  /** Org-scoped lists: one partition per entity kind, sort key starts with the owner's department path. */
  byDepartment: { name: 'GSI2', pk: 'gsi2pk', sk: 'gsi2sk', purpose: 'customers by department subtree; departments by path' },
  /** Protection countdown: owned, non-exempt customers by deadline per owner. */
  byDeadline: { name: 'GSI3', pk: 'gsi3pk', sk: 'gsi3sk', purpose: 'customers by protection deadline per owner' },
  /** Sparse, time-bucketed work queue for sweeps: `DUE#<kind>#<yyyy-mm-dd>` / `<iso>#<id>`. */
  due: { name: 'DUE', pk: 'duePk', sk: 'dueSk', purpose: 'items due for a sweep, bucketed by day' },
} as const satisfies Record<string, IndexDefinition>;

export const ALL_INDEXES: readonly IndexDefinition[] = Object.values(INDEXES);

export function tableNameFor(companyId: string): string {
  return `crm-${companyId}`;
}
