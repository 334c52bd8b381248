import DataLoader from 'dataloader';
import type { OrderDetails } from '../../store/order.repository';
import type { Product } from '../../domain/products/product.types';
import type { PipelineStage, SalesSettings } from '../../domain/pipeline/sales-settings.types';
import { formatFen } from '../../domain/money/money';
import type { ApiContext } from '../context';

/** A customer named by a sales record: fresh name and code when readable, else what the record kept. */
export interface CustomerSummaryRef {
  id: string;
  name?: string;
  code?: string;
}

interface SalesLoaders {
  products: DataLoader<string, Product | undefined>;
  orderDetails: DataLoader<string, OrderDetails | undefined>;
  /** Stages and sales rules, read once per request. */
  settings: () => Promise<SalesSettings>;
}

const perRequest = new WeakMap<ApiContext, SalesLoaders>();

/** Per-request loaders of the sales modules, created on first use so other modules pay nothing. */
export function salesLoaders(ctx: ApiContext): SalesLoaders {
  let loaders = perRequest.get(ctx);
  if (!loaders) {
    const repos = ctx.runtime.repos;
    let settings: Promise<SalesSettings> | undefined;
    loaders = {
      products: new DataLoader(async (ids) => {
        const found = await repos.products.getMany(ids);
        return ids.map((id) => found.get(id));
      }),
      orderDetails: new DataLoader((ids) => Promise.all(ids.map((id) => repos.orders.details(id)))),
      settings: () => (settings ??= repos.salesSettings.get()),
    };
    perRequest.set(ctx, loaders);
  }
  return loaders;
}

export async function userRef(ctx: ApiContext, id: string | undefined) {
  if (!id) return null;
  const user = await ctx.loaders.users.load(id);
  return user ? { id: user.id, name: user.name } : { id, name: '（已删除用户）' };
}

export async function requiredUserRef(ctx: ApiContext, id: string) {
  return (await userRef(ctx, id))!;
}

export async function customerSummary(ctx: ApiContext, ref: CustomerSummaryRef) {
  const customer = await ctx.loaders.customers.load(ref.id);
  return {
    id: ref.id,
    code: customer?.code ?? ref.code ?? '',
    name: customer?.name ?? ref.name ?? '（已删除客户）',
  };
}

export const money = (fen: number) => formatFen(fen);

/** A stage by id; a stage removed from the configuration still shows under its id. */
export function stageOf(settings: SalesSettings, id: string): PipelineStage {
  return settings.stages.find((s) => s.id === id) ?? { id, name: id, order: 0, winProbability: 0 };
}

/** GraphQL sends explicit nulls for absent optionals; the schemas speak `undefined`. */
export function withoutNulls(value: unknown): unknown {
  if (value === null) return undefined;
  if (Array.isArray(value)) return value.map(withoutNulls);
  if (typeof value === 'object') return Object.fromEntries(Object.entries(value as object).map(([k, v]) => [k, withoutNulls(v)]));
  return value;
}
