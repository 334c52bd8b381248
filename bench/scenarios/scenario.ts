import type { Customer } from '../../functions/domain/customers/customer.types';
import type { User } from '../../functions/domain/users/user.types';
import type { ApiDataset } from '../seed';

/**
 * What the round-trip budget expects of an operation: a list page is one Query; an object with its
 * nested lists at most two sequential round trips after the request's auth lookup; others: time only.
 */
export type Shape = 'list' | 'object' | 'other';

export interface Scenario {
  name: string;
  module: string;
  shape: Shape;
  document: string;
  /** The caller and variables of request `i` (warm-up included), so writes never collide. */
  next(i: number): { user: User; variables?: Record<string, unknown> };
  /** Learns from a response what later requests need (a record's new version, an id it created). */
  observe?(data: Record<string, unknown>, i: number): void;
}

/**
 * Each write scenario that changes a customer's state takes its own slot of every rep's customers,
 * so no scenario finds a customer another one released, merged or made FORMAL.
 */
export const SLOTS = ['read', 'update', 'rename', 'release', 'intent', 'extension', 'transfer', 'formal', 'mergeInto', 'mergeFrom', 'order', 'deal', 'lock'] as const;
export type Slot = (typeof SLOTS)[number];

/** Tracks `version` per id from responses, for optimistic-lock mutations. */
export function versions() {
  const known = new Map<string, number>();
  return {
    of: (id: string | undefined) => known.get(id ?? '') ?? 1,
    learn: (record: unknown) => {
      const r = record as { id?: string; version?: number } | undefined;
      if (r?.id && r.version) known.set(r.id, r.version);
    },
  };
}

/** Helpers every module's scenarios use to pick callers and data from the seeded company. */
export interface ScenarioKit {
  data: ApiDataset;
  admin: User;
  finance: User;
  service: User;
  /** Calendar day `days` after the API clock's start (yyyy-mm-dd), and an instant `hours` after it. */
  day(days: number): string;
  at(hours: number): string;
  /** Reps in turn: request i is made by rep i mod reps. */
  rep(i: number): User;
  /** Another rep of the same department (transfers, claims after a release). */
  peerOf(user: User): User;
  managerOf(user: User): User;
  /** Request i's customer in a slot: owned by rep(i), never handed to another slot's scenarios. */
  customer(slot: Slot, i: number): Customer;
  /** Unique per bench run, for names that must be unique company-wide. */
  tag: string;
}

export function scenarioKit(data: ApiDataset, requestsPerScenario: number, start: Date): ScenarioKit {
  const perSlot = Math.ceil(requestsPerScenario / data.reps.length);
  const rep = (i: number) => data.reps[i % data.reps.length]!;
  return {
    data,
    admin: data.admin,
    finance: data.finance,
    service: data.service,
    day: (days) => new Date(start.getTime() + days * 86_400_000).toISOString().slice(0, 10),
    at: (hours) => new Date(start.getTime() + hours * 3_600_000).toISOString(),
    rep,
    peerOf: (user) => {
      const peers = data.reps.filter((r) => r.departmentId === user.departmentId && r.id !== user.id);
      return peers[0] ?? data.reps.find((r) => r.id !== user.id) ?? user;
    },
    managerOf: (user) => data.managers.find((m) => user.departmentPath.startsWith(m.departmentPath)) ?? data.admin,
    customer: (slot, i) => {
      const mine = data.customersByRep.get(rep(i).id)!;
      return mine[(SLOTS.indexOf(slot) * perSlot + Math.floor(i / data.reps.length)) % mine.length]!;
    },
    tag: Date.now().toString(36),
  };
}

/** Customers each rep needs so that no two slots share a customer. */
export function customersPerRepNeeded(reps: number, requestsPerScenario: number): number {
  return SLOTS.length * Math.ceil(requestsPerScenario / reps);
}

export const CUSTOMER_FIELDS = 'id code name phone lifecycle buyingStatus vip hot version owner { id name } protection { deadline deadlineReason daysLeft }';
export const CUSTOMER_PAGE = 'edges { cursor node { id code name lifecycle buyingStatus hot owner { id name } protection { deadline daysLeft } } } pageInfo { hasNextPage endCursor }';
