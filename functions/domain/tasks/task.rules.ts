import { canManageOwned } from '../users/access.rules';
import type { Actor } from '../users/user.types';
import { addLocalDays, localDate, zonedInstant } from '../reminders/zoned-time';
import type { Task } from './task.types';

/** The owner, managers above the owner, admins. */
export function canManageTask(actor: Actor, t: Pick<Task, 'ownerId' | 'ownerDeptPath'>): boolean {
  return canManageOwned(actor, t);
}

export function isOverdue(t: Pick<Task, 'done' | 'dueAt'>, now: Date): boolean {
  return !t.done && t.dueAt < now.toISOString();
}

/** The instants bounding "today" and "tomorrow" in the company's time zone. */
export function agendaWindow(date: string, timeZone: string) {
  const tomorrow = addLocalDays(date, 1);
  return {
    date,
    tomorrow,
    todayStart: zonedInstant(date, '00:00', timeZone),
    tomorrowStart: zonedInstant(tomorrow, '00:00', timeZone),
    dayAfterStart: zonedInstant(addLocalDays(date, 2), '00:00', timeZone),
  };
}

export function todayIn(now: Date, timeZone: string): string {
  return localDate(now, timeZone);
}

/** Sorts tasks by due time, then quadrant (important and urgent first). */
export function byDueThenQuadrant(a: Task, b: Task): number {
  const order = ['IMPORTANT_URGENT', 'IMPORTANT', 'URGENT', 'NEITHER'];
  return a.dueAt === b.dueAt ? order.indexOf(a.quadrant) - order.indexOf(b.quadrant) : a.dueAt < b.dueAt ? -1 : 1;
}
