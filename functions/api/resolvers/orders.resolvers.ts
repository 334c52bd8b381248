import { formatDiscount, formatQuantity } from '../../domain/money/money';
import { needsApproval } from '../../domain/orders/order.rules';
import {
  CreateOrderInput,
  ORDER_LABELS,
  OrderFilter,
  RejectInput,
  ShipmentInput,
  SignOrderInput,
  UpdateOrderInput,
  VersionInput,
} from '../../domain/orders/order.schemas';
import {
  approveOrder,
  cancelOrder,
  completeOrder,
  createOrder,
  getOrderOrThrow,
  listOrders,
  rejectOrder,
  signOrder,
  submitOrderForApproval,
  updateOrder,
} from '../../domain/orders/order.service';
import { recordShipment } from '../../domain/orders/shipment.service';
import { parseInput } from '../../domain/shared/validation';
import type { ApiContext } from '../context';
import type { Resolvers } from '../generated/resolvers-types';
import { cursorScope, decodeAfter, pageSize, toConnection } from '../pagination';
import { money, requiredUserRef, salesLoaders, userRef, withoutNulls } from './sales-loaders';

const parse = <S extends Parameters<typeof parseInput>[0]>(schema: S, raw: unknown, ctx: ApiContext) =>
  parseInput(schema, withoutNulls(raw), ctx.runtime.locale, ORDER_LABELS);

export const orderResolvers: Resolvers = {
  Query: {
    order: (_, { id }, ctx) => getOrderOrThrow(ctx.service(), id),
    orders: async (_, { filter, first, after }, ctx) => {
      const clean = parse(OrderFilter, filter ?? {}, ctx);
      const scope = cursorScope(ctx, 'orders', clean);
      const page = await listOrders(ctx.service(), clean, pageSize(first), decodeAfter(ctx, after, scope));
      return toConnection(ctx, page, scope);
    },
  },
  Mutation: {
    createOrder: (_, { input }, ctx) => createOrder(ctx.service(), parse(CreateOrderInput, input, ctx)),
    updateOrder: (_, { id, input }, ctx) => updateOrder(ctx.service(), id, parse(UpdateOrderInput, input, ctx)),
    submitOrderForApproval: (_, { id, input }, ctx) => submitOrderForApproval(ctx.service(), id, parse(VersionInput, input, ctx)),
    approveOrder: (_, { id, input }, ctx) => approveOrder(ctx.service(), id, parse(VersionInput, input, ctx)),
    rejectOrder: (_, { id, input }, ctx) => rejectOrder(ctx.service(), id, parse(RejectInput, input, ctx)),
    signOrder: (_, { id, input }, ctx) => signOrder(ctx.service(), id, parse(SignOrderInput, input, ctx)),
    completeOrder: (_, { id, input }, ctx) => completeOrder(ctx.service(), id, parse(VersionInput, input, ctx)),
    cancelOrder: (_, { id, input }, ctx) => cancelOrder(ctx.service(), id, parse(RejectInput, input, ctx)),
    recordShipment: (_, { orderId, input }, ctx) => recordShipment(ctx.service(), orderId, parse(ShipmentInput, input, ctx)),
  },
  Order: {
    customer: (o) => ({ id: o.customerId, name: o.customerName, code: o.customerCode }),
    owner: (o, _, ctx) => requiredUserRef(ctx, o.ownerId),
    lines: async (o, _, ctx) => {
      const shipping = o.status === 'DRAFT' || o.status === 'PENDING_APPROVAL' ? [] : ((await salesLoaders(ctx).orderDetails.load(o.id))?.lines ?? []);
      return o.lines.map((line) => {
        const state = shipping.find((s) => s.lineNo === line.lineNo);
        return { ...line, shipped: state?.shipped ?? 0, unshipped: state?.unshipped ?? line.quantity };
      });
    },
    listTotal: (o) => money(o.listTotal),
    discountTotal: (o) => money(o.discountTotal),
    total: (o) => money(o.total),
    plannedInstalments: (o) => o.paymentPlan,
    needsApproval: async (o, _, ctx) => needsApproval(o.total, await salesLoaders(ctx).settings()),
    approval: (o) => o.approval ?? null,
    signedBy: (o, _, ctx) => userRef(ctx, o.signedBy),
    shipments: async (o, _, ctx) => (await salesLoaders(ctx).orderDetails.load(o.id))?.shipments ?? [],
    fullyShipped: async (o, _, ctx) => {
      const lines = (await salesLoaders(ctx).orderDetails.load(o.id))?.lines ?? [];
      return lines.length > 0 && lines.every((l) => l.unshipped === 0);
    },
  },
  OrderApproval: {
    total: (a) => money(a.total),
    requestedBy: (a, _, ctx) => userRef(ctx, a.requestedBy),
    decidedBy: (a, _, ctx) => userRef(ctx, a.decidedBy),
  },
  OrderStatusChange: {
    by: (c, _, ctx) => userRef(ctx, c.by),
  },
  OrderLine: {
    quantity: (l) => formatQuantity(l.quantity),
    unitPrice: (l) => money(l.unitPrice),
    discountPercent: (l) => formatDiscount(l.discount),
    listAmount: (l) => money(l.listAmount),
    amount: (l) => money(l.amount),
    shipped: (l) => formatQuantity(l.shipped),
    unshipped: (l) => formatQuantity(l.unshipped),
  },
  PlannedInstalment: {
    amount: (p) => money(p.amount),
  },
  Shipment: {
    lines: (s) => s.lines.map((l) => ({ lineNo: l.lineNo, quantity: formatQuantity(l.quantity) })),
    recordedBy: (s, _, ctx) => userRef(ctx, s.recordedBy),
  },
};
