import { DynamoDBClient, UpdateTableCommand } from '@aws-sdk/client-dynamodb';
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

/**
 * DynamoDB Local rereads a table's whole stream on every write, so with the stream on, writes slow down as the
 * table grows (a handful of items per second after some ten thousand writes, here); DynamoDB in AWS writes at the same speed either way.
 * The bench measures the handlers, not the stream consumer, so its tables go without the stream.
 */
async function disableStream(endpoint: string, tableName: string): Promise<void> {
  const client = new DynamoDBClient({ endpoint, region: 'cn-north-1', credentials: { accessKeyId: 'local', secretAccessKey: 'local' } });
  await client.send(new UpdateTableCommand({ TableName: tableName, StreamSpecification: { StreamEnabled: false } })).catch((error: Error) => {
    if (!/stream.*(not enabled|disabled)|already/i.test(error.message)) throw error;
  });
  client.destroy();
}

/** A fresh table on DynamoDB Local and the same wiring as the deployed functions, with a clock the bench moves. */
export async function createBenchRuntime(endpoint: string, tableName: string, startAt: Date): Promise<BenchRuntime> {
  await ensureTable(endpoint, tableName);
  await disableStream(endpoint, tableName);
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
