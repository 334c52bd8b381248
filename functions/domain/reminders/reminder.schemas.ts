import * as z from 'zod';
import { text, type FieldLabels } from '../shared/validation';
import { CHANNEL_CHOICES, IMPORTANT_DATE_KINDS } from './reminder.types';

const hhmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { message: '时间格式应为 HH:mm / time as HH:mm' });

export const NotificationPreferencesInput = z
  .object({
    channels: z.enum(CHANNEL_CHOICES),
    quietHoursStart: hhmm.nullish(),
    quietHoursEnd: hhmm.nullish(),
    /** Daily agenda digest time; null turns the digest off. */
    digestTime: hhmm.nullish(),
  })
  .refine((p) => !p.quietHoursStart === !p.quietHoursEnd, { message: '免打扰时段需同时填写开始和结束 / quiet hours need a start and an end', path: ['quietHoursStart'] });
export type NotificationPreferencesInput = z.output<typeof NotificationPreferencesInput>;

export const AddImportantDateInput = z.object({
  customerId: z.string().min(1).max(64),
  contactId: z.string().min(1).max(64).optional(),
  kind: z.enum(IMPORTANT_DATE_KINDS),
  label: text(20).optional(),
  /** Month and day (lunar when `lunar`); for a contact's birthday they default to the contact's. */
  month: z.number().int().min(1).max(12).optional(),
  day: z.number().int().min(1).max(31).optional(),
  lunar: z.boolean().optional(),
  year: z.number().int().min(1900).max(2100).optional(),
});
export type AddImportantDateInput = z.output<typeof AddImportantDateInput>;

export const REMINDER_LABELS: FieldLabels = {
  channels: ['提醒方式', 'channels'],
  quietHoursStart: ['免打扰开始', 'quiet hours start'],
  quietHoursEnd: ['免打扰结束', 'quiet hours end'],
  digestTime: ['每日日程推送时间', 'digest time'],
  kind: ['类型', 'kind'],
  label: ['名称', 'label'],
  month: ['月', 'month'],
  day: ['日', 'day'],
};
