import * as z from 'zod';
import { freeText } from '../follow-ups/follow-up.schemas';
import { isoDate, isoDateTime, requiredText, type FieldLabels } from '../shared/validation';
import { QUADRANTS } from './task.types';

const id = z.string().min(1).max(64);

export const CreateTaskInput = z.object({
  title: requiredText(100),
  note: freeText(1000).optional(),
  customerId: id.optional(),
  /** Managers and admins may give a task to someone in their subtree; default: yourself. */
  ownerId: id.optional(),
  dueAt: isoDateTime,
  remindAt: isoDateTime.optional(),
  quadrant: z.enum(QUADRANTS).default('IMPORTANT'),
});
export type CreateTaskInput = z.output<typeof CreateTaskInput>;

export const UpdateTaskInput = z.object({
  title: requiredText(100).optional(),
  note: freeText(1000).optional(),
  dueAt: isoDateTime.optional(),
  /** null clears the reminder. */
  remindAt: isoDateTime.nullable().optional(),
  quadrant: z.enum(QUADRANTS).optional(),
  done: z.boolean().optional(),
  expectedVersion: z.number().int().positive(),
});
export type UpdateTaskInput = z.output<typeof UpdateTaskInput>;

export const AgendaInput = z.object({ userId: id.optional(), date: isoDate.optional(), expiringWithinDays: z.number().int().min(1).max(60).default(7) });
export type AgendaInput = z.output<typeof AgendaInput>;

export const TaskRangeInput = z.object({ userId: id.optional(), from: isoDateTime, to: isoDateTime });
export type TaskRangeInput = z.output<typeof TaskRangeInput>;

export const TASK_LABELS: FieldLabels = {
  title: ['标题', 'title'],
  note: ['备注', 'note'],
  dueAt: ['截止时间', 'due time'],
  remindAt: ['提醒时间', 'reminder time'],
  quadrant: ['象限', 'quadrant'],
  content: ['内容', 'content'],
  startDate: ['开始日期', 'start date'],
  endDate: ['结束日期', 'end date'],
  completion: ['完成度', 'completion'],
  date: ['日期', 'date'],
};
