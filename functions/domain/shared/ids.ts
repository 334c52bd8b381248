import { monotonicFactory } from 'ulid';

const nextUlid = monotonicFactory();

/** Sortable unique ids (ULID), seeded with the injected clock's time. */
export function newId(now: Date): string {
  return nextUlid(now.getTime());
}
