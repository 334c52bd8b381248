export const CUSTOMER_KINDS = ['COMPANY', 'PERSON'] as const;
export const LIFECYCLE_STAGES = ['POTENTIAL', 'INTENT', 'FORMAL'] as const;
export const BUYING_STATUSES = ['PROSPECT', 'TARGET', 'QUALIFIED', 'CLOSED', 'LOYAL'] as const;
export const GRADES = ['A', 'B', 'C'] as const;

export type CustomerKind = (typeof CUSTOMER_KINDS)[number];
export type LifecycleStage = (typeof LIFECYCLE_STAGES)[number];
export type BuyingStatus = (typeof BUYING_STATUSES)[number];
export type Grade = (typeof GRADES)[number];

export type DeadlineReason = 'POTENTIAL_STAGE' | 'INTENT_STAGE' | 'NO_VALID_FOLLOW_UP' | 'NO_OPEN_OPPORTUNITY' | 'EXTENSION';

/** The protection clock of an owned, non-FORMAL customer (PRODUCT.md rules 3–7, 11). */
export interface ProtectionState {
  /** When the current owner's protection started (create, claim or transfer). */
  ownedSince: string;
  lastValidFollowUpAt?: string;
  invalidFollowUps: number;
  invalidTracking: boolean;
  /** An approved extension keeps the customer protected at least until then. */
  extendedUntil?: string;
  deadline?: string;
  deadlineReason?: DeadlineReason;
  /** Warnings (days before) already sent for the current deadline. */
  warnedDeadline?: string;
  warnedDays: number[];
  /** Next instant the expiry sweep must look at this customer (a warning or the reclaim). */
  nextCheckAt?: string;
  /** Locked (锁定) customers are exempt from reclaim while locked. */
  locked?: boolean;
  /** The home pool's rule numbers that override company settings for this customer. */
  poolRules?: {
    potentialProtectionDays?: number;
    intentProtectionDays?: number;
    followUpFreshnessDays?: number;
    warningDaysBefore?: number[];
    managerWarningDaysBefore?: number[];
    /** Reclaim when the customer has had no open opportunity for this many days. */
    noOpenOpportunityDays?: number;
    /** No reclaim at all while the customer has an open opportunity. */
    exemptWithOpenOpportunity?: boolean;
  };
}

/** 协作人: a non-owner with read-only or read-write access to one customer, optionally until a date. */
export interface TeamMember {
  userId: string;
  role: 'CO_FOLLOWER' | 'AFTER_SALES';
  access: 'READ' | 'WRITE';
  until?: string;
  addedAt: string;
  addedBy: string;
}

export interface Customer {
  id: string;
  code: string;
  kind: CustomerKind;
  name: string;
  nameKey: string;
  industry?: string;
  region?: string;
  city?: string;
  address?: string;
  phone?: string;
  website?: string;
  source?: string;
  tags: string[];
  lifecycle: LifecycleStage;
  lifecycleChangedAt: string;
  buyingStatus: BuyingStatus;
  buyingStatusChangedAt: string;
  valueGrade?: Grade;
  creditGrade?: Grade;
  vip: boolean;
  hot: boolean;
  ownerId?: string;
  ownerDeptPath?: string;
  poolId?: string;
  enteredPoolAt?: string;
  protection?: ProtectionState;
  /** Open opportunities (商机) of the customer, kept by the pipeline in the deals' own transactions. */
  openOpportunities?: number;
  /** When the customer's last open opportunity was closed (starts the "no open opportunity" clock). */
  lastOpportunityClosedAt?: string;
  team?: TeamMember[];
  createdAt: string;
  createdBy: string;
  updatedAt: string;
  version: number;
}

/** One change of 五级分类, kept in the customer's history. */
export interface BuyingStatusChange {
  id: string;
  customerId: string;
  from: BuyingStatus;
  to: BuyingStatus;
  at: string;
  actorId: string;
}
