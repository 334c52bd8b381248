import type { Runtime } from '../functions/api/runtime';
import { TestClock } from '../functions/domain/shared/clock';
import { DEFAULT_SETTINGS, type CompanySettings } from '../functions/domain/settings/settings.types';
import type { Notifier } from '../functions/notify/notifier';
import { createStore } from '../functions/store/client';
import { createRepositories } from '../functions/store/repositories';
import { ensureTable } from '../functions/store/table-bootstrap';

export const BENCH_COMPANY = 'bench';
export const BENCH_CURSOR_SECRET = 'bench-cursor-secret';

/** Counts messages instead of sending them: the bench measures the handlers, not SMS gateways. */
export class CountingNotifier implements Notifier {
  sent = 0;
  async send(): Promise<void> {
    this.sent++;
  }
}

/** Product defaults, except a cap on owned customers high enough that seeded reps can keep creating. */
export const BENCH_SETTINGS: CompanySettings = { ...DEFAULT_SETTINGS, maxOwnedCustomers: 100_000 };

export interface BenchRuntime extends Runtime {
  testClock: TestClock;
  notifier: CountingNotifier;
  tableName: string;
}

/** A fresh table on DynamoDB Local and the same wiring as the deployed functions, with a clock the bench moves. */
export async function createBenchRuntime(endpoint: string, tableName: string, startAt: Date): Promise<BenchRuntime> {
  // The bench measures the handlers, not the stream consumer: DynamoDB Local rereads a table's whole
  // stream on every write, so with the stream on its writes slow down as the table grows.
  await ensureTable(endpoint, tableName, { stream: false });
  const offset = startAt.getTime() - Date.now();
  const clock = new TestClock(() => Date.now() + offset);
  return {
    companyId: BENCH_COMPANY,
    locale: BENCH_SETTINGS.locale,
    repos: createRepositories(createStore({ tableName, endpoint }), BENCH_SETTINGS),
    clock,
    testClock: clock,
    notifier: new CountingNotifier(),
    cursorSecret: BENCH_CURSOR_SECRET,
    introspection: false,
    tableName,
  };
}
