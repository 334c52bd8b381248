import * as z from 'zod';
import type { FieldLabels } from '../shared/validation';
import { isoDateTime, requiredText, text } from '../shared/validation';
import { TICKET_TYPES } from './service-ticket.types';

export const CreateTicketSchema = z.object({
  customerId: z.string().min(1),
  type: z.enum(TICKET_TYPES),
  subject: requiredText(200),
  description: text(4000).optional(),
  productIds: z.array(z.string().min(1).max(128)).max(50).default([]),
  assigneeId: z.string().min(1).optional(),
  /** Default: by type (service-ticket.rules.ts RESPONSE_HOURS). */
  responseDueAt: isoDateTime.optional(),
});
export type CreateTicketInput = z.output<typeof CreateTicketSchema>;

export const StartTicketSchema = z.object({ note: text(2000).optional() });
export const ResolveTicketSchema = z.object({ resolution: requiredText(2000) });
export const ReopenTicketSchema = z.object({ reason: requiredText(2000) });
export const SatisfactionSchema = z.object({
  satisfaction: z.number().int().min(1).max(5),
  comment: text(1000).optional(),
});

export const TICKET_LABELS: FieldLabels = {
  customerId: ['客户', 'customer'],
  type: ['工单类型', 'type'],
  subject: ['主题', 'subject'],
  description: ['描述', 'description'],
  productIds: ['产品', 'products'],
  assigneeId: ['受理人', 'assignee'],
  responseDueAt: ['响应期限', 'response deadline'],
  satisfaction: ['满意度', 'satisfaction'],
  comment: ['评价', 'comment'],
  note: ['说明', 'note'],
  resolution: ['解决方案', 'resolution'],
  reason: ['原因', 'reason'],
};
