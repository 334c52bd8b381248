import { randomBytes } from 'node:crypto';
import type { Context } from 'aws-lambda';
import { apiEvent } from '../../bench/events';
import { inject } from 'vitest';
import { createApiHandler } from '../../functions/api/lambda';
import type { Runtime } from '../../functions/api/runtime';
import { TestClock } from '../../functions/domain/shared/clock';
import type { ServiceContext } from '../../functions/domain/shared/service-context';
import { DEFAULT_SETTINGS, type CompanySettings } from '../../functions/domain/settings/settings.types';
import type { Notifier, OutgoingMessage } from '../../functions/notify/notifier';
import { createStore } from '../../functions/store/client';
import { createRepositories } from '../../functions/store/repositories';
import { ensureTable } from '../../functions/store/table-bootstrap';
import type { User } from '../../functions/domain/users/user.types';

export const T0 = new Date('2026-03-02T01:00:00.000Z');

/** Collects messages instead of sending them. */
export class RecordingNotifier implements Notifier {
  readonly sent: OutgoingMessage[] = [];
  async send(message: OutgoingMessage): Promise<void> {
    this.sent.push(message);
  }
}

export interface TestStack {
  runtime: Runtime;
  clock: TestClock;
  notifier: RecordingNotifier;
  settings: CompanySettings;
  /** ServiceContext acting as this user, at the clock's current time. */
  as(user: User): ServiceContext;
  /** Runs a GraphQL operation through the real Lambda handler with an API Gateway v2 event. */
  gql<T = Record<string, unknown>>(user: User | undefined, query: string, variables?: Record<string, unknown>): Promise<GqlResult<T>>;
}

export interface GqlResult<T> {
  status: number;
  data?: T;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/** Where a stack's table lives, for code that builds its own runtime (a bundled handler in a child process). */
export interface TableLocation {
  tableName: string;
  endpoint: string;
}

/** A fresh table on the shared DynamoDB Local, a frozen test clock at T0, and the real repositories. */
export async function createTestStack(overrides: Partial<CompanySettings> = {}, options: { stream?: boolean } = {}): Promise<TestStack & TableLocation> {
  const endpoint = inject('dynamoEndpoint');
  const tableName = `crm-t${randomBytes(6).toString('hex')}`;
  // Only the report tests read the stream; without it DynamoDB Local writes several times faster.
  await ensureTable(endpoint, tableName, { stream: options.stream ?? false });
  const clock = new TestClock(() => T0.getTime());
  const settings = { ...DEFAULT_SETTINGS, ...overrides };
  const notifier = new RecordingNotifier();
  const runtime: Runtime = {
    companyId: 'test',
    locale: 'zh-CN',
    repos: createRepositories(createStore({ tableName, endpoint }), settings),
    clock,
    notifier,
    cursorSecret: 'test-cursor-secret',
    introspection: false,
  };
  const handler = createApiHandler(runtime);
  return {
    runtime,
    tableName,
    endpoint,
    clock,
    notifier,
    settings,
    as: (user) => ({ actor: user, clock, settings, repos: runtime.repos }),
    async gql(user, query, variables) {
      const event = apiEvent(JSON.stringify({ query, variables }), user?.id);
      const result = (await handler(event, {} as Context, () => undefined)) as { statusCode: number; body: string };
      const body = JSON.parse(result.body) as { data?: never; errors?: GqlResult<never>['errors'] };
      return { status: result.statusCode, data: body.data, errors: body.errors };
    },
  };
}

/** The bench's API Gateway v2 event: tests and bench hand the handler the same shape. */
export { apiEvent };
