import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { DeleteCommand, GetCommand, PutCommand, QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { batchGet, batchPut } from './bulk';
import { RecipientAlreadyFinished } from '../domain/messaging/messaging.errors';
import type { BucketState } from '../domain/messaging/messaging.rules';
import type { Campaign, CampaignRecipient, Channel, OptOut, RecipientStatus } from '../domain/messaging/messaging.types';
import type { ListScope } from '../domain/users/access.rules';
import type { Store } from './client';
import { resumeKeyOf, type Page, type PageKey } from './cursor';
import { fromItem } from './item-codec';
import { MESSAGING_PREFIX, messagingIndexKeys, messagingKeys } from './keys';
import { INDEXES } from './table';
import type { Write } from './transactions';

type FinalStatus = Extract<RecipientStatus, 'SENT' | 'FAILED' | 'SKIPPED'>;
const COUNTER_OF: Record<FinalStatus, 'sent' | 'failed' | 'skipped'> = { SENT: 'sent', FAILED: 'failed', SKIPPED: 'skipped' };

function campaignItem(c: Campaign): Record<string, unknown> {
  return {
    ...messagingKeys.campaign(c.id),
    entity: 'Campaign',
    gsi1pk: messagingIndexKeys.allCampaigns,
    gsi1sk: `${c.createdAt}#${c.id}`,
    gsi2pk: messagingIndexKeys.allCampaigns,
    gsi2sk: `${c.creatorDeptPath}${c.createdAt}#${c.id}`,
    ...c,
  };
}

function recipientItem(r: CampaignRecipient): Record<string, unknown> {
  const pending = r.status === 'PENDING' || r.status === 'SENDING';
  return {
    ...messagingKeys.recipient(r.campaignId, r.address),
    entity: 'CampaignRecipient',
    ...(pending ? { gsi1pk: messagingIndexKeys.pendingRecipients(r.campaignId), gsi1sk: r.address } : {}),
    ...r,
  };
}

/** Campaigns, their per-recipient delivery records, the opt-out list and the send-rate bucket. */
export class CampaignRepository {
  constructor(private readonly store: Store) {}

  private get table(): string {
    return this.store.tableName;
  }

  putNew(c: Campaign): Write {
    return { item: { Put: { TableName: this.table, Item: campaignItem(c), ConditionExpression: 'attribute_not_exists(PK)' } } };
  }

  /** Recipients are written before their campaign (25 per BatchWrite); without the campaign item nothing reads them. */
  async putRecipients(recipients: readonly CampaignRecipient[]): Promise<void> {
    await batchPut(this.store, recipients.map(recipientItem));
  }

  async get(id: string, consistent = false): Promise<Campaign | undefined> {
    const out = await this.store.doc.send(new GetCommand({ TableName: this.table, Key: messagingKeys.campaign(id), ConsistentRead: consistent }));
    return out.Item ? fromItem<Campaign>(out.Item) : undefined;
  }

  /** ALL: GSI1, newest first; SUBTREE: GSI2 by the creator's department path. One Query per page. */
  async list(scope: Exclude<ListScope, { kind: 'OWNER' }>, limit: number, startKey?: PageKey): Promise<Page<Campaign>> {
    const input =
      scope.kind === 'ALL'
        ? { IndexName: INDEXES.byOwner.name, KeyConditionExpression: 'gsi1pk = :pk', ExpressionAttributeValues: { ':pk': messagingIndexKeys.allCampaigns }, ScanIndexForward: false }
        : {
            IndexName: INDEXES.byDepartment.name,
            KeyConditionExpression: 'gsi2pk = :pk AND begins_with(gsi2sk, :path)',
            ExpressionAttributeValues: { ':pk': messagingIndexKeys.allCampaigns, ':path': scope.path },
            ScanIndexForward: false,
          };
    const out = await this.store.doc.send(new QueryCommand({ TableName: this.table, ...input, Limit: limit, ExclusiveStartKey: startKey }));
    const index = scope.kind === 'ALL' ? INDEXES.byOwner : INDEXES.byDepartment;
    const items = out.Items ?? [];
    return { items: items.map((i) => fromItem<Campaign>(i)), itemKeys: items.map((i) => resumeKeyOf(i, index)), nextKey: out.LastEvaluatedKey };
  }

  /** The delivery records of a campaign in address order, optionally of one status: one Query on its partition. */
  async recipients(campaignId: string, limit: number, status?: RecipientStatus, startKey?: PageKey): Promise<Page<CampaignRecipient>> {
    const out = await this.store.doc.send(
      new QueryCommand({
        TableName: this.table,
        KeyConditionExpression: 'PK = :pk AND begins_with(SK, :rcpt)',
        ...(status ? { FilterExpression: '#status = :status', ExpressionAttributeNames: { '#status': 'status' } } : {}),
        ExpressionAttributeValues: { ':pk': messagingKeys.campaign(campaignId).PK, ':rcpt': MESSAGING_PREFIX.recipient, ...(status ? { ':status': status } : {}) },
        Limit: limit,
        ExclusiveStartKey: startKey,
      }),
    );
    const items = out.Items ?? [];
    return { items: items.map((i) => fromItem<CampaignRecipient>(i)), itemKeys: items.map((i) => resumeKeyOf(i)), nextKey: out.LastEvaluatedKey };
  }

  /** Recipients not yet sent, failed or skipped: a Query on the sparse pending index (consistent enough: states are re-checked by conditions). */
  async pending(campaignId: string, limit: number): Promise<CampaignRecipient[]> {
    const out = await this.store.doc.send(
      new QueryCommand({
        TableName: this.table,
        IndexName: INDEXES.byOwner.name,
        KeyConditionExpression: 'gsi1pk = :pk',
        ExpressionAttributeValues: { ':pk': messagingIndexKeys.pendingRecipients(campaignId) },
        Limit: limit,
      }),
    );
    return (out.Items ?? []).map((i) => fromItem<CampaignRecipient>(i));
  }

  /** PENDING → SENDING with a lease: the one conditional write that makes a message go out at most once. */
  async claim(r: CampaignRecipient, now: string, leaseUntil: string): Promise<boolean> {
    try {
      await this.store.doc.send(
        new UpdateCommand({
          TableName: this.table,
          Key: messagingKeys.recipient(r.campaignId, r.address),
          UpdateExpression: 'SET #status = :sending, attempts = attempts + :one, leaseUntil = :lease, updatedAt = :now',
          ConditionExpression: '#status = :pending',
          ExpressionAttributeNames: { '#status': 'status' },
          ExpressionAttributeValues: { ':sending': 'SENDING', ':pending': 'PENDING', ':one': 1, ':lease': leaseUntil, ':now': now },
        }),
      );
      return true;
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) return false;
      throw error;
    }
  }

  /** SENDING → PENDING after a transient failure: the next batch tries again. */
  async release(r: CampaignRecipient, now: string, error: string): Promise<void> {
    try {
      await this.store.doc.send(
        new UpdateCommand({
          TableName: this.table,
          Key: messagingKeys.recipient(r.campaignId, r.address),
          UpdateExpression: 'SET #status = :pending, updatedAt = :now, #error = :error REMOVE leaseUntil',
          ConditionExpression: '#status = :sending',
          ExpressionAttributeNames: { '#status': 'status', '#error': 'error' },
          ExpressionAttributeValues: { ':pending': 'PENDING', ':sending': 'SENDING', ':now': now, ':error': error },
        }),
      );
    } catch (e) {
      if (!(e instanceof ConditionalCheckFailedException)) throw e;
    }
  }

  /** The recipient's final state and its campaign's counter, in one transaction (guarded by the state it came from). */
  finish(r: CampaignRecipient, from: 'PENDING' | 'SENDING', to: FinalStatus, now: string, error?: string): Write[] {
    return [
      {
        item: {
          Update: {
            TableName: this.table,
            Key: messagingKeys.recipient(r.campaignId, r.address),
            UpdateExpression: `SET #status = :to, updatedAt = :now${to === 'SENT' ? ', sentAt = :now' : ''}${error ? ', #error = :error' : ''} REMOVE gsi1pk, gsi1sk, leaseUntil`,
            ConditionExpression: '#status = :from',
            ExpressionAttributeNames: { '#status': 'status', ...(error ? { '#error': 'error' } : {}) },
            ExpressionAttributeValues: { ':to': to, ':from': from, ':now': now, ...(error ? { ':error': error } : {}) },
          },
        },
        onConditionFailed: () => new RecipientAlreadyFinished(),
      },
      {
        item: {
          Update: {
            TableName: this.table,
            Key: messagingKeys.campaign(r.campaignId),
            UpdateExpression: 'ADD #counter :one',
            ExpressionAttributeNames: { '#counter': COUNTER_OF[to] },
            ExpressionAttributeValues: { ':one': 1 },
          },
        },
      },
    ];
  }

  async complete(campaignId: string, now: string): Promise<void> {
    try {
      await this.store.doc.send(
        new UpdateCommand({
          TableName: this.table,
          Key: messagingKeys.campaign(campaignId),
          UpdateExpression: 'SET #status = :done, completedAt = :now',
          ConditionExpression: '#status = :sending',
          ExpressionAttributeNames: { '#status': 'status' },
          ExpressionAttributeValues: { ':done': 'COMPLETED', ':sending': 'SENDING', ':now': now },
        }),
      );
    } catch (error) {
      if (!(error instanceof ConditionalCheckFailedException)) throw error;
    }
  }

  // ---- opt-outs (one partition per channel) ----

  async putOptOut(o: OptOut): Promise<void> {
    await this.store.doc.send(new PutCommand({ TableName: this.table, Item: { ...messagingKeys.optOut(o.channel, o.address), entity: 'OptOut', ...o } }));
  }

  async deleteOptOut(channel: Channel, address: string): Promise<boolean> {
    const out = await this.store.doc.send(new DeleteCommand({ TableName: this.table, Key: messagingKeys.optOut(channel, address), ReturnValues: 'ALL_OLD' }));
    return out.Attributes !== undefined;
  }

  /** Which of these addresses opted out: BatchGet of 100 keys per call. */
  async optedOut(channel: Channel, addresses: readonly string[]): Promise<Set<string>> {
    const items = await batchGet(this.store, [...new Set(addresses)].map((a) => messagingKeys.optOut(channel, a)), { consistent: true });
    return new Set(items.map((item) => String(item.SK)));
  }

  async listOptOuts(channel: Channel, limit: number, startKey?: PageKey): Promise<Page<OptOut>> {
    const out = await this.store.doc.send(
      new QueryCommand({
        TableName: this.table,
        KeyConditionExpression: 'PK = :pk',
        ExpressionAttributeValues: { ':pk': messagingKeys.optOut(channel, '').PK },
        Limit: limit,
        ExclusiveStartKey: startKey,
      }),
    );
    const items = out.Items ?? [];
    return { items: items.map((i) => fromItem<OptOut>(i)), itemKeys: items.map((i) => resumeKeyOf(i)), nextKey: out.LastEvaluatedKey };
  }

  // ---- the send-rate bucket ----

  async bucket(channel: Channel): Promise<{ state?: BucketState; version: number }> {
    const out = await this.store.doc.send(new GetCommand({ TableName: this.table, Key: messagingKeys.sendBucket(channel), ConsistentRead: true }));
    if (!out.Item) return { version: 0 };
    return { state: { tokens: Number(out.Item.tokens), atMs: Number(out.Item.atMs) }, version: Number(out.Item.version) };
  }

  /** Saves the bucket if nobody took a token since it was read; false = read again. */
  async saveBucket(channel: Channel, state: BucketState, expectedVersion: number): Promise<boolean> {
    try {
      await this.store.doc.send(
        new PutCommand({
          TableName: this.table,
          Item: { ...messagingKeys.sendBucket(channel), entity: 'SendBucket', ...state, version: expectedVersion + 1 },
          ConditionExpression: expectedVersion === 0 ? 'attribute_not_exists(PK)' : 'version = :v',
          ...(expectedVersion === 0 ? {} : { ExpressionAttributeValues: { ':v': expectedVersion } }),
        }),
      );
      return true;
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) return false;
      throw error;
    }
  }
}
