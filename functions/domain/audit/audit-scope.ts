import { AsyncLocalStorage } from 'node:async_hooks';
import type { Clock } from '../shared/clock';

/**
 * Who is writing, carried with the request's async context from the API edge down to the storage
 * layer, so every write can be audited without each service passing the actor along.
 */
export interface AuditScope {
  actorId: string;
  source: 'api' | 'system' | 'restore';
  clock?: Clock;
  /** Computed only when the request writes (reads never pay for it). */
  operation?: () => string | undefined;
}

const storage = new AsyncLocalStorage<AuditScope>();

export function runAudited<T>(scope: AuditScope, work: () => T): T {
  return storage.run(scope, work);
}

export function currentAuditScope(): AuditScope | undefined {
  return storage.getStore();
}
