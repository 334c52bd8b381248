import * as z from 'zod';
import { BUYING_STATUSES, LIFECYCLE_STAGES } from '../customers/customer.types';
import { text, type FieldLabels } from '../shared/validation';

const words = z.array(text(40).pipe(z.string().min(1))).max(20).optional();

export const RecipientFilterInput = z.object({
  industries: words,
  regions: words,
  sources: words,
  tags: words,
  lifecycles: z.array(z.enum(LIFECYCLE_STAGES)).max(3).optional(),
  buyingStatuses: z.array(z.enum(BUYING_STATUSES)).max(5).optional(),
  ownerIds: z.array(z.string().min(1).max(64)).max(50).optional(),
  primaryContactsOnly: z.boolean().optional(),
});

/** Message text keeps its punctuation and line breaks (no NFKC here: ，。 must stay full-width). */
const messageText = (max: number) =>
  z
    .string()
    .transform((s) => s.replace(/\r\n?/g, '\n').replace(/[\u0000-\u0009\u000b-\u001f\u007f]/g, ' ').trim())
    .pipe(z.string().min(1).max(max));

export const CampaignInput = z.object({
  channel: z.enum(['SMS', 'EMAIL']),
  name: text(60).pipe(z.string().min(1)),
  subject: messageText(100).optional(),
  template: messageText(1000),
  filter: RecipientFilterInput.optional().transform((f) => f ?? {}),
});
export type CampaignInput = z.output<typeof CampaignInput>;

export const OptOutInput = z.object({
  channel: z.enum(['SMS', 'EMAIL']),
  address: z.string().min(1).max(254),
  reason: text(100).optional(),
});
export type OptOutInput = z.output<typeof OptOutInput>;

export const MESSAGING_LABELS: FieldLabels = {
  channel: ['渠道', 'channel'],
  name: ['群发名称', 'name'],
  subject: ['邮件主题', 'subject'],
  template: ['消息模板', 'template'],
  filter: ['筛选条件', 'filter'],
  address: ['手机号或邮箱', 'address'],
  reason: ['退订原因', 'reason'],
};
