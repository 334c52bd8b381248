import * as z from 'zod';
import { isoDate, isoDateTime, text, type FieldLabels } from '../shared/validation';
import { FOLLOW_UP_TYPES, INTEREST_LEVELS } from './follow-up.types';

/**
 * Free text people write (follow-up content, reports): line breaks and full-width Chinese
 * punctuation (，。：) are kept as typed; other control characters go, ends are trimmed.
 */
export const freeText = (max: number) =>
  z
    .string()
    .transform((s) => s.replace(/\r\n?/g, '\n').replace(/[\u0000-\u0009\u000b-\u001f\u007f]/g, ' ').trim())
    .pipe(z.string().max(max));
export const requiredFreeText = (max: number) => freeText(max).pipe(z.string().min(1));

export const LogFollowUpInput = z.object({
  customerId: z.string().min(1).max(64),
  type: z.enum(FOLLOW_UP_TYPES),
  /** Default: now. */
  at: isoDateTime.optional(),
  contactId: z.string().min(1).max(64).optional(),
  /** Who was spoken to, when not a saved contact. */
  contactName: text(40).optional(),
  subject: text(100).optional(),
  purpose: freeText(200).optional(),
  interestLevel: z.enum(INTEREST_LEVELS).optional(),
  content: requiredFreeText(4000),
  needs: freeText(2000).optional(),
  nextContactAt: isoDateTime.optional(),
});
export type LogFollowUpInput = z.output<typeof LogFollowUpInput>;

export const ReviewFollowUpInput = z.object({
  decision: z.enum(['APPROVE', 'REJECT']),
  comment: freeText(500).optional(),
  expectedVersion: z.number().int().positive(),
});
export type ReviewFollowUpInput = z.output<typeof ReviewFollowUpInput>;

export const RepDayInput = z.object({ userId: z.string().min(1).max(64).optional(), date: isoDate });

export const FOLLOW_UP_LABELS: FieldLabels = {
  customerId: ['客户', 'customer'],
  type: ['跟进方式', 'type'],
  at: ['跟进时间', 'time'],
  contactName: ['联系人', 'contact'],
  subject: ['主题', 'subject'],
  purpose: ['目的', 'purpose'],
  content: ['跟进内容', 'content'],
  needs: ['了解到的需求', 'needs'],
  nextContactAt: ['下次联系时间', 'next contact time'],
  comment: ['审阅意见', 'comment'],
  date: ['日期', 'date'],
};
