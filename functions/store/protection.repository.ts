import { GetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { Application } from '../domain/protection/application.types';
import { PROTECTION_ERRORS } from '../domain/protection/protection.errors';
import { COMMON_ERRORS, CrmError } from '../domain/shared/errors';
import type { Store } from './client';
import { fromItem } from './item-codec';
import { keys } from './keys';
import { INDEXES, TTL_ATTRIBUTE } from './table';
import type { Write } from './transactions';

const epochSeconds = (iso: string) => Math.floor(new Date(iso).getTime() / 1000);

/** Claim bans, applications and sent-notice markers: the records behind the pool rules. */
export class ProtectionRepository {
  constructor(private readonly store: Store) {}

  private get table(): string {
    return this.store.tableName;
  }

  /** Rule 8: the rep may not claim this customer again until `until` (expires by TTL afterwards). */
  putClaimBan(customerId: string, userId: string, until: string): Write {
    return {
      item: {
        Put: {
          TableName: this.table,
          Item: { ...keys.claimBan(customerId, userId), entity: 'ClaimBan', customerId, userId, until, [TTL_ATTRIBUTE]: epochSeconds(until) + 86_400 },
        },
      },
    };
  }

  /** Fails the claim while a ban for this rep is still running (TTL deletion is lazy, so compare times). */
  checkNotBanned(customerId: string, userId: string, now: string, days: number): Write {
    return {
      item: {
        ConditionCheck: {
          TableName: this.table,
          Key: keys.claimBan(customerId, userId),
          ConditionExpression: 'attribute_not_exists(PK) OR #until <= :now',
          ExpressionAttributeNames: { '#until': 'until' },
          ExpressionAttributeValues: { ':now': now },
        },
      },
      onConditionFailed: (existing) => new CrmError(PROTECTION_ERRORS.claimBanned, { days, until: String(existing?.until ?? '') }),
    };
  }

  /** A marker that makes a notice (warning step) exactly-once: the transaction fails if it was already sent. */
  putNoticeOnce(noticeId: string, at: string): Write {
    return {
      item: {
        Put: {
          TableName: this.table,
          Item: { PK: `NOTICE#${noticeId}`, SK: 'NOTICE', entity: 'NoticeMarker', at, [TTL_ATTRIBUTE]: epochSeconds(at) + 40 * 86_400 },
          ConditionExpression: 'attribute_not_exists(PK)',
        },
      },
    };
  }

  putApplication(a: Application, expectedVersion?: number): Write {
    const item: Record<string, unknown> = { ...keys.application(a.customerId, a.id), entity: 'Application', ...a };
    if (a.status === 'PENDING') {
      item.gsi2pk = 'APPLICATIONS#PENDING';
      item.gsi2sk = `${a.applicantDeptPath}${a.createdAt}#${a.id}`;
    }
    return {
      item: {
        Put: {
          TableName: this.table,
          Item: item,
          ...(expectedVersion === undefined
            ? { ConditionExpression: 'attribute_not_exists(PK)' }
            : { ConditionExpression: 'version = :v', ExpressionAttributeValues: { ':v': expectedVersion } }),
        },
      },
      onConditionFailed: () => new CrmError(COMMON_ERRORS.staleVersion, { entity: '申请' }),
    };
  }

  /** One pending application of a kind per customer at a time. */
  claimPendingSlot(customerId: string, kind: string, applicationId: string): Write {
    return {
      item: {
        Put: {
          TableName: this.table,
          Item: { PK: `CUST#${customerId}`, SK: `PENDING#${kind}`, entity: 'PendingApplication', applicationId },
          ConditionExpression: 'attribute_not_exists(PK)',
        },
      },
      onConditionFailed: () => new CrmError(PROTECTION_ERRORS.applicationPending, { kind: kind === 'INTENT' ? '转意向' : '延期' }),
    };
  }

  releasePendingSlot(customerId: string, kind: string): Write {
    return { item: { Delete: { TableName: this.table, Key: { PK: `CUST#${customerId}`, SK: `PENDING#${kind}` } } } };
  }

  async getApplication(customerId: string, id: string): Promise<Application | undefined> {
    const out = await this.store.doc.send(new GetCommand({ TableName: this.table, Key: keys.application(customerId, id) }));
    return out.Item ? fromItem<Application>(out.Item) : undefined;
  }

  /** Pending applications of a department subtree (or all), oldest first: one Query on GSI2. */
  async listPending(pathPrefix: string | undefined, limit: number): Promise<Application[]> {
    const out = await this.store.doc.send(
      new QueryCommand({
        TableName: this.table,
        IndexName: INDEXES.byDepartment.name,
        KeyConditionExpression: pathPrefix ? 'gsi2pk = :pk AND begins_with(gsi2sk, :path)' : 'gsi2pk = :pk',
        ExpressionAttributeValues: { ':pk': 'APPLICATIONS#PENDING', ...(pathPrefix ? { ':path': pathPrefix } : {}) },
        Limit: limit,
      }),
    );
    return (out.Items ?? []).map((i) => fromItem<Application>(i));
  }
}
