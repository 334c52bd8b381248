import DataLoader from 'dataloader';
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { COMMON_ERRORS, CrmError } from '../domain/shared/errors';
import type { ServiceContext } from '../domain/shared/service-context';
import type { Actor, User } from '../domain/users/user.types';
import type { Department } from '../domain/users/department.types';
import type { CompanySettings } from '../domain/settings/settings.types';
import type { Customer } from '../domain/customers/customer.types';
import type { CustomerCollection } from '../store/customer.repository';
import { CursorCodec } from '../store/cursor';
import type { Runtime } from './runtime';

/** Per-request context: the caller, their rules, and DataLoaders so nested fields batch instead of N+1. */
export interface ApiContext {
  runtime: Runtime;
  /** Undefined when the request carries no valid identity; `service()` then refuses. */
  actor?: Actor;
  authError?: CrmError;
  settings: CompanySettings;
  cursors: CursorCodec;
  loaders: {
    users: DataLoader<string, User | undefined>;
    customers: DataLoader<string, Customer | undefined>;
    collections: DataLoader<string, CustomerCollection | undefined>;
    departments: DataLoader<string, Department | undefined>;
  };
  service(): ServiceContext;
}

type JwtClaims = Record<string, string | number | boolean | string[] | undefined>;

export function claimsOf(event: APIGatewayProxyEventV2): JwtClaims | undefined {
  const ctx = event.requestContext as APIGatewayProxyEventV2['requestContext'] & { authorizer?: { jwt?: { claims?: JwtClaims } } };
  return ctx.authorizer?.jwt?.claims;
}

/** A per-request loader over a repository's one-BatchGet `getMany`. */
function byIdLoader<T>(getMany: (ids: readonly string[]) => Promise<Map<string, T>>): DataLoader<string, T | undefined> {
  return new DataLoader(async (ids) => {
    const found = await getMany(ids);
    return ids.map((id) => found.get(id));
  });
}

export async function buildContext(runtime: Runtime, event: APIGatewayProxyEventV2): Promise<ApiContext> {
  const { repos } = runtime;
  const users = byIdLoader<User>((ids) => repos.users.getMany(ids));
  const customers = byIdLoader<Customer>((ids) => repos.customers.getMany(ids));
  const collections = new DataLoader<string, CustomerCollection | undefined>((ids) =>
    Promise.all(ids.map((id) => repos.customers.getCollection(id))),
  );
  const departments = byIdLoader<Department>((ids) => repos.departments.getMany(ids));
  const sub = claimsOf(event)?.sub;
  const [user, settings] = await Promise.all([typeof sub === 'string' ? users.load(sub) : undefined, repos.settings.get()]);
  let authError: CrmError | undefined;
  if (typeof sub !== 'string') authError = new CrmError(COMMON_ERRORS.unauthenticated);
  else if (!user) authError = new CrmError(COMMON_ERRORS.unknownUser);
  else if (!user.active) authError = new CrmError(COMMON_ERRORS.inactiveUser);
  const actor = authError ? undefined : user;
  return {
    runtime,
    actor,
    authError,
    settings,
    cursors: new CursorCodec(runtime.cursorSecret),
    loaders: { users, customers, collections, departments },
    service() {
      if (!actor) throw authError ?? new CrmError(COMMON_ERRORS.unauthenticated);
      return { actor, clock: runtime.clock, settings, repos };
    },
  };
}
