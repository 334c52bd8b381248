import type { Grade } from '../customers/customer.types';

/** Who may claim from a pool, and how fast (PRODUCT.md rules 8–9, per pool). */
export interface ClaimRules {
  /** Claims per rep per day from this pool; absent = unlimited. */
  dailyClaimCap?: number;
  /** Days a rep who released or lost a customer may not claim it back. */
  cooldownDays: number;
  /** Hours a customer that just fell into the pool stays unclaimable by anyone. */
  holdHours: number;
  /** Pool customers a rep may open per day (anti-scraping); absent = unlimited. */
  dailyOpenCap?: number;
}

/** How long owned customers of this pool stay protected; absent numbers fall back to company settings. */
export interface ReclaimRules {
  followUpDays?: number;
  /** A separate freshness period per value grade (e.g. A customers 30 days, C 7). */
  followUpDaysByGrade?: Partial<Record<Grade, number>>;
  potentialDays?: number;
  intentDays?: number;
  /** Warnings to the owner, days before the reclaim. */
  warningDaysBefore?: number[];
  /** Warnings to the owner's managers, days before the reclaim. */
  managerWarningDaysBefore?: number[];
  /** Rule kind "no open opportunity for N days" (off when absent). */
  noOpenOpportunityDays?: number;
  /** Exemption: no reclaim while the customer has an open opportunity. */
  exemptWithOpenOpportunity?: boolean;
  /** Where reclaimed customers go (default: this pool). */
  targetPoolId?: string;
}

export interface Pool {
  id: string;
  name: string;
  /** Members see and claim; `everyone` makes a company-wide pool. */
  everyone: boolean;
  memberDeptPaths: string[];
  memberUserIds: string[];
  adminIds: string[];
  claimRules: ClaimRules;
  reclaimRules: ReclaimRules;
  createdAt: string;
  updatedAt: string;
  version: number;
}

export const DEFAULT_POOL_ID = 'default';
