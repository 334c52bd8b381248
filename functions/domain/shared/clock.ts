/** Every rule takes `now` from a clock so tests and demos move time instead of sleeping. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/**
 * A clock that runs at real speed from a chosen instant (like Stripe's test clocks, but time keeps
 * flowing so ordering of new records stays natural). Only moves forward.
 */
export class TestClock implements Clock {
  private offsetMs = 0;

  constructor(private readonly realNow: () => number = Date.now) {}

  now(): Date {
    return new Date(this.realNow() + this.offsetMs);
  }

  /** Returns false when `instant` lies in the clock's past. */
  moveTo(instant: Date): boolean {
    if (instant.getTime() < this.now().getTime()) return false;
    this.offsetMs = instant.getTime() - this.realNow();
    return true;
  }

  advance(ms: number): void {
    this.offsetMs += Math.max(0, ms);
  }
}

export const DAY_MS = 86_400_000;
export const HOUR_MS = 3_600_000;

export function addDays(at: Date | string, days: number): string {
  return new Date(new Date(at).getTime() + days * DAY_MS).toISOString();
}
