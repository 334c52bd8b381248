import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { DEFAULT_SETTINGS, type CompanySettings } from '../domain/settings/settings.types';
import type { Store } from './client';
import { fromItem } from './item-codec';
import { keys } from './keys';

/** Company settings: the deployed defaults overlaid with what admins changed. */
export class SettingsRepository {
  constructor(
    private readonly store: Store,
    private readonly defaults: CompanySettings = DEFAULT_SETTINGS,
  ) {}

  async get(): Promise<CompanySettings> {
    const out = await this.store.doc.send(new GetCommand({ TableName: this.store.tableName, Key: keys.companySettings() }));
    const saved = out.Item ? fromItem<Partial<CompanySettings> & { version?: number }>(out.Item) : {};
    const { version: _version, ...overrides } = saved;
    return { ...this.defaults, ...overrides };
  }

  async save(settings: CompanySettings, updatedBy: string, at: string): Promise<void> {
    await this.store.doc.send(
      new PutCommand({
        TableName: this.store.tableName,
        Item: { ...keys.companySettings(), entity: 'CompanySettings', ...settings, updatedBy, updatedAt: at },
      }),
    );
  }
}
