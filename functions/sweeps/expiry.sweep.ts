import type { Runtime } from '../api/runtime';
import type { SweepEvent } from './sweep-event';

export interface ExpirySweepResult {
  reclaimed: number;
  warned: number;
  skipped: number;
  failed: number;
  exhausted: boolean;
}

export function createExpirySweep(_runtime: Runtime) {
  return async (_event: SweepEvent): Promise<ExpirySweepResult> => ({ reclaimed: 0, warned: 0, skipped: 0, failed: 0, exhausted: true });
}
