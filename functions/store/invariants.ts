import { nameGrams } from '../domain/shared/normalize';
import type { Store } from './client';
import { ExportRepository, type StoredItem } from './export.repository';
import { TTL_ATTRIBUTE } from './table';

/**
 * The table's invariants, checked by walking every item. An ADMIN CHECK, never a request path: it
 * reads the whole table (through the export's Scan — acceptable only here and in the export) and
 * is run by the load test, the fault and hostile-input tests, and after an import.
 * Modules add their own rules to INVARIANT_RULES.
 */
export interface Violation {
  rule: string;
  key: string;
  detail: string;
}

export interface TableSnapshot {
  items: StoredItem[];
  get(pk: string, sk: string): StoredItem | undefined;
  partition(pk: string): StoredItem[];
  ofEntity(entity: string): StoredItem[];
}

export interface InvariantRule {
  name: string;
  /** `warning`: reported but not a broken promise (e.g. data that catches up on the next change). */
  severity?: 'violation' | 'warning';
  check(snapshot: TableSnapshot): Violation[];
}

export interface InvariantReport {
  items: number;
  byEntity: Record<string, number>;
  rules: string[];
  violations: Violation[];
  warnings: Violation[];
}

/** Identity of a violation for "is this one new?": numbers left out, so a drift already known is not reported again. */
export function violationKey(v: Violation): string {
  return `${v.rule}|${v.key}|${v.detail.replace(/\d+/g, '#')}`;
}

export function snapshotOf(items: StoredItem[]): TableSnapshot {
  const byKey = new Map<string, StoredItem>();
  const byPk = new Map<string, StoredItem[]>();
  const byEntity = new Map<string, StoredItem[]>();
  for (const item of items) {
    const pk = String(item.PK);
    byKey.set(`${pk}\u0000${String(item.SK)}`, item);
    byPk.set(pk, [...(byPk.get(pk) ?? []), item]);
    const entity = String(item.entity ?? '');
    byEntity.set(entity, [...(byEntity.get(entity) ?? []), item]);
  }
  return {
    items,
    get: (pk, sk) => byKey.get(`${pk}\u0000${sk}`),
    partition: (pk) => byPk.get(pk) ?? [],
    ofEntity: (entity) => byEntity.get(entity) ?? [],
  };
}

const keyOf = (item: StoredItem) => `${String(item.PK)} | ${String(item.SK)}`;
const str = (v: unknown) => (typeof v === 'string' ? v : undefined);
const customers = (s: TableSnapshot) => s.items.filter((i) => i.entity === 'Customer' && i.SK === '#PROFILE');
const users = (s: TableSnapshot) => s.items.filter((i) => i.entity === 'User' && i.SK === '#PROFILE');


export const CORE_INVARIANTS: InvariantRule[] = [
  {
    name: 'every item has string keys and an entity',
    check: (s) =>
      s.items
        .filter((i) => typeof i.PK !== 'string' || typeof i.SK !== 'string' || typeof i.entity !== 'string' || !i.entity)
        .map((i) => ({ rule: 'item-shape', key: keyOf(i), detail: `entity=${String(i.entity)}` })),
  },
  {
    // `poolId` is the customer's home pool (where it goes back to); it may be set while owned.
    name: 'every customer is either owned by one user or in its pool, and its list index says the same',
    check: (s) =>
      customers(s).flatMap((c) => {
        const owner = str(c.ownerId);
        const pool = str(c.poolId);
        const out: Violation[] = [];
        if (!owner && !pool) out.push({ rule: 'single-home', key: keyOf(c), detail: 'neither owned nor in a pool' });
        if (owner && c.ownerDeptPath === undefined) out.push({ rule: 'single-home', key: keyOf(c), detail: 'owned but without the owner department path' });
        if (!owner && (c.ownerDeptPath !== undefined || c.protection !== undefined)) out.push({ rule: 'single-home', key: keyOf(c), detail: 'in the pool but still carries owner data' });
        const expected = owner ? `OWNER#${owner}` : pool ? `POOL#${pool}` : undefined;
        if (c.gsi1pk !== expected) out.push({ rule: 'single-home', key: keyOf(c), detail: `list index ${String(c.gsi1pk)} ≠ ${expected}` });
        if (!owner && (c.gsi3pk as string | undefined)?.startsWith('DEADLINE#')) out.push({ rule: 'single-home', key: keyOf(c), detail: 'pool customer still on a deadline list' });
        if (!owner && c.duePk) out.push({ rule: 'single-home', key: keyOf(c), detail: 'pool customer still queued for the expiry sweep' });
        return out;
      }),
  },
  {
    name: "every owner exists and the customer's department path is the owner's",
    severity: 'warning',
    check: (s) =>
      customers(s).flatMap((c) => {
        const owner = str(c.ownerId);
        if (!owner) return [];
        const user = s.get(`USER#${owner}`, '#PROFILE');
        if (!user) return [{ rule: 'owner-exists', key: keyOf(c), detail: `owner ${owner} missing` }];
        return user.departmentPath === c.ownerDeptPath ? [] : [{ rule: 'owner-dept-path', key: keyOf(c), detail: `${String(c.ownerDeptPath)} ≠ owner's ${String(user.departmentPath)}` }];
      }),
  },
  {
    name: 'owner counters equal a recount of owned, hot and locked customers',
    check: (s) => {
      const counts = { owned: new Map<string, number>(), hot: new Map<string, number>(), locked: new Map<string, number>() };
      const bump = (m: Map<string, number>, id: string) => m.set(id, (m.get(id) ?? 0) + 1);
      for (const c of customers(s)) {
        const owner = str(c.ownerId);
        if (!owner) continue;
        bump(counts.owned, owner);
        if (c.hot === true) bump(counts.hot, owner);
        if ((c.protection as { locked?: boolean } | undefined)?.locked === true) bump(counts.locked, owner);
      }
      const ids = new Set([...counts.owned.keys(), ...counts.locked.keys(), ...s.ofEntity('UserCounters').map((i) => String(i.PK).slice('USER#'.length))]);
      return [...ids].flatMap((id) => {
        const counters = s.get(`USER#${id}`, 'COUNTERS');
        return (['owned', 'hot', 'locked'] as const).flatMap((name) => {
          const stored = Number(counters?.[name] ?? 0);
          const recount = counts[name].get(id) ?? 0;
          return stored === recount ? [] : [{ rule: 'owner-counters', key: `USER#${id}`, detail: `${name} counter ${stored}, recount ${recount}` }];
        });
      });
    },
  },
  {
    name: 'customer names are unique: one uniqueness item per customer, each pointing back at it',
    check: (s) => {
      const out: Violation[] = [];
      for (const c of customers(s)) {
        const claim = s.get(`UNIQUE#CUSTNAME#${String(c.nameKey)}`, 'UNIQUE');
        if (!claim) out.push({ rule: 'unique-name', key: keyOf(c), detail: `no uniqueness item for "${String(c.nameKey)}"` });
        else if (claim.customerId !== c.id) out.push({ rule: 'unique-name', key: keyOf(c), detail: `name held by ${String(claim.customerId)}` });
      }
      for (const claim of s.ofEntity('UniqueCustomerName')) {
        const c = s.get(`CUST#${String(claim.customerId)}`, '#PROFILE');
        const nameKey = String(claim.PK).slice('UNIQUE#CUSTNAME#'.length);
        if (!c || c.nameKey !== nameKey) out.push({ rule: 'unique-name', key: keyOf(claim), detail: `points at ${String(claim.customerId)} whose name key is ${String(c?.nameKey)}` });
      }
      return out;
    },
  },
  {
    name: 'user e-mails are unique: one uniqueness item per user, each pointing back at it',
    check: (s) => {
      const out: Violation[] = [];
      for (const u of users(s)) {
        const claim = s.get(`UNIQUE#EMAIL#${String(u.email)}`, 'UNIQUE');
        if (claim?.userId !== u.id) out.push({ rule: 'unique-email', key: keyOf(u), detail: `e-mail ${String(u.email)} held by ${String(claim?.userId)}` });
      }
      for (const claim of s.ofEntity('UniqueEmail')) {
        const u = s.get(`USER#${String(claim.userId)}`, '#PROFILE');
        if (!u || `UNIQUE#EMAIL#${String(u.email)}` !== claim.PK) out.push({ rule: 'unique-email', key: keyOf(claim), detail: `points at ${String(claim.userId)} (${String(u?.email)})` });
      }
      return out;
    },
  },
  {
    name: 'name-search grams match the names: every gram of every name, and no stale gram',
    check: (s) => {
      const out: Violation[] = [];
      for (const c of customers(s)) {
        for (const gram of nameGrams(String(c.nameKey))) {
          const g = s.get(`GRAM#${gram}`, `CUST#${String(c.id)}`);
          if (!g || g.nameKey !== c.nameKey || g.code !== c.code || g.name !== c.name) out.push({ rule: 'name-grams', key: keyOf(c), detail: `gram "${gram}" ${g ? 'stale' : 'missing'}` });
        }
      }
      for (const g of s.ofEntity('NameGram')) {
        const c = s.get(`CUST#${String(g.customerId)}`, '#PROFILE');
        const gram = String(g.PK).slice('GRAM#'.length);
        if (!c || !nameGrams(String(c.nameKey)).includes(gram)) out.push({ rule: 'name-grams', key: keyOf(g), detail: 'gram of a missing or renamed customer' });
      }
      return out;
    },
  },
  {
    name: 'customer codes are unique and the sequence is ahead of every code',
    check: (s) => {
      const out: Violation[] = [];
      const seen = new Map<string, string>();
      let max = 0;
      for (const c of customers(s)) {
        const code = String(c.code);
        const other = seen.get(code);
        if (other) out.push({ rule: 'customer-codes', key: keyOf(c), detail: `code ${code} also used by ${other}` });
        seen.set(code, String(c.id));
        max = Math.max(max, Number(code.replace(/\D/g, '')) || 0);
      }
      const sequence = Number(s.get('SEQ#CUSTOMER', 'SEQ')?.value ?? 0);
      if (sequence < max) out.push({ rule: 'customer-codes', key: 'SEQ#CUSTOMER', detail: `sequence ${sequence} behind code ${max}` });
      return out;
    },
  },
  {
    name: 'no orphans: every item of a customer or user partition has its profile',
    check: (s) =>
      s.items
        .filter((i) => /^(CUST|USER)#/.test(String(i.PK)) && i.SK !== '#PROFILE' && !s.get(String(i.PK), '#PROFILE'))
        // Items with a TTL (claim bans, markers) expire by themselves; the rest must not outlive their owner.
        .filter((i) => i[TTL_ATTRIBUTE] === undefined)
        .map((i) => ({ rule: 'orphan', key: keyOf(i), detail: `${String(i.entity)} without its profile` })),
  },
  {
    name: "every customer's ownership history ends where the customer is",
    check: (s) =>
      customers(s).flatMap((c) => {
        const events = s
          .partition(String(c.PK))
          .filter((i) => i.entity === 'OwnershipEvent' && (str(i.toOwnerId) || str(i.toPoolId)))
          .sort((a, b) => String(a.at).localeCompare(String(b.at)) || String(a.SK).localeCompare(String(b.SK)));
        const last = events.at(-1);
        if (!last) return [{ rule: 'ownership-history', key: keyOf(c), detail: 'no ownership event' }];
        const endsAt = str(last.toOwnerId) ? `owner ${String(last.toOwnerId)}` : `pool ${String(last.toPoolId)}`;
        const is = str(c.ownerId) ? `owner ${String(c.ownerId)}` : `pool ${String(c.poolId)}`;
        return endsAt === is ? [] : [{ rule: 'ownership-history', key: keyOf(c), detail: `history ends at ${endsAt}, customer is with ${is}` }];
      }),
  },
  {
    name: "a customer's open-deal count equals its open opportunities",
    check: (s) =>
      customers(s).flatMap((c) => {
        const open = s.partition(String(c.PK)).filter((i) => i.entity === 'Opportunity' && i.status === 'OPEN').length;
        const counted = Number(c.openOpportunities ?? 0);
        return counted === open ? [] : [{ rule: 'open-opportunities', key: keyOf(c), detail: `counted ${counted}, open ${open}` }];
      }),
  },
  {
    name: 'pending-application slots and pending applications match one to one',
    check: (s) => {
      const out: Violation[] = [];
      for (const slot of s.ofEntity('PendingApplication')) {
        const app = s.partition(String(slot.PK)).find((i) => i.entity === 'Application' && i.id === slot.applicationId);
        if (app?.status !== 'PENDING') out.push({ rule: 'pending-slots', key: keyOf(slot), detail: `slot for ${String(slot.applicationId)}, application ${app ? String(app.status) : 'missing'}` });
      }
      for (const app of s.ofEntity('Application').filter((a) => a.status === 'PENDING')) {
        const slot = s.get(String(app.PK), `PENDING#${String(app.kind)}`);
        if (slot?.applicationId !== app.id) out.push({ rule: 'pending-slots', key: keyOf(app), detail: 'pending application without its slot' });
      }
      return out;
    },
  },
];

/** Rules other modules register (their counters, ledgers, indexes). */
export const INVARIANT_RULES: InvariantRule[] = [...CORE_INVARIANTS];

export function checkSnapshot(snapshot: TableSnapshot, rules: readonly InvariantRule[] = INVARIANT_RULES): InvariantReport {
  const violations: Violation[] = [];
  const warnings: Violation[] = [];
  for (const rule of rules) {
    const found = rule.check(snapshot);
    (rule.severity === 'warning' ? warnings : violations).push(...found);
  }
  const byEntity: Record<string, number> = {};
  for (const item of snapshot.items) byEntity[String(item.entity)] = (byEntity[String(item.entity)] ?? 0) + 1;
  return { items: snapshot.items.length, byEntity, rules: rules.map((r) => r.name), violations, warnings };
}

export async function checkInvariants(store: Store, rules: readonly InvariantRule[] = INVARIANT_RULES): Promise<InvariantReport> {
  return checkSnapshot(snapshotOf(await new ExportRepository(store).readAll()), rules);
}
