import type { BuyingStatus, LifecycleStage } from '../customers/customer.types';
import type { Channel } from '../../notify/notifier';

export type { Channel };

/** Which contacts a campaign reaches, among the customers its sender may see. Empty lists mean "any". */
export interface RecipientFilter {
  industries?: string[];
  regions?: string[];
  sources?: string[];
  /** Any of these tags. */
  tags?: string[];
  lifecycles?: LifecycleStage[];
  buyingStatuses?: BuyingStatus[];
  ownerIds?: string[];
  primaryContactsOnly?: boolean;
}

export const CAMPAIGN_STATUSES = ['SENDING', 'COMPLETED'] as const;
export type CampaignStatus = (typeof CAMPAIGN_STATUSES)[number];

/** 短信个性群发 / 邮件群发: one templated message to many contacts, sent in resumable batches. */
export interface Campaign {
  id: string;
  name: string;
  channel: Channel;
  subject?: string;
  template: string;
  filter: RecipientFilter;
  status: CampaignStatus;
  createdBy: string;
  creatorDeptPath: string;
  createdAt: string;
  completedAt?: string;
  /** Recipients written when the campaign was created. */
  total: number;
  sent: number;
  failed: number;
  /** Opted out after the campaign was created (checked again before every send). */
  skipped: number;
  /** Left out at creation: on the opt-out list, or without a usable mobile / e-mail. */
  excludedOptOut: number;
  excludedNoAddress: number;
  version: number;
}

export const RECIPIENT_STATUSES = ['PENDING', 'SENDING', 'SENT', 'FAILED', 'SKIPPED'] as const;
export type RecipientStatus = (typeof RECIPIENT_STATUSES)[number];

/** The delivery record of one address in one campaign. */
export interface CampaignRecipient {
  campaignId: string;
  address: string;
  contactId: string;
  customerId: string;
  contactName: string;
  customerName: string;
  /** Rendered when the campaign was created: what the preview showed is what is sent. */
  text: string;
  /** E-mail subject, rendered the same way. */
  subject?: string;
  status: RecipientStatus;
  attempts: number;
  leaseUntil?: string;
  sentAt?: string;
  error?: string;
  updatedAt: string;
}

/** 退订: this phone number or e-mail receives no campaign message, ever. */
export interface OptOut {
  channel: Channel;
  address: string;
  reason?: string;
  createdBy: string;
  createdAt: string;
}
