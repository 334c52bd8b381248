import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { ServiceTicket, TicketStatus } from '../domain/service/service-ticket.types';
import { COMMON_ERRORS, CrmError } from '../domain/shared/errors';
import type { Store } from './client';
import { resumeKeyOf, type Page, type PageKey } from './cursor';
import { fromItem } from './item-codec';
import { indexKeys, REPORT_PREFIX, reportIndexKeys, reportKeys } from './keys';
import { INDEXES } from './table';
import type { Write } from './transactions';

/**
 * A ticket lives in its customer's collection and is indexed: by assignee (GSI1), by status for the
 * service desk (GSI2), by id (GSI3), and — while it waits for a first response — in the DUE index
 * under kind TICKET at its response deadline, which is how the reminder sweep finds overdue tickets.
 */
export function serviceTicketItem(t: ServiceTicket): Record<string, unknown> {
  const item: Record<string, unknown> = {
    ...reportKeys.serviceTicket(t.customerId, t.id),
    entity: 'ServiceTicket',
    ...t,
    gsi2pk: reportIndexKeys.allTickets,
    gsi2sk: `${t.status}#${t.createdAt}#${t.id}`,
    gsi3pk: reportIndexKeys.ticketById(t.id),
    gsi3sk: 'TICKET',
  };
  if (t.assigneeId) {
    item.gsi1pk = reportIndexKeys.ticketsOfAssignee(t.assigneeId);
    item.gsi1sk = `${t.createdAt}#${t.id}`;
  }
  if (awaitsOverdueCheck(t)) {
    // A deadline already past at write time goes in today's bucket: sweeps never look behind their watermark.
    const bucketAt = t.responseDueAt > t.updatedAt ? t.responseDueAt : t.updatedAt;
    item.duePk = indexKeys.dueBucket(reportIndexKeys.ticketDueKind, bucketAt);
    item.dueSk = indexKeys.dueSort(t.responseDueAt, t.id);
  }
  return item;
}

export function awaitsOverdueCheck(t: ServiceTicket): boolean {
  return !t.firstResponseAt && !t.overdueFlaggedAt && (t.status === 'OPEN' || t.status === 'REOPENED');
}

export class ServiceTicketRepository {
  constructor(private readonly store: Store) {}

  private get table(): string {
    return this.store.tableName;
  }

  /** By id: one Query on GSI3 (the key holds the customer id). */
  async get(id: string): Promise<ServiceTicket | undefined> {
    const out = await this.store.doc.send(
      new QueryCommand({
        TableName: this.table,
        IndexName: INDEXES.byDeadline.name,
        KeyConditionExpression: 'gsi3pk = :pk',
        ExpressionAttributeValues: { ':pk': reportIndexKeys.ticketById(id) },
      }),
    );
    const item = out.Items?.[0];
    return item ? fromItem<ServiceTicket>(item) : undefined;
  }

  put(t: ServiceTicket, expectedVersion?: number): Write {
    const condition =
      expectedVersion === undefined
        ? { ConditionExpression: 'attribute_not_exists(PK)' }
        : { ConditionExpression: 'version = :v', ExpressionAttributeValues: { ':v': expectedVersion } };
    return {
      item: { Put: { TableName: this.table, Item: serviceTicketItem(t), ...condition } },
      onConditionFailed: () => new CrmError(COMMON_ERRORS.staleVersion, { entity: '服务工单' }),
    };
  }

  /** A customer's tickets, newest first by id (ULID): one Query on its partition. */
  async listByCustomer(customerId: string): Promise<ServiceTicket[]> {
    const out = await this.store.doc.send(
      new QueryCommand({
        TableName: this.table,
        KeyConditionExpression: 'PK = :pk AND begins_with(SK, :prefix)',
        ExpressionAttributeValues: { ':pk': `CUST#${customerId}`, ':prefix': REPORT_PREFIX.serviceTicket },
        ScanIndexForward: false,
      }),
    );
    return (out.Items ?? []).map((i) => fromItem<ServiceTicket>(i));
  }

  /** One assignee's tickets, newest first: one Query on GSI1 per page. */
  async listByAssignee(assigneeId: string, limit: number, startKey?: PageKey): Promise<Page<ServiceTicket>> {
    return this.page(
      INDEXES.byOwner,
      { KeyConditionExpression: 'gsi1pk = :pk', ExpressionAttributeValues: { ':pk': reportIndexKeys.ticketsOfAssignee(assigneeId) } },
      limit,
      startKey,
    );
  }

  /** Every ticket in one status, oldest first (the service desk's queue): one Query on GSI2 per page. */
  async listByStatus(status: TicketStatus, limit: number, startKey?: PageKey): Promise<Page<ServiceTicket>> {
    return this.page(
      INDEXES.byDepartment,
      { KeyConditionExpression: 'gsi2pk = :pk AND begins_with(gsi2sk, :status)', ExpressionAttributeValues: { ':pk': reportIndexKeys.allTickets, ':status': `${status}#` } },
      limit,
      startKey,
      true,
    );
  }

  private async page(
    index: (typeof INDEXES)[keyof typeof INDEXES],
    input: { KeyConditionExpression: string; ExpressionAttributeValues: Record<string, unknown> },
    limit: number,
    startKey: PageKey | undefined,
    forward = false,
  ): Promise<Page<ServiceTicket>> {
    const out = await this.store.doc.send(
      new QueryCommand({ TableName: this.table, IndexName: index.name, ...input, ScanIndexForward: forward, Limit: limit, ExclusiveStartKey: startKey }),
    );
    const items = out.Items ?? [];
    return { items: items.map((i) => fromItem<ServiceTicket>(i)), itemKeys: items.map((i) => resumeKeyOf(i, index)), nextKey: out.LastEvaluatedKey };
  }
}
