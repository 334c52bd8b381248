import type { Write } from '../../store/transactions';
import { COMMON_ERRORS, CrmError } from '../shared/errors';
import { newId } from '../shared/ids';
import type { ServiceContext } from '../shared/service-context';
import { PRODUCT_ERRORS } from './product.errors';
import type { CreateProductInput, UpdateProductInput } from './product.schemas';
import type { Product } from './product.types';

function assertCatalogueEditor(ctx: ServiceContext): void {
  if (ctx.actor.role !== 'ADMIN' && ctx.actor.role !== 'MANAGER') throw new CrmError(COMMON_ERRORS.forbidden, { action: '维护产品目录' });
}

export async function createProduct(ctx: ServiceContext, input: CreateProductInput): Promise<Product> {
  assertCatalogueEditor(ctx);
  const now = ctx.clock.now().toISOString();
  const product: Product = { ...input, id: newId(ctx.clock.now()), active: input.active ?? true, createdAt: now, updatedAt: now, version: 1 };
  await ctx.repos.commit([ctx.repos.products.putNew(product), ctx.repos.products.claimCode(product)]);
  return product;
}

export async function updateProduct(ctx: ServiceContext, id: string, input: UpdateProductInput): Promise<Product> {
  assertCatalogueEditor(ctx);
  const current = await ctx.repos.products.get(id);
  if (!current) throw new CrmError(COMMON_ERRORS.notFound, { entity: '产品' });
  const { expectedVersion, ...changes } = input;
  if (current.version !== expectedVersion) throw new CrmError(COMMON_ERRORS.staleVersion, { entity: '产品' });
  const defined = Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined)) as Partial<Product>;
  const next: Product = { ...current, ...defined, updatedAt: ctx.clock.now().toISOString(), version: current.version + 1 };
  const writes: Write[] = [ctx.repos.products.putIfVersion(next, expectedVersion)];
  if (next.code !== current.code) writes.push(ctx.repos.products.claimCode(next), ctx.repos.products.releaseCode(current.code));
  await ctx.repos.commit(writes);
  return next;
}

export async function listProducts(ctx: ServiceContext, filter: { category?: string; includeInactive?: boolean }): Promise<Product[]> {
  const products = await ctx.repos.products.list(filter.category);
  return filter.includeInactive ? products : products.filter((p) => p.active);
}

export async function getProduct(ctx: ServiceContext, id: string): Promise<Product> {
  const product = await ctx.repos.products.get(id);
  if (!product) throw new CrmError(COMMON_ERRORS.notFound, { entity: '产品' });
  return product;
}

/** Every id must name an active product; returns them by id, plus the checks that keep them active until the write. */
export async function activeProductsOrThrow(ctx: ServiceContext, ids: readonly string[]): Promise<{ products: Map<string, Product>; checks: Write[] }> {
  const products = await ctx.repos.products.getMany(ids);
  for (const id of new Set(ids)) {
    const product = products.get(id);
    if (!product) throw new CrmError(PRODUCT_ERRORS.notFound, { id });
    if (!product.active) throw new CrmError(PRODUCT_ERRORS.inactive, { name: product.name });
  }
  return { products, checks: [...products.values()].map((p) => ctx.repos.products.checkActive(p)) };
}
