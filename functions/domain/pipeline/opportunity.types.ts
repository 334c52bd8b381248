import type { Fen } from '../money/money';

export const OPPORTUNITY_STATUSES = ['OPEN', 'WON', 'LOST'] as const;
export type OpportunityStatus = (typeof OPPORTUNITY_STATUSES)[number];

/** One stay in a stage: entered, and (once moved on or closed) left. */
export interface StageVisit {
  stageId: string;
  enteredAt: string;
  leftAt?: string;
  by: string;
}

/** A deal in the pipeline (商机 / 跟单), stored in its customer's item collection. */
export interface Opportunity {
  id: string;
  customerId: string;
  title: string;
  productIds: string[];
  expectedAmount: Fen;
  currency: string;
  expectedCloseDate: string;
  ownerId: string;
  ownerDeptPath: string;
  status: OpportunityStatus;
  stageId: string;
  stageEnteredAt: string;
  /** Stages this deal has reached (every stage up to the furthest one), for conversion rates. */
  reachedStageIds: string[];
  stageHistory: StageVisit[];
  closedAt?: string;
  closeReason?: string;
  lessons?: string;
  orderId?: string;
  createdAt: string;
  createdBy: string;
  updatedAt: string;
  version: number;
}
