import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import { createApiHandler } from '../api/lambda';
import type { Runtime } from '../api/runtime';
import { systemClock, TestClock } from '../domain/shared/clock';
import { DEFAULT_SETTINGS, type CompanySettings } from '../domain/settings/settings.types';
import { bootstrapCompany } from '../domain/users/bootstrap.service';
import type { User } from '../domain/users/user.types';
import { OutboxNotifier } from '../notify/outbox-notifier';
import { createStore } from '../store/client';
import { createRepositories } from '../store/repositories';
import { ensureTable } from '../store/table-bootstrap';
import { tableNameFor } from '../store/table';
import { createExpirySweep } from '../sweeps/expiry.sweep';
import { createReminderSweep } from '../sweeps/reminders.sweep';
import { sweepEvent } from '../sweeps/sweep-event';
import { isConsoleRequest, serveConsole } from './console/console-page';
import { startDynamoDbLocal, type RunningDynamo } from './dynamodb-local';
import { createAggregateConsumer } from '../streams/aggregates.consumer';
import { StreamPoller } from '../streams/stream-poller';
import { createHttpListener } from './http-adapter';
import { LocalAuth } from './local-auth';

export interface LocalStackOptions {
  companyId?: string;
  /** Persist under this folder (npm start: .crm-data); absent = in memory (tests). */
  dataDir?: string;
  /** Reuse a running DynamoDB Local instead of starting one. */
  dynamoEndpoint?: string;
  port?: number;
  testClock?: boolean;
  sweepEveryMs?: number;
  settings?: Partial<CompanySettings>;
  quiet?: boolean;
}

export interface LocalStack {
  url: string;
  /** The GraphQL explorer (GET /), signed in as the admin. */
  consoleUrl: string;
  dynamoEndpoint: string;
  runtime: Runtime;
  auth: LocalAuth;
  admin: User;
  adminToken: string;
  outbox: OutboxNotifier;
  runSweeps(): Promise<void>;
  /** Applies every pending table-stream record to the report aggregates (the deployed stack's stream Lambda). */
  drainAggregates(): Promise<number>;
  stop(): Promise<void>;
}

interface Secrets {
  jwtSecret: string;
  cursorSecret: string;
}

function loadSecrets(dataDir: string | undefined): Secrets {
  const fresh = { jwtSecret: randomBytes(32).toString('hex'), cursorSecret: randomBytes(32).toString('hex') };
  if (!dataDir) return fresh;
  mkdirSync(dataDir, { recursive: true });
  const file = join(dataDir, 'secrets.json');
  if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8')) as Secrets;
  writeFileSync(file, JSON.stringify(fresh, null, 2), { mode: 0o600 });
  return fresh;
}

/** The whole CRM on one machine: DynamoDB Local, the real Lambda handlers behind a local HTTP server, sweeps on a timer. */
export async function startLocalStack(options: LocalStackOptions = {}): Promise<LocalStack> {
  const companyId = options.companyId ?? 'local';
  const dynamo: RunningDynamo | undefined = options.dynamoEndpoint
    ? undefined
    : await startDynamoDbLocal({ dataDir: options.dataDir ? join(options.dataDir, 'dynamodb') : undefined });
  const endpoint = options.dynamoEndpoint ?? dynamo!.endpoint;
  const tableName = tableNameFor(companyId);
  await ensureTable(endpoint, tableName);
  const secrets = loadSecrets(options.dataDir);
  const store = createStore({ tableName, endpoint });
  const testClock = options.testClock ? new TestClock() : undefined;
  const outbox = new OutboxNotifier(store, options.quiet ? () => undefined : undefined);
  const settings = { ...DEFAULT_SETTINGS, ...options.settings };
  const runtime: Runtime = {
    companyId,
    locale: settings.locale,
    repos: createRepositories(store, settings),
    clock: testClock ?? systemClock,
    testClock,
    notifier: outbox,
    cursorSecret: secrets.cursorSecret,
    introspection: true,
  };
  const expirySweep = createExpirySweep(runtime);
  const reminderSweep = createReminderSweep(runtime);
  const runSweeps = async () => {
    const now = runtime.clock.now();
    await expirySweep(sweepEvent('expiry-sweep', now));
    await reminderSweep(sweepEvent('reminder-sweep', now));
  };
  runtime.afterClockMoved = runSweeps;

  // Report aggregates (issue #6): the stream poller stands in for the deployed stream Lambda.
  const aggregates = new StreamPoller({ endpoint, tableName, consume: createAggregateConsumer(runtime.repos, runtime.clock), everyMs: 1000 });
  aggregates.start();

  const admin = await bootstrapCompany(runtime.repos, runtime.clock, {
    companyName: '演示公司',
    adminEmail: `admin@${companyId}.crm.local`,
    adminName: '系统管理员',
  });
  const auth = new LocalAuth(secrets.jwtSecret, companyId);
  const handler = createApiHandler(runtime);
  const graphql = createHttpListener(handler as never, auth);
  const consoleUser = { label: admin.email, token: () => auth.issue(admin.id, admin.email) };
  const server: Server = createServer((req, res) => {
    if (!isConsoleRequest(req)) return void graphql(req, res);
    serveConsole(res, consoleUser).catch((error: unknown) => {
      console.error(error);
      res.destroy();
    });
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const timer = options.sweepEveryMs
    ? setInterval(() => runSweeps().catch((error) => console.error('sweep failed', error)), options.sweepEveryMs)
    : undefined;

  return {
    url: `http://localhost:${port}/graphql`,
    consoleUrl: `http://localhost:${port}/`,
    dynamoEndpoint: endpoint,
    runtime,
    auth,
    admin,
    adminToken: await auth.issue(admin.id, admin.email),
    outbox,
    runSweeps,
    drainAggregates: () => aggregates.drain(),
    async stop() {
      if (timer) clearInterval(timer);
      await aggregates.stop();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections?.();
      await dynamo?.stop();
    },
  };
}
