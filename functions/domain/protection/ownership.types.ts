export const OWNERSHIP_ACTIONS = ['CREATE', 'CLAIM', 'RELEASE', 'RECLAIM', 'TRANSFER', 'MERGE', 'ASSIGN', 'LOCK', 'UNLOCK'] as const;
export type OwnershipAction = (typeof OWNERSHIP_ACTIONS)[number];

/** An immutable record of an ownership change (PRODUCT.md rule 14): who, when, from, to, why. */
export interface OwnershipEvent {
  id: string;
  customerId: string;
  action: OwnershipAction;
  at: string;
  actorId: string;
  fromOwnerId?: string;
  toOwnerId?: string;
  fromPoolId?: string;
  toPoolId?: string;
  reason?: string;
}

/** The sweep acts as this system user in ownership history. */
export const SYSTEM_ACTOR_ID = 'system';
