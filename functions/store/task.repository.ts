import { GetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { COMMON_ERRORS, CrmError } from '../domain/shared/errors';
import { reminderPending, type Task, type TaskRef } from '../domain/tasks/task.types';
import type { Store } from './client';
import { resumeKeyOf, type Page, type PageKey } from './cursor';
import { fromItem } from './item-codec';
import { ACTIVITY_PREFIX, activityIndexKeys, activityKeys } from './keys';
import { reminderDueKeys } from './reminder-due';
import { INDEXES } from './table';
import type { Write } from './transactions';
import { batchPut, queryAll } from './bulk';

export function taskKey(ref: TaskRef) {
  return ref.customerId ? activityKeys.customerTask(ref.customerId, ref.id) : activityKeys.personalTask(ref.id);
}

/** The stored task: all tasks by due time on GSI1, open ones on GSI2, a pending reminder on DUE. */
export function taskItem(t: Task, now: string): Record<string, unknown> {
  const item: Record<string, unknown> = {
    ...taskKey(t),
    entity: 'Task',
    ...t,
    gsi1pk: activityIndexKeys.tasksOf(t.ownerId),
    gsi1sk: `${t.dueAt}#${t.id}`,
  };
  if (!t.done) {
    item.gsi2pk = activityIndexKeys.openTasksOf(t.ownerId);
    item.gsi2sk = `${t.dueAt}#${t.id}`;
  }
  if (reminderPending(t)) Object.assign(item, reminderDueKeys(t.remindAt!, `T:${t.id}`, now));
  return item;
}

export class TaskRepository {
  constructor(private readonly store: Store) {}

  private get table(): string {
    return this.store.tableName;
  }

  async get(ref: TaskRef): Promise<Task | undefined> {
    const out = await this.store.doc.send(new GetCommand({ TableName: this.table, Key: taskKey(ref) }));
    return out.Item ? fromItem<Task>(out.Item) : undefined;
  }

  /** New task (no expected version) or optimistic replace. */
  put(task: Task, now: string, expectedVersion?: number): Write {
    const condition =
      expectedVersion === undefined
        ? { ConditionExpression: 'attribute_not_exists(PK)' }
        : { ConditionExpression: 'version = :v', ExpressionAttributeValues: { ':v': expectedVersion } };
    return {
      item: { Put: { TableName: this.table, Item: taskItem(task, now), ...condition } },
      onConditionFailed: () => new CrmError(COMMON_ERRORS.staleVersion, { entity: '任务' }),
    };
  }

  delete(task: Task, expectedVersion: number): Write {
    return {
      item: {
        Delete: { TableName: this.table, Key: taskKey(task), ConditionExpression: 'version = :v', ExpressionAttributeValues: { ':v': expectedVersion } },
      },
      onConditionFailed: () => new CrmError(COMMON_ERRORS.staleVersion, { entity: '任务' }),
    };
  }

  /** A user's tasks due in [from, to), by due time: one Query on GSI1. */
  async listDue(ownerId: string, from: string, to: string, limit: number, startKey?: PageKey): Promise<Page<Task>> {
    const out = await this.store.doc.send(
      new QueryCommand({
        TableName: this.table,
        IndexName: INDEXES.byOwner.name,
        KeyConditionExpression: 'gsi1pk = :pk AND gsi1sk BETWEEN :from AND :to',
        ExpressionAttributeValues: { ':pk': activityIndexKeys.tasksOf(ownerId), ':from': from, ':to': to },
        Limit: limit,
        ExclusiveStartKey: startKey,
      }),
    );
    const items = out.Items ?? [];
    return { items: items.map((i) => fromItem<Task>(i)), itemKeys: items.map((i) => resumeKeyOf(i, INDEXES.byOwner)), nextKey: out.LastEvaluatedKey };
  }

  /** A user's open tasks due before an instant, oldest first: one Query on GSI2 (done tasks are not in it). */
  async listOpenBefore(ownerId: string, before: string, limit: number): Promise<Task[]> {
    const out = await this.store.doc.send(
      new QueryCommand({
        TableName: this.table,
        IndexName: INDEXES.byDepartment.name,
        KeyConditionExpression: 'gsi2pk = :pk AND gsi2sk < :before',
        ExpressionAttributeValues: { ':pk': activityIndexKeys.openTasksOf(ownerId), ':before': before },
        Limit: limit,
      }),
    );
    return (out.Items ?? []).map((i) => fromItem<Task>(i));
  }

  /** A customer's open tasks: one Query on its item collection. */
  async listOpenOfCustomer(customerId: string): Promise<Task[]> {
    const items = await queryAll(this.store, {
      KeyConditionExpression: 'PK = :pk AND begins_with(SK, :prefix)',
      FilterExpression: 'done = :false',
      ExpressionAttributeValues: { ':pk': `CUST#${customerId}`, ':prefix': ACTIVITY_PREFIX.task, ':false': false },
    });
    return items.map((i) => fromItem<Task>(i));
  }

  /** Bulk load for benchmarks and demos: BatchWrite of 25 at a time, no conditions. */
  async seed(tasks: readonly Task[], now: string): Promise<void> {
    await batchPut(this.store, tasks.map((t) => taskItem(t, now)));
  }
}
