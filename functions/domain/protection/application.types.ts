export const APPLICATION_KINDS = ['INTENT', 'EXTENSION'] as const;
export type ApplicationKind = (typeof APPLICATION_KINDS)[number];
/** CANCELLED: closed without a decision because its customer was merged into another. */
export type ApplicationStatus = 'PENDING' | 'APPROVED' | 'REJECTED' | 'CANCELLED';

/** A rep's request a manager decides: advance to INTENT (rule 4) or extend protection (rule 7, 时间加权申请). */
export interface Application {
  id: string;
  customerId: string;
  customerName: string;
  kind: ApplicationKind;
  reason: string;
  /** EXTENSION only. */
  days?: number;
  applicantId: string;
  /** The applicant's department path, so managers above can find and decide it. */
  applicantDeptPath: string;
  status: ApplicationStatus;
  createdAt: string;
  decidedAt?: string;
  deciderId?: string;
  decisionComment?: string;
  version: number;
}
