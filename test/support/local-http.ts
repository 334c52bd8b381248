import { inject } from 'vitest';
import { LocalAuth } from '../../functions/local/local-auth';
import { startLocalStack, type LocalStack } from '../../functions/local/local-stack';
import type { TestClock } from '../../functions/domain/shared/clock';
import type { User } from '../../functions/domain/users/user.types';
import type { GqlResult, RecordingNotifier, TestStack } from './test-stack';

/** What a caller presents at the HTTP edge: a user's token, a broken token, or none. */
export type Credential =
  | { kind: 'user'; user: User }
  | { kind: 'none' }
  | { kind: 'expired'; user: User }
  | { kind: 'foreign-company'; user: User }
  | { kind: 'unknown-user' };

export interface HttpResult<T = Record<string, unknown>> extends GqlResult<T> {
  /** The raw response body, for leak checks on exactly what went over the wire. */
  raw: string;
}

export interface LocalHttpStack {
  local: LocalStack;
  /** The local runtime seen through the TestStack shape, so the usual builders work against it. */
  stack: TestStack;
  tokenFor(credential: Credential): Promise<string | undefined>;
  post<T = Record<string, unknown>>(credential: Credential, query: string, variables?: Record<string, unknown>): Promise<HttpResult<T>>;
  postRaw(body: string, token?: string, contentType?: string): Promise<{ status: number; raw: string }>;
  stop(): Promise<void>;
}

let serial = 0;

/**
 * The whole local server (HTTP adapter, local JWT check, Lambda handler) on the shared DynamoDB
 * Local, in memory, on loopback. Every request goes through the same edge a deployed client hits.
 */
export async function startLocalHttpStack(options: { testClock?: boolean } = {}): Promise<LocalHttpStack> {
  const companyId = `sec${Date.now().toString(36)}${(serial++).toString(36)}`;
  const local = await startLocalStack({ dynamoEndpoint: inject('dynamoEndpoint'), companyId, testClock: options.testClock ?? true, quiet: true });
  const runtime = local.runtime;
  const clock = runtime.clock as TestClock;
  const settings = await runtime.repos.settings.get();
  const foreignAuth = new LocalAuth('another-company-secret', `${companyId}-other`);
  const tokens = new Map<string, string>();

  const stack: TestStack = {
    runtime,
    clock,
    notifier: local.outbox as unknown as RecordingNotifier,
    settings,
    as: (user) => ({ actor: user, clock, settings, repos: runtime.repos }),
    gql: (user, query, variables) => post(user ? { kind: 'user', user } : { kind: 'none' }, query, variables),
  };

  async function tokenFor(credential: Credential): Promise<string | undefined> {
    switch (credential.kind) {
      case 'none':
        return undefined;
      case 'user': {
        const cached = tokens.get(credential.user.id);
        if (cached) return cached;
        const token = await local.auth.issue(credential.user.id, credential.user.email);
        tokens.set(credential.user.id, token);
        return token;
      }
      case 'expired':
        return local.auth.issue(credential.user.id, credential.user.email, 60, new Date(Date.now() - 3_600_000));
      case 'foreign-company':
        return foreignAuth.issue(credential.user.id, credential.user.email);
      case 'unknown-user':
        return local.auth.issue('01NOSUCHUSER0000000000000', 'nobody@example.cn');
    }
  }

  async function postRaw(body: string, token?: string, contentType = 'application/json') {
    const res = await fetch(local.url, {
      method: 'POST',
      headers: { 'content-type': contentType, ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body,
    });
    return { status: res.status, raw: await res.text() };
  }

  async function post<T>(credential: Credential, query: string, variables?: Record<string, unknown>): Promise<HttpResult<T>> {
    const { status, raw } = await postRaw(JSON.stringify({ query, variables }), await tokenFor(credential));
    let parsed: { data?: T; errors?: GqlResult<T>['errors'] } = {};
    try {
      parsed = JSON.parse(raw) as typeof parsed;
    } catch {
      parsed = { errors: [{ message: raw, extensions: { code: `HTTP_${status}` } }] };
    }
    return { status, raw, data: parsed.data ?? undefined, errors: parsed.errors };
  }

  return { local, stack, tokenFor, post, postRaw, stop: () => local.stop() };
}
