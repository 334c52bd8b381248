import type { Clock, TestClock } from '../domain/shared/clock';
import type { Locale } from '../domain/shared/errors';
import type { Notifier } from '../notify/notifier';
import type { Repositories } from '../store/repositories';

/** Process-wide wiring shared by the API handler and the sweeps (built once per cold start). */
export interface Runtime {
  companyId: string;
  locale: Locale;
  repos: Repositories;
  clock: Clock;
  /** Present only on the local server started with CRM_TEST_CLOCK=1. */
  testClock?: TestClock;
  /** Local server: runs the sweeps right after the test clock moves. */
  afterClockMoved?: () => Promise<void>;
  notifier: Notifier;
  cursorSecret: string;
  introspection: boolean;
}
