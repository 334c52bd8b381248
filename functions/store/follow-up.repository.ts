import { GetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { decodeTime } from 'ulid';
import type { FollowUp } from '../domain/follow-ups/follow-up.types';
import { COMMON_ERRORS, CrmError } from '../domain/shared/errors';
import type { Store } from './client';
import { resumeKeyOf, type Page, type PageKey } from './cursor';
import { fromItem } from './item-codec';
import { ACTIVITY_PREFIX, activityIndexKeys, activityKeys } from './keys';
import { INDEXES } from './table';
import type { Write } from './transactions';
import { queryAll } from './bulk';

/** Follow-up ids are ULIDs seeded with the contact time, so the key (which sorts by that time) follows from the id. */
export function followUpKey(customerId: string, id: string) {
  return activityKeys.followUp(customerId, new Date(decodeTime(id)).toISOString(), id);
}

function followUpItem(f: FollowUp): Record<string, unknown> {
  const item: Record<string, unknown> = {
    ...activityKeys.followUp(f.customerId, f.at, f.id),
    entity: 'FollowUp',
    ...f,
    gsi1pk: activityIndexKeys.followUpsOfDay(f.authorId, f.day),
    gsi1sk: `${f.at}#${f.id}`,
  };
  if (f.review.status === 'PENDING') {
    item.gsi2pk = activityIndexKeys.followUpsToReview;
    item.gsi2sk = `${f.authorDeptPath}${f.at}#${f.id}`;
  }
  return item;
}

export class FollowUpRepository {
  constructor(private readonly store: Store) {}

  private get table(): string {
    return this.store.tableName;
  }

  async get(customerId: string, id: string): Promise<FollowUp | undefined> {
    let key;
    try {
      key = followUpKey(customerId, id);
    } catch {
      return undefined;
    }
    const out = await this.store.doc.send(new GetCommand({ TableName: this.table, Key: key }));
    return out.Item ? fromItem<FollowUp>(out.Item) : undefined;
  }

  put(f: FollowUp, expectedVersion?: number): Write {
    const condition =
      expectedVersion === undefined
        ? { ConditionExpression: 'attribute_not_exists(PK)' }
        : { ConditionExpression: 'version = :v', ExpressionAttributeValues: { ':v': expectedVersion } };
    return {
      item: { Put: { TableName: this.table, Item: followUpItem(f), ...condition } },
      onConditionFailed: () => new CrmError(COMMON_ERRORS.staleVersion, { entity: '跟进记录' }),
    };
  }

  /** A customer's follow-ups, newest contact first: one Query on its partition. */
  async listByCustomer(customerId: string, limit: number, startKey?: PageKey): Promise<Page<FollowUp>> {
    const out = await this.store.doc.send(
      new QueryCommand({
        TableName: this.table,
        KeyConditionExpression: 'PK = :pk AND begins_with(SK, :prefix)',
        ExpressionAttributeValues: { ':pk': `CUST#${customerId}`, ':prefix': ACTIVITY_PREFIX.followUp },
        ScanIndexForward: false,
        Limit: limit,
        ExclusiveStartKey: startKey,
      }),
    );
    const items = out.Items ?? [];
    return { items: items.map((i) => fromItem<FollowUp>(i)), itemKeys: items.map((i) => resumeKeyOf(i)), nextKey: out.LastEvaluatedKey };
  }

  /** A rep's follow-ups of one local day, in time order: one Query on GSI1 (a day holds tens, not thousands). */
  async listOfDay(authorId: string, day: string): Promise<FollowUp[]> {
    const items = await queryAll(this.store, {
      IndexName: INDEXES.byOwner.name,
      KeyConditionExpression: 'gsi1pk = :pk',
      ExpressionAttributeValues: { ':pk': activityIndexKeys.followUpsOfDay(authorId, day) },
    });
    return items.map((i) => fromItem<FollowUp>(i));
  }

  /** Follow-ups awaiting review in a department subtree (or all): one Query on the sparse GSI2 partition. */
  async listToReview(pathPrefix: string | undefined, limit: number, startKey?: PageKey): Promise<Page<FollowUp>> {
    const out = await this.store.doc.send(
      new QueryCommand({
        TableName: this.table,
        IndexName: INDEXES.byDepartment.name,
        KeyConditionExpression: pathPrefix ? 'gsi2pk = :pk AND begins_with(gsi2sk, :path)' : 'gsi2pk = :pk',
        ExpressionAttributeValues: { ':pk': activityIndexKeys.followUpsToReview, ...(pathPrefix ? { ':path': pathPrefix } : {}) },
        Limit: limit,
        ExclusiveStartKey: startKey,
      }),
    );
    const items = out.Items ?? [];
    return { items: items.map((i) => fromItem<FollowUp>(i)), itemKeys: items.map((i) => resumeKeyOf(i, INDEXES.byDepartment)), nextKey: out.LastEvaluatedKey };
  }
}

export function followUpsOfCollection(others: readonly Record<string, unknown>[]): FollowUp[] {
  return others
    .filter((i) => String(i.SK).startsWith(ACTIVITY_PREFIX.followUp))
    .sort((a, b) => (String(a.SK) < String(b.SK) ? 1 : -1))
    .map((i) => fromItem<FollowUp>(i));
}
