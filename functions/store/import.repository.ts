import { GetCommand } from '@aws-sdk/lib-dynamodb';
import type { Store } from './client';
import { keys } from './keys';

export interface NameClaim {
  customerId: string;
  code: string;
  name: string;
}

/** Reads the bulk import needs beyond the customer repository's: who holds a customer name (one Get). */
export class ImportRepository {
  constructor(private readonly store: Store) {}

  async nameClaim(nameKey: string): Promise<NameClaim | undefined> {
    const out = await this.store.doc.send(new GetCommand({ TableName: this.store.tableName, Key: keys.customerName(nameKey), ConsistentRead: true }));
    if (!out.Item) return undefined;
    return { customerId: String(out.Item.customerId), code: String(out.Item.code), name: String(out.Item.name) };
  }
}
