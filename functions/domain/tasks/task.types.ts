/** Importance/urgency quadrant (四象限). */
export const QUADRANTS = ['IMPORTANT_URGENT', 'IMPORTANT', 'URGENT', 'NEITHER'] as const;
export type Quadrant = (typeof QUADRANTS)[number];

export const TASK_SOURCES = ['MANUAL', 'NEXT_CONTACT'] as const;
export type TaskSource = (typeof TASK_SOURCES)[number];

/** 待办任务: a to-do of one user, optionally about a customer, with a due time and a reminder. */
export interface Task {
  id: string;
  ownerId: string;
  ownerDeptPath: string;
  title: string;
  note?: string;
  customerId?: string;
  customerName?: string;
  dueAt: string;
  remindAt?: string;
  /** The `remindAt` whose reminder went out; a new `remindAt` schedules a new one. */
  remindedAt?: string;
  quadrant: Quadrant;
  done: boolean;
  doneAt?: string;
  source: TaskSource;
  followUpId?: string;
  createdBy: string;
  createdAt: string;
  updatedAt: string;
  version: number;
}

/** Where a task is stored: in its customer's collection, or on its own. */
export interface TaskRef {
  id: string;
  customerId?: string;
}

export function reminderPending(t: Pick<Task, 'remindAt' | 'remindedAt' | 'done'>): boolean {
  return t.remindAt !== undefined && !t.done && t.remindedAt !== t.remindAt;
}
