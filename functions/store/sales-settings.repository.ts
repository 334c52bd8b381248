import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { DEFAULT_SALES_SETTINGS, type SalesSettings } from '../domain/pipeline/sales-settings.types';
import { COMMON_ERRORS, CrmError } from '../domain/shared/errors';
import type { Store } from './client';
import { fromItem } from './item-codec';
import { salesKeys } from './keys';
import type { Write } from './transactions';

/** Pipeline stages and the sales rules: one item, the defaults until an admin saves it. */
export class SalesSettingsRepository {
  constructor(private readonly store: Store) {}

  async get(): Promise<SalesSettings> {
    const out = await this.store.doc.send(new GetCommand({ TableName: this.store.tableName, Key: salesKeys.settings() }));
    return out.Item ? { ...DEFAULT_SALES_SETTINGS, ...fromItem<SalesSettings>(out.Item) } : DEFAULT_SALES_SETTINGS;
  }

  putIfVersion(settings: SalesSettings, expectedVersion: number): Write {
    return {
      item: {
        Put: {
          TableName: this.store.tableName,
          Item: { ...salesKeys.settings(), entity: 'SalesSettings', ...settings },
          ...(expectedVersion === 0
            ? { ConditionExpression: 'attribute_not_exists(PK)' }
            : { ConditionExpression: 'version = :v', ExpressionAttributeValues: { ':v': expectedVersion } }),
        },
      },
      onConditionFailed: () => new CrmError(COMMON_ERRORS.staleVersion, { entity: '销售设置' }),
    };
  }
}
