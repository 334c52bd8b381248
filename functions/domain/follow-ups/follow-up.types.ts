export const FOLLOW_UP_TYPES = ['CALL', 'VISIT', 'EMAIL', 'ONLINE', 'OTHER'] as const;
export type FollowUpType = (typeof FOLLOW_UP_TYPES)[number];

export const INTEREST_LEVELS = ['HIGH', 'MEDIUM', 'LOW', 'NONE'] as const;
export type InterestLevel = (typeof INTEREST_LEVELS)[number];

/** Why a follow-up does not count for protection (PRODUCT.md rule 6). */
export const INVALID_REASONS = ['TOO_SHORT', 'NO_CONTACT', 'CONTENTLESS'] as const;
export type InvalidReason = (typeof INVALID_REASONS)[number];

export const REVIEW_STATUSES = ['PENDING', 'APPROVED', 'REJECTED'] as const;
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];

export interface FollowUpReview {
  status: ReviewStatus;
  reviewerId?: string;
  comment?: string;
  reviewedAt?: string;
}

/** 跟进记录: what happened with a customer, by whom, and when to contact them next. */
export interface FollowUp {
  id: string;
  customerId: string;
  customerName: string;
  authorId: string;
  authorDeptPath: string;
  type: FollowUpType;
  /** When the contact happened. */
  at: string;
  /** Company-local date of `at`: the KPI day it counts for. */
  day: string;
  contactId?: string;
  contactName?: string;
  subject?: string;
  purpose?: string;
  interestLevel?: InterestLevel;
  content: string;
  needs?: string;
  nextContactAt?: string;
  nextContactTaskId?: string;
  valid: boolean;
  invalidReasons: InvalidReason[];
  review: FollowUpReview;
  createdAt: string;
  updatedAt: string;
  version: number;
}
