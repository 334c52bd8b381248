import { CreateProductInput, PRODUCT_LABELS, UpdateProductInput } from '../../domain/products/product.schemas';
import { createProduct, getProduct, listProducts, updateProduct } from '../../domain/products/product.service';
import { parseInput } from '../../domain/shared/validation';
import type { ApiContext } from '../context';
import type { Resolvers } from '../generated/resolvers-types';
import { money, withoutNulls } from './sales-loaders';

const parse = <S extends Parameters<typeof parseInput>[0]>(schema: S, raw: unknown, ctx: ApiContext) =>
  parseInput(schema, withoutNulls(raw), ctx.runtime.locale, PRODUCT_LABELS);

export const productResolvers: Resolvers = {
  Query: {
    products: (_, { category, includeInactive }, ctx) =>
      listProducts(ctx.service(), { category: category ?? undefined, includeInactive: includeInactive ?? false }),
    product: (_, { id }, ctx) => getProduct(ctx.service(), id),
    productCategories: async (_, __, ctx) => {
      const products = await listProducts(ctx.service(), { includeInactive: true });
      const counts = new Map<string, number>();
      for (const p of products) counts.set(p.category, (counts.get(p.category) ?? 0) + (p.active ? 1 : 0));
      return [...counts.entries()].map(([name, activeProducts]) => ({ name, activeProducts }));
    },
  },
  Mutation: {
    createProduct: (_, { input }, ctx) => createProduct(ctx.service(), parse(CreateProductInput, input, ctx)),
    updateProduct: (_, { id, input }, ctx) => updateProduct(ctx.service(), id, parse(UpdateProductInput, input, ctx)),
  },
  Product: {
    listPrice: (p) => money(p.listPrice),
  },
};
