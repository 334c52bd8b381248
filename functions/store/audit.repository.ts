import { PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { currentAuditScope } from '../domain/audit/audit-scope';
import type { AuditChange, AuditEntry } from '../domain/audit/audit.types';
import { systemClock, type Clock } from '../domain/shared/clock';
import { newId } from '../domain/shared/ids';
import type { Store } from './client';
import type { PageKey } from './cursor';
import { fromItem } from './item-codec';
import { AUDIT_PREFIX, auditKeys } from './keys';

type Item = Record<string, unknown>;

/**
 * Writes that are bookkeeping, not business data: never audited on their own (a business
 * transaction that includes them is audited whole). Everything else is audited by default.
 */
const OPERATIONAL = /^(AUDIT#|RESTORE#|AGG|RATE#|SWEEP#|SEQ#|OUTBOX|DELIVERY#|NOTICE#)/;
const MAX_TRANSACTION_ITEMS = 100;
const MAX_DETAIL_CHARS = 4_000;
const MAX_ENTRY_DETAIL_CHARS = 200_000;
const NOT_A_CHANGE = new Set(['PK', 'SK', 'entity', 'gsi1pk', 'gsi1sk', 'gsi2pk', 'gsi2sk', 'gsi3pk', 'gsi3sk', 'duePk', 'dueSk', 'expiresAt']);

export class AppendOnlyViolation extends Error {
  constructor(what: string) {
    super(`审计日志只能追加，不能修改或删除 (audit log is append-only): ${what}`);
    this.name = 'AppendOnlyViolation';
  }
}

const attached = new WeakMap<Store, AuditRepository>();

/**
 * The audit log: every write to the table gets an entry saying who, when, through which operation,
 * and what changed. It is recorded in ONE place, a middleware on the store's document client, so
 * no service can forget it: a transaction carries its entry as one more item (written atomically
 * with it, or not at all); a lone Put/Update/Delete gets its entry right after it succeeded.
 * Entries are only ever added: any other write to an AUDIT# key is refused.
 */
export class AuditRepository {
  private clock: Clock = systemClock;

  private constructor(private readonly store: Store) {}

  /** The repository of this store, installing the middleware on first use. */
  static attach(store: Store): AuditRepository {
    const existing = attached.get(store);
    if (existing) return existing;
    const repository = new AuditRepository(store);
    attached.set(store, repository);
    store.doc.middlewareStack.add(
      (next, context) => async (args) => (await repository.around(context.commandName ?? '', args.input as Item, (input) => next({ ...args, input }))) as Awaited<ReturnType<typeof next>>,
      {
        step: 'initialize',
        priority: 'high',
        name: 'crmAuditTrail',
      },
    );
    return repository;
  }

  /** Time of entries written outside a request (sweeps): the runtime's clock, so test clocks apply. */
  useClock(clock: Clock): void {
    this.clock = clock;
  }

  /** Entries of one month partition between two instants, newest first: one Query. */
  async page(month: string, from: string, to: string, limit: number, startKey?: PageKey): Promise<{ items: AuditEntry[]; nextKey?: PageKey }> {
    const out = await this.store.doc.send(
      new QueryCommand({
        TableName: this.store.tableName,
        KeyConditionExpression: 'PK = :pk AND SK BETWEEN :from AND :to',
        ExpressionAttributeValues: { ':pk': auditKeys.month(month), ':from': from, ':to': `${to}~` },
        ScanIndexForward: false,
        Limit: limit,
        ExclusiveStartKey: startKey,
      }),
    );
    return { items: (out.Items ?? []).map((i) => fromItem<AuditEntry>(i)), nextKey: out.LastEvaluatedKey };
  }

  /** An entry written by a service itself (a restore summarises its chunk in one). */
  async append(entry: Omit<AuditEntry, 'id' | 'at'>): Promise<AuditEntry> {
    const at = this.now().toISOString();
    const full: AuditEntry = { ...entry, id: newId(new Date(at)), at };
    await this.store.doc.send(new PutCommand(this.putOf(full).Put));
    return full;
  }

  private now(): Date {
    return (currentAuditScope()?.clock ?? this.clock).now();
  }

  private async around(command: string, input: Item, send: (input: Item) => Promise<unknown>): Promise<unknown> {
    if (command === 'TransactWriteItemsCommand') return this.aroundTransaction(input, send);
    if (command === 'PutItemCommand' || command === 'UpdateItemCommand' || command === 'DeleteItemCommand') {
      const op = command === 'PutItemCommand' ? 'Put' : command === 'UpdateItemCommand' ? 'Update' : 'Delete';
      const change = describe(op, input);
      guardAppendOnly(op, input);
      if (!change || OPERATIONAL.test(change.pk)) return send(input);
      const result = await send(input);
      await this.writeAfter([change], 1);
      return result;
    }
    if (command === 'BatchWriteItemCommand') {
      const requests = Object.values((input.RequestItems ?? {}) as Record<string, { PutRequest?: { Item: Item }; DeleteRequest?: { Key: Item } }[]>).flat();
      const changes = requests.flatMap((r) => {
        const c = r.PutRequest ? describe('Put', { Item: r.PutRequest.Item }) : describe('Delete', { Key: r.DeleteRequest?.Key });
        return c ? [c] : [];
      });
      if (currentAuditScope()?.source === 'restore') return send(input);
      for (const c of changes) if (c.pk.startsWith(AUDIT_PREFIX.entry)) throw new AppendOnlyViolation(`batch write to ${c.pk}`);
      const business = changes.filter((c) => !OPERATIONAL.test(c.pk));
      if (business.length === 0) return send(input);
      const result = await send(input);
      await this.writeAfter(business, changes.length);
      return result;
    }
    return send(input);
  }

  private async aroundTransaction(input: Item, send: (input: Item) => Promise<unknown>): Promise<unknown> {
    const items = (input.TransactItems ?? []) as Record<string, Item>[];
    const changes: AuditChange[] = [];
    for (const entry of items) {
      const [op, body] = Object.entries(entry)[0] ?? [];
      if (op !== 'Put' && op !== 'Update' && op !== 'Delete') continue;
      guardAppendOnly(op, body!);
      const change = describe(op, body!);
      if (change) changes.push(change);
    }
    if (changes.every((c) => OPERATIONAL.test(c.pk))) return send(input);
    const entry = this.entryOf(changes, items.length);
    if (items.length < MAX_TRANSACTION_ITEMS) return send({ ...input, TransactItems: [...items, this.putOf(entry)] });
    // A full transaction has no room for its entry: it follows right after (documented gap: a crash in between loses it).
    const result = await send(input);
    await this.store.doc.send(new PutCommand(this.putOf(entry).Put));
    return result;
  }

  private async writeAfter(changes: AuditChange[], itemCount: number): Promise<void> {
    await this.store.doc.send(new PutCommand(this.putOf(this.entryOf(changes, itemCount)).Put));
  }

  private entryOf(changes: AuditChange[], itemCount: number): AuditEntry {
    const scope = currentAuditScope();
    const at = this.now();
    let budget = MAX_ENTRY_DETAIL_CHARS;
    const kept = changes.map((c) => {
      if (!c.detail) return c;
      budget -= c.detail.length;
      return budget >= 0 ? c : { ...c, detail: undefined, truncated: true };
    });
    return {
      id: newId(at),
      at: at.toISOString(),
      actorId: scope?.actorId ?? 'system',
      source: scope?.source ?? 'system',
      operation: scope?.operation?.(),
      changes: kept,
      itemCount,
    };
  }

  private putOf(entry: AuditEntry): { Put: { TableName: string; Item: Item; ConditionExpression: string } } {
    return {
      Put: {
        TableName: this.store.tableName,
        Item: { ...auditKeys.entry(entry.at, entry.id), entity: 'AuditEntry', ...entry },
        ConditionExpression: 'attribute_not_exists(PK)',
      },
    };
  }
}

function guardAppendOnly(op: string, body: Item): void {
  const key = (body.Item ?? body.Key) as Item | undefined;
  const pk = String(key?.PK ?? '');
  if (!pk.startsWith(AUDIT_PREFIX.entry)) return;
  const appending = op === 'Put' && (body.Item as Item | undefined)?.entity === 'AuditEntry' && body.ConditionExpression === 'attribute_not_exists(PK)';
  if (!appending) throw new AppendOnlyViolation(`${op} ${pk}`);
}

function describe(op: AuditChange['op'], body: Item): AuditChange | undefined {
  const item = (body.Item ?? body.Key) as Item | undefined;
  if (!item || typeof item.PK !== 'string') return undefined;
  // Updates name their entity in `SET entity = :entity` when they may create the item.
  const entity = item.entity ?? (body.ExpressionAttributeValues as Item | undefined)?.[':entity'];
  const change: AuditChange = { op, pk: item.PK, sk: String(item.SK ?? ''), entity: typeof entity === 'string' ? entity : undefined };
  let detail: string | undefined;
  if (op === 'Put') detail = JSON.stringify(Object.fromEntries(Object.entries(item).filter(([k]) => !NOT_A_CHANGE.has(k))));
  if (op === 'Update') detail = JSON.stringify({ update: body.UpdateExpression, names: body.ExpressionAttributeNames, values: body.ExpressionAttributeValues });
  if (detail && detail.length > MAX_DETAIL_CHARS) return { ...change, detail: detail.slice(0, MAX_DETAIL_CHARS), truncated: true };
  return detail ? { ...change, detail } : change;
}
