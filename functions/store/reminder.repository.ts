import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { batchGet } from './bulk';
import { defaultPreferences, type Delivery, type ImportantDate, type NotificationPreferences } from '../domain/reminders/reminder.types';
import { COMMON_ERRORS, CrmError } from '../domain/shared/errors';
import type { Task } from '../domain/tasks/task.types';
import type { Store } from './client';
import { fromItem } from './item-codec';
import { activityKeys } from './keys';
import { reminderDueKeys } from './reminder-due';
import type { Write } from './transactions';

/** Everything the reminder sweep finds in a DUE bucket, by entity. */
export type DueItem = (
  | { entity: 'Task'; task: Task }
  | { entity: 'ImportantDate'; date: ImportantDate }
  | { entity: 'NotificationPreferences'; prefs: NotificationPreferences }
  | { entity: 'Delivery'; delivery: Delivery }
) & { /** The UTC day bucket it was found in. */ day: string };

function versioned(expectedVersion: number | undefined) {
  return expectedVersion === undefined || expectedVersion === 0
    ? { ConditionExpression: 'attribute_not_exists(PK)' }
    : { ConditionExpression: 'version = :v', ExpressionAttributeValues: { ':v': expectedVersion } };
}

function prefsItem(p: NotificationPreferences, now: string): Record<string, unknown> {
  const item: Record<string, unknown> = { ...activityKeys.notificationPreferences(p.userId), entity: 'NotificationPreferences', ...p };
  if (p.nextDigestAt) Object.assign(item, reminderDueKeys(p.nextDigestAt, `P:${p.userId}`, now));
  return item;
}

function dateItem(d: ImportantDate, now: string): Record<string, unknown> {
  return { ...activityKeys.importantDate(d.customerId, d.id), entity: 'ImportantDate', ...d, ...reminderDueKeys(d.nextAt, `D:${d.id}`, now) };
}

/** Reads an item of a REMIND bucket (the DUE index projects everything). */
export function dueItemOf(item: Record<string, unknown>, day: string): DueItem | undefined {
  switch (item.entity) {
    case 'Task':
      return { entity: 'Task', task: fromItem<Task>(item), day };
    case 'ImportantDate':
      return { entity: 'ImportantDate', date: fromItem<ImportantDate>(item), day };
    case 'NotificationPreferences':
      return { entity: 'NotificationPreferences', prefs: fromItem<NotificationPreferences>(item), day };
    case 'Delivery':
      return { entity: 'Delivery', delivery: fromItem<Delivery>(item), day };
    default:
      return undefined;
  }
}

/** Notification preferences and important dates (both carry their next reminder on the DUE index). */
export class ReminderRepository {
  constructor(private readonly store: Store) {}

  private get table(): string {
    return this.store.tableName;
  }

  async getPreferences(userId: string): Promise<NotificationPreferences> {
    const out = await this.store.doc.send(new GetCommand({ TableName: this.table, Key: activityKeys.notificationPreferences(userId), ConsistentRead: true }));
    return out.Item ? fromItem<NotificationPreferences>(out.Item) : defaultPreferences(userId);
  }

  /** One BatchGet per 100 users; users without saved preferences get the defaults. */
  async getPreferencesMany(userIds: readonly string[]): Promise<Map<string, NotificationPreferences>> {
    const items = await batchGet(this.store, [...new Set(userIds)].map((id) => activityKeys.notificationPreferences(id)));
    const found = new Map(items.map((item) => fromItem<NotificationPreferences>(item)).map((prefs) => [prefs.userId, prefs]));
    for (const id of userIds) if (!found.has(id)) found.set(id, defaultPreferences(id));
    return found;
  }

  /** Version 0 means "never saved" (the defaults). */
  putPreferences(p: NotificationPreferences, now: string, expectedVersion: number): Write {
    return {
      item: { Put: { TableName: this.table, Item: prefsItem(p, now), ...versioned(expectedVersion) } },
      onConditionFailed: () => new CrmError(COMMON_ERRORS.staleVersion, { entity: '提醒设置' }),
    };
  }

  async getImportantDate(customerId: string, id: string): Promise<ImportantDate | undefined> {
    const out = await this.store.doc.send(new GetCommand({ TableName: this.table, Key: activityKeys.importantDate(customerId, id) }));
    return out.Item ? fromItem<ImportantDate>(out.Item) : undefined;
  }

  putImportantDate(d: ImportantDate, now: string, expectedVersion?: number): Write {
    return {
      item: { Put: { TableName: this.table, Item: dateItem(d, now), ...versioned(expectedVersion) } },
      onConditionFailed: () => new CrmError(COMMON_ERRORS.staleVersion, { entity: '重要日期' }),
    };
  }

  deleteImportantDate(d: ImportantDate, expectedVersion: number): Write {
    return {
      item: {
        Delete: {
          TableName: this.table,
          Key: activityKeys.importantDate(d.customerId, d.id),
          ConditionExpression: 'version = :v',
          ExpressionAttributeValues: { ':v': expectedVersion },
        },
      },
      onConditionFailed: () => new CrmError(COMMON_ERRORS.staleVersion, { entity: '重要日期' }),
    };
  }
}
