/** The EventBridge-shaped payload EventBridge Scheduler sends (see infra): `time` is the sweep's now. */
export interface SweepEvent {
  id?: string;
  time: string;
  source?: string;
  'detail-type'?: string;
  detail?: Record<string, unknown>;
}

export function sweepEvent(kind: 'expiry-sweep' | 'reminder-sweep', at: Date): SweepEvent {
  return { id: `${kind}-${at.toISOString()}`, time: at.toISOString(), source: 'crm.scheduler', 'detail-type': kind, detail: {} };
}

/** A sweep treats the event's `time` as now; a malformed event falls back to the clock. */
export function sweepNow(event: SweepEvent | undefined, fallback: Date): Date {
  const parsed = event?.time ? new Date(event.time) : undefined;
  return parsed && !Number.isNaN(parsed.getTime()) ? parsed : fallback;
}
