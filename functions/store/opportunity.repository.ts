import { GetCommand, QueryCommand, type QueryCommandInput } from '@aws-sdk/lib-dynamodb';
import type { Opportunity, OpportunityStatus } from '../domain/pipeline/opportunity.types';
import { COMMON_ERRORS, CrmError } from '../domain/shared/errors';
import type { Store } from './client';
import { resumeKeyOf, type Page, type PageKey } from './cursor';
import { fromItem } from './item-codec';
import { keys, SALES_PREFIX, salesIndexKeys, salesKeys } from './keys';
import { ALL_INDEXES, INDEXES } from './table';
import type { Write } from './transactions';
import { queryAll } from './bulk';

/** Which index an opportunity list reads; each page is one Query. */
export type OpportunityListQuery =
  | { kind: 'CUSTOMER'; customerId: string }
  | { kind: 'OWNER'; ownerId: string; status?: OpportunityStatus }
  | { kind: 'SUBTREE'; path: string; status?: OpportunityStatus }
  | { kind: 'ALL'; status?: OpportunityStatus };

/**
 * Opportunities live in their customer's item collection (`CUST#<id>` / `OPP#<id>`), so they move
 * with merges; GSI1 lists a rep's deals by status and stage age (stalled deals), GSI2 a department
 * subtree's, GSI3 finds one by id.
 */
export function opportunityItem(o: Opportunity): Record<string, unknown> {
  return {
    ...salesKeys.opportunity(o.customerId, o.id),
    entity: 'Opportunity',
    ...o,
    gsi1pk: salesIndexKeys.ownerOpportunities(o.ownerId),
    gsi1sk: `${o.status}#${o.stageEnteredAt}#${o.id}`,
    gsi2pk: salesIndexKeys.allOpportunities,
    gsi2sk: `${o.ownerDeptPath}${o.id}`,
    gsi3pk: salesIndexKeys.opportunityById(o.id),
    gsi3sk: 'OPP',
  };
}

export class OpportunityRepository {
  constructor(private readonly store: Store) {}

  private get table(): string {
    return this.store.tableName;
  }

  async get(customerId: string, id: string): Promise<Opportunity | undefined> {
    const out = await this.store.doc.send(new GetCommand({ TableName: this.table, Key: salesKeys.opportunity(customerId, id), ConsistentRead: true }));
    return out.Item ? fromItem<Opportunity>(out.Item) : undefined;
  }

  /**
   * By id alone, from its GSI3 entry (projection ALL). `consistent` (before a write) then reads the
   * current version with a consistent Get; a plain read takes the index copy, as list pages do,
   * and saves a round trip.
   */
  async findById(id: string, { consistent }: { consistent: boolean }): Promise<Opportunity | undefined> {
    const out = await this.store.doc.send(
      new QueryCommand({
        TableName: this.table,
        IndexName: INDEXES.byDeadline.name,
        KeyConditionExpression: 'gsi3pk = :pk',
        ExpressionAttributeValues: { ':pk': salesIndexKeys.opportunityById(id) },
      }),
    );
    const entries = out.Items ?? [];
    // More than one entry only while a merge moves the deal: then the consistent path decides.
    if (!consistent && entries.length === 1) return fromItem<Opportunity>(entries[0]!);
    const customerIds = [...new Set(entries.map((i) => String(i.customerId)))];
    for (const customerId of customerIds) {
      const found = await this.get(customerId, id);
      if (found) return found;
    }
    return undefined;
  }

  async list(query: OpportunityListQuery, limit: number, startKey?: PageKey): Promise<Page<Opportunity>> {
    const input = listInput(query);
    const out = await this.store.doc.send(new QueryCommand({ TableName: this.table, ...input, Limit: limit, ExclusiveStartKey: startKey }));
    const index = ALL_INDEXES.find((i) => i.name === input.IndexName);
    const items = out.Items ?? [];
    return { items: items.map((i) => fromItem<Opportunity>(i)), itemKeys: items.map((i) => resumeKeyOf(i, index)), nextKey: out.LastEvaluatedKey };
  }

  /** A rep's open deals whose stage is older than the cutoff: the key range of GSI1 holds exactly them. */
  async listStalled(ownerId: string, cutoff: string): Promise<Opportunity[]> {
    const items = await queryAll(this.store, {
      IndexName: INDEXES.byOwner.name,
      KeyConditionExpression: 'gsi1pk = :pk AND gsi1sk BETWEEN :from AND :to',
      ExpressionAttributeValues: { ':pk': salesIndexKeys.ownerOpportunities(ownerId), ':from': 'OPEN#', ':to': `OPEN#${cutoff}~` },
    });
    return items.map((i) => fromItem<Opportunity>(i));
  }

  /** A rep's open deals for one customer (owner changes move them with the customer). */
  async listOpenOfCustomer(customerId: string): Promise<Opportunity[]> {
    const out = await this.store.doc.send(
      new QueryCommand({
        TableName: this.table,
        KeyConditionExpression: 'PK = :pk AND begins_with(SK, :opp)',
        FilterExpression: '#s = :open',
        ExpressionAttributeNames: { '#s': 'status' },
        ExpressionAttributeValues: { ':pk': keys.customer(customerId).PK, ':opp': SALES_PREFIX.opportunity, ':open': 'OPEN' },
      }),
    );
    return (out.Items ?? []).map((i) => fromItem<Opportunity>(i));
  }

  putNew(o: Opportunity): Write {
    return { item: { Put: { TableName: this.table, Item: opportunityItem(o), ConditionExpression: 'attribute_not_exists(PK)' } } };
  }

  putIfVersion(o: Opportunity, expectedVersion: number): Write {
    return {
      item: {
        Put: {
          TableName: this.table,
          Item: opportunityItem(o),
          ConditionExpression: 'version = :v',
          ExpressionAttributeValues: { ':v': expectedVersion },
        },
      },
      onConditionFailed: () => new CrmError(COMMON_ERRORS.staleVersion, { entity: '商机' }),
    };
  }
}

function listInput(query: OpportunityListQuery): Omit<QueryCommandInput, 'TableName'> {
  const statusFilter = (status?: OpportunityStatus) =>
    status ? { FilterExpression: '#s = :status', ExpressionAttributeNames: { '#s': 'status' } } : {};
  switch (query.kind) {
    case 'CUSTOMER':
      return {
        KeyConditionExpression: 'PK = :pk AND begins_with(SK, :opp)',
        ExpressionAttributeValues: { ':pk': keys.customer(query.customerId).PK, ':opp': SALES_PREFIX.opportunity },
        ScanIndexForward: false,
      };
    case 'OWNER':
      return {
        IndexName: INDEXES.byOwner.name,
        KeyConditionExpression: query.status ? 'gsi1pk = :pk AND begins_with(gsi1sk, :status)' : 'gsi1pk = :pk',
        ExpressionAttributeValues: { ':pk': salesIndexKeys.ownerOpportunities(query.ownerId), ...(query.status ? { ':status': `${query.status}#` } : {}) },
        ScanIndexForward: false,
      };
    case 'SUBTREE':
      return {
        IndexName: INDEXES.byDepartment.name,
        KeyConditionExpression: 'gsi2pk = :pk AND begins_with(gsi2sk, :path)',
        ...statusFilter(query.status),
        ExpressionAttributeValues: { ':pk': salesIndexKeys.allOpportunities, ':path': query.path, ...(query.status ? { ':status': query.status } : {}) },
      };
    case 'ALL':
      return {
        IndexName: INDEXES.byDepartment.name,
        KeyConditionExpression: 'gsi2pk = :pk',
        ...statusFilter(query.status),
        ExpressionAttributeValues: { ':pk': salesIndexKeys.allOpportunities, ...(query.status ? { ':status': query.status } : {}) },
      };
  }
}
