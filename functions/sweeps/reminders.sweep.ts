import type { Runtime } from '../api/runtime';
import type { SweepEvent } from './sweep-event';

export interface ReminderSweepResult {
  sent: number;
  failed: number;
}

/** Placeholder until the reminders module lands: nothing is due yet. */
export function createReminderSweep(_runtime: Runtime) {
  return async (_event: SweepEvent): Promise<ReminderSweepResult> => ({ sent: 0, failed: 0 });
}
