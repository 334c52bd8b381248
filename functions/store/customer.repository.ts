import { GetCommand, QueryCommand, type QueryCommandInput } from '@aws-sdk/lib-dynamodb';
import { getManyById, queryAll } from './bulk';
import type { Contact } from '../domain/customers/contact.types';
import { CUSTOMER_ERRORS } from '../domain/customers/customer.errors';
import type { BuyingStatusChange, Customer, TeamMember } from '../domain/customers/customer.types';
import type { OwnershipEvent } from '../domain/protection/ownership.types';
import { COMMON_ERRORS, CrmError } from '../domain/shared/errors';
import { nameGrams } from '../domain/shared/normalize';
import type { Store } from './client';
import { resumeKeyOf, type Page, type PageKey } from './cursor';
import { customerItem, deadlineListKey, protectionQueueOf } from './customer-item';
import { fromItem } from './item-codec';
import type { Application } from '../domain/protection/application.types';
import { indexKeys, keys, PREFIX } from './keys';
import { ALL_INDEXES, INDEXES } from './table';
import type { Write } from './transactions';

/** Which index a customer list reads; each is exactly one Query per page. */
export type CustomerListQuery =
  | { kind: 'OWNER'; userId: string }
  | { kind: 'SUBTREE'; path: string }
  | { kind: 'ALL' }
  | { kind: 'FORMAL' }
  | { kind: 'POOL'; poolId: string }
  | { kind: 'DEADLINE'; userId: string; before?: string };

export interface CustomerCollection {
  customer: Customer;
  contacts: Contact[];
  ownership: OwnershipEvent[];
  /** Every other item of the collection (follow-ups, tasks, …) by its SK prefix, for the modules that own them. */
  others: Record<string, unknown>[];
  /** The stored items as read, for moves (merge). */
  raw: Record<string, unknown>[];
}

export interface NameMatch {
  customerId: string;
  name: string;
  code: string;
}

export class CustomerRepository {
  constructor(private readonly store: Store) {}

  private get table(): string {
    return this.store.tableName;
  }

  async get(id: string, consistent = false): Promise<Customer | undefined> {
    const out = await this.store.doc.send(new GetCommand({ TableName: this.table, Key: keys.customer(id), ConsistentRead: consistent }));
    return out.Item ? fromItem<Customer>(out.Item) : undefined;
  }

  async getMany(ids: readonly string[]): Promise<Map<string, Customer>> {
    return getManyById<Customer>(this.store, ids, keys.customer);
  }

  /** The customer with its contacts, ownership history and child records: one Query on its partition. */
  async getCollection(id: string): Promise<CustomerCollection | undefined> {
    const items = await queryAll(this.store, { KeyConditionExpression: 'PK = :pk', ExpressionAttributeValues: { ':pk': keys.customer(id).PK } });
    const profile = items.find((i) => i.SK === PREFIX.profile);
    if (!profile) return undefined;
    const bySk = (prefix: string) => items.filter((i) => String(i.SK).startsWith(prefix));
    return {
      customer: fromItem<Customer>(profile),
      contacts: bySk(PREFIX.contact).map((i) => fromItem<Contact>(i)),
      ownership: bySk(PREFIX.ownershipEvent).map((i) => fromItem<OwnershipEvent>(i)),
      others: items.filter((i) => i !== profile && !String(i.SK).startsWith(PREFIX.contact) && !String(i.SK).startsWith(PREFIX.ownershipEvent)),
      raw: items,
    };
  }

  async list(query: CustomerListQuery, limit: number, startKey?: PageKey): Promise<Page<Customer>> {
    const input = listQueryInput(query);
    const out = await this.store.doc.send(new QueryCommand({ TableName: this.table, ...input, Limit: limit, ExclusiveStartKey: startKey }));
    const index = ALL_INDEXES.find((i) => i.name === input.IndexName);
    const items = out.Items ?? [];
    return { items: items.map((i) => fromItem<Customer>(i)), itemKeys: items.map((i) => resumeKeyOf(i, index)), nextKey: out.LastEvaluatedKey };
  }

  /** Index item so a team member's "customers I work on" list is one Query on GSI1. */
  putTeamIndex(customerId: string, member: TeamMember): Write {
    return {
      item: {
        Put: {
          TableName: this.table,
          Item: { ...keys.teamMembership(customerId, member.userId), entity: 'TeamMembership', customerId, ...member, gsi1pk: `TEAM#${member.userId}`, gsi1sk: `C#${customerId}` },
        },
      },
    };
  }

  deleteTeamIndex(customerId: string, userId: string): Write {
    return { item: { Delete: { TableName: this.table, Key: keys.teamMembership(customerId, userId) } } };
  }

  /** Customers a user works on as a team member: Query GSI1 `TEAM#<userId>`, then BatchGet the customers. */
  async listTeamOf(userId: string, limit: number, startKey?: PageKey): Promise<Page<Customer>> {
    const out = await this.store.doc.send(
      new QueryCommand({
        TableName: this.table,
        IndexName: INDEXES.byOwner.name,
        KeyConditionExpression: 'gsi1pk = :pk',
        ExpressionAttributeValues: { ':pk': `TEAM#${userId}` },
        Limit: limit,
        ExclusiveStartKey: startKey,
      }),
    );
    const items = out.Items ?? [];
    const customers = await this.getMany(items.map((i) => String(i.customerId)));
    return {
      items: items.flatMap((i) => customers.get(String(i.customerId)) ?? []),
      itemKeys: items.filter((i) => customers.has(String(i.customerId))).map((i) => resumeKeyOf(i, INDEXES.byOwner)),
      nextKey: out.LastEvaluatedKey,
    };
  }

  /** Every owned customer of one protection queue (pool × grade) whose next check falls on `day`. */
  async *inProtectionQueue(poolId: string, grade: string, day: string): AsyncGenerator<Customer> {
    let startKey: PageKey | undefined;
    do {
      const out = await this.store.doc.send(
        new QueryCommand({
          TableName: this.table,
          IndexName: INDEXES.due.name,
          KeyConditionExpression: 'duePk = :pk',
          ExpressionAttributeValues: { ':pk': indexKeys.dueBucket(protectionQueueOf(poolId, grade), day) },
          ExclusiveStartKey: startKey,
        }),
      );
      for (const item of out.Items ?? []) yield fromItem<Customer>(item);
      startKey = out.LastEvaluatedKey;
    } while (startKey);
  }

  /** Name-contains search through the two-character gram index: one Query, no Scan. */
  async searchByName(keywordKey: string, limit: number): Promise<NameMatch[]> {
    const gram = nameGrams(keywordKey)[0];
    if (!gram) return [];
    const matches: NameMatch[] = [];
    let startKey: PageKey | undefined;
    do {
      const out = await this.store.doc.send(
        new QueryCommand({
          TableName: this.table,
          KeyConditionExpression: 'PK = :pk',
          FilterExpression: 'contains(nameKey, :kw)',
          ExpressionAttributeValues: { ':pk': `GRAM#${gram}`, ':kw': keywordKey },
          ExclusiveStartKey: startKey,
        }),
      );
      for (const i of out.Items ?? []) matches.push({ customerId: String(i.customerId), name: String(i.name), code: String(i.code) });
      startKey = out.LastEvaluatedKey;
    } while (startKey && matches.length < limit);
    return matches.slice(0, limit);
  }

  // ---- writes, composed by services into one transaction ----

  putNew(customer: Customer): Write {
    return {
      item: { Put: { TableName: this.table, Item: customerItem(customer), ConditionExpression: 'attribute_not_exists(PK)' } },
    };
  }

  /** Replaces the customer if nobody changed it since `expectedVersion` (optimistic lock). */
  putIfVersion(customer: Customer, expectedVersion: number): Write {
    return {
      item: {
        Put: {
          TableName: this.table,
          Item: customerItem(customer),
          ConditionExpression: 'version = :v',
          ExpressionAttributeValues: { ':v': expectedVersion },
        },
      },
      onConditionFailed: () => new CrmError(COMMON_ERRORS.staleVersion, { entity: '客户' }),
    };
  }

  claimName(customer: Customer): Write {
    return {
      item: {
        Put: {
          TableName: this.table,
          Item: { ...keys.customerName(customer.nameKey), entity: 'UniqueCustomerName', customerId: customer.id, code: customer.code, name: customer.name },
          ConditionExpression: 'attribute_not_exists(PK)',
        },
      },
      onConditionFailed: (existing) =>
        new CrmError(CUSTOMER_ERRORS.nameTaken, { name: customer.name, existingCode: String(existing?.code ?? '') }),
    };
  }

  releaseName(nameKey: string): Write {
    return { item: { Delete: { TableName: this.table, Key: keys.customerName(nameKey) } } };
  }

  putGrams(customer: Customer): Write[] {
    return nameGrams(customer.nameKey).map((gram) => ({
      item: {
        Put: {
          TableName: this.table,
          Item: { ...keys.nameGram(gram, customer.id), entity: 'NameGram', customerId: customer.id, nameKey: customer.nameKey, name: customer.name, code: customer.code },
        },
      },
    }));
  }

  deleteGrams(nameKey: string, customerId: string): Write[] {
    return nameGrams(nameKey).map((gram) => ({ item: { Delete: { TableName: this.table, Key: keys.nameGram(gram, customerId) } } }));
  }

  putOwnershipEvent(event: OwnershipEvent): Write {
    return {
      item: {
        Put: {
          TableName: this.table,
          Item: { ...keys.ownershipEvent(event.customerId, event.id), entity: 'OwnershipEvent', ...event },
          ConditionExpression: 'attribute_not_exists(PK)',
        },
      },
    };
  }

  putContact(contact: Contact, expectedVersion?: number): Write {
    const condition =
      expectedVersion === undefined
        ? { ConditionExpression: 'attribute_not_exists(PK)' }
        : { ConditionExpression: 'version = :v', ExpressionAttributeValues: { ':v': expectedVersion } };
    return {
      item: { Put: { TableName: this.table, Item: { ...keys.contact(contact.customerId, contact.id), entity: 'Contact', ...contact }, ...condition } },
      onConditionFailed: () => new CrmError(COMMON_ERRORS.staleVersion, { entity: '联系人' }),
    };
  }

  async getContact(customerId: string, contactId: string): Promise<Contact | undefined> {
    const out = await this.store.doc.send(new GetCommand({ TableName: this.table, Key: keys.contact(customerId, contactId) }));
    return out.Item ? fromItem<Contact>(out.Item) : undefined;
  }

  /** History of 五级分类 changes, plus a monthly transition counter so "how many moved TARGET → QUALIFIED" is one Get. */
  recordBuyingStatusChange(change: BuyingStatusChange): Write[] {
    const month = change.at.slice(0, 7);
    return [
      { item: { Put: { TableName: this.table, Item: { ...keys.buyingStatusChange(change.customerId, change.id), entity: 'BuyingStatusChange', ...change } } } },
      {
        item: {
          Update: {
            TableName: this.table,
            Key: keys.buyingTransitions(month),
            UpdateExpression: 'ADD #t :one SET entity = :entity',
            ExpressionAttributeNames: { '#t': `${change.from}>${change.to}` },
            ExpressionAttributeValues: { ':one': 1, ':entity': 'BuyingTransitions' },
          },
        },
      },
    ];
  }

  async buyingTransitions(month: string): Promise<Record<string, number>> {
    const out = await this.store.doc.send(new GetCommand({ TableName: this.table, Key: keys.buyingTransitions(month) }));
    const counts: Record<string, number> = {};
    for (const [name, value] of Object.entries(out.Item ?? {})) if (name.includes('>')) counts[name] = Number(value);
    return counts;
  }

  /**
   * A merge's view of the duplicate's items: history that moves to the survivor, pending applications
   * (closed, not moved), and per-customer slots, claim bans and team index items that go with it.
   */
  mergeParts(collection: CustomerCollection): { moving: Record<string, unknown>[]; pendingApplications: Application[]; leftovers: Record<string, unknown>[] } {
    const children = collection.raw.filter((i) => i.SK !== PREFIX.profile);
    const isPendingApplication = (i: Record<string, unknown>) => i.entity === 'Application' && i.status === 'PENDING';
    const isLeftover = (i: Record<string, unknown>) => /^(BAN|PENDING|TEAM)#/.test(String(i.SK));
    return {
      moving: children.filter((i) => !isPendingApplication(i) && !isLeftover(i)),
      pendingApplications: children.filter(isPendingApplication).map((i) => fromItem<Application>(i)),
      leftovers: children.filter((i) => isPendingApplication(i) || isLeftover(i)),
    };
  }

  copyChildTo(item: Record<string, unknown>, customerId: string): Write {
    return { item: { Put: { TableName: this.table, Item: { ...item, PK: keys.customer(customerId).PK, customerId } } } };
  }

  deleteChild(item: Record<string, unknown>): Write {
    return { item: { Delete: { TableName: this.table, Key: { PK: item.PK, SK: item.SK } } } };
  }

  deleteIfVersion(customer: Customer): Write {
    return {
      item: {
        Delete: {
          TableName: this.table,
          Key: keys.customer(customer.id),
          ConditionExpression: 'version = :v',
          ExpressionAttributeValues: { ':v': customer.version },
        },
      },
      onConditionFailed: () => new CrmError(COMMON_ERRORS.staleVersion, { entity: '客户' }),
    };
  }

  /** The customer must still be at `version` when a child record is written (so visibility was checked on current data). */
  checkVersion(customerId: string, version: number): Write {
    return {
      item: {
        ConditionCheck: {
          TableName: this.table,
          Key: keys.customer(customerId),
          ConditionExpression: 'version = :v',
          ExpressionAttributeValues: { ':v': version },
        },
      },
      onConditionFailed: () => new CrmError(COMMON_ERRORS.staleVersion, { entity: '客户' }),
    };
  }
}

function listQueryInput(query: CustomerListQuery): Omit<QueryCommandInput, 'TableName'> {
  switch (query.kind) {
    case 'OWNER':
      return byIndex(INDEXES.byOwner.name, 'gsi1pk = :pk', { ':pk': indexKeys.ownerList(query.userId) }, false);
    case 'POOL':
      return byIndex(INDEXES.byOwner.name, 'gsi1pk = :pk', { ':pk': indexKeys.poolList(query.poolId) }, false);
    case 'SUBTREE':
      return byIndex(INDEXES.byDepartment.name, 'gsi2pk = :pk AND begins_with(gsi2sk, :path)', { ':pk': indexKeys.allCustomers, ':path': query.path }, true);
    case 'ALL':
      return byIndex(INDEXES.byDepartment.name, 'gsi2pk = :pk', { ':pk': indexKeys.allCustomers }, true);
    case 'FORMAL':
      return byIndex(INDEXES.byDeadline.name, 'gsi3pk = :pk', { ':pk': indexKeys.formalCustomers }, false);
    case 'DEADLINE':
      return query.before
        ? byIndex(INDEXES.byDeadline.name, 'gsi3pk = :pk AND gsi3sk <= :before', { ':pk': deadlineListKey(query.userId), ':before': `${query.before}~` }, true)
        : byIndex(INDEXES.byDeadline.name, 'gsi3pk = :pk', { ':pk': deadlineListKey(query.userId) }, true);
  }
}

function byIndex(indexName: string, condition: string, values: Record<string, unknown>, forward: boolean): Omit<QueryCommandInput, 'TableName'> {
  return { IndexName: indexName, KeyConditionExpression: condition, ExpressionAttributeValues: values, ScanIndexForward: forward };
}
