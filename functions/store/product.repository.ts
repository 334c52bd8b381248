import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { getManyById, queryAll } from './bulk';
import { PRODUCT_ERRORS } from '../domain/products/product.errors';
import type { Product } from '../domain/products/product.types';
import { COMMON_ERRORS, CrmError } from '../domain/shared/errors';
import type { Store } from './client';
import { fromItem } from './item-codec';
import { salesIndexKeys, salesKeys } from './keys';
import { INDEXES } from './table';
import type { Write } from './transactions';

/** The catalogue: `PRODUCT#<id>`; GSI1 `PRODUCTS` sorted by category then name; codes unique via a claim item. */
function productItem(p: Product): Record<string, unknown> {
  return { ...salesKeys.product(p.id), entity: 'Product', ...p, gsi1pk: salesIndexKeys.allProducts, gsi1sk: `${p.category}#${p.name}#${p.id}` };
}

export class ProductRepository {
  constructor(private readonly store: Store) {}

  private get table(): string {
    return this.store.tableName;
  }

  async get(id: string): Promise<Product | undefined> {
    const out = await this.store.doc.send(new GetCommand({ TableName: this.table, Key: salesKeys.product(id) }));
    return out.Item ? fromItem<Product>(out.Item) : undefined;
  }

  async getMany(ids: readonly string[]): Promise<Map<string, Product>> {
    return getManyById<Product>(this.store, ids, salesKeys.product);
  }

  /** The catalogue, or one category of it, in category/name order: Query on GSI1. */
  async list(category?: string): Promise<Product[]> {
    const items = await queryAll(this.store, {
      IndexName: INDEXES.byOwner.name,
      KeyConditionExpression: category ? 'gsi1pk = :pk AND begins_with(gsi1sk, :cat)' : 'gsi1pk = :pk',
      ExpressionAttributeValues: { ':pk': salesIndexKeys.allProducts, ...(category ? { ':cat': `${category}#` } : {}) },
    });
    return items.map((i) => fromItem<Product>(i));
  }

  putNew(p: Product): Write {
    return { item: { Put: { TableName: this.table, Item: productItem(p), ConditionExpression: 'attribute_not_exists(PK)' } } };
  }

  putIfVersion(p: Product, expectedVersion: number): Write {
    return {
      item: { Put: { TableName: this.table, Item: productItem(p), ConditionExpression: 'version = :v', ExpressionAttributeValues: { ':v': expectedVersion } } },
      onConditionFailed: () => new CrmError(COMMON_ERRORS.staleVersion, { entity: '产品' }),
    };
  }

  claimCode(p: Product): Write {
    return {
      item: {
        Put: {
          TableName: this.table,
          Item: { ...salesKeys.productCode(p.code), entity: 'UniqueProductCode', productId: p.id },
          ConditionExpression: 'attribute_not_exists(PK)',
        },
      },
      onConditionFailed: () => new CrmError(PRODUCT_ERRORS.codeTaken, { code: p.code }),
    };
  }

  releaseCode(code: string): Write {
    return { item: { Delete: { TableName: this.table, Key: salesKeys.productCode(code) } } };
  }

  /** Lines and deals may only name active products, checked in the same transaction that writes them. */
  checkActive(p: Pick<Product, 'id' | 'name'>): Write {
    return {
      item: {
        ConditionCheck: {
          TableName: this.table,
          Key: salesKeys.product(p.id),
          ConditionExpression: 'active = :yes',
          ExpressionAttributeValues: { ':yes': true },
        },
      },
      onConditionFailed: () => new CrmError(PRODUCT_ERRORS.inactive, { name: p.name }),
    };
  }
}
