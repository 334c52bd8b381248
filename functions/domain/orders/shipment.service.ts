import { COMMON_ERRORS, CrmError } from '../shared/errors';
import { newId } from '../shared/ids';
import type { ServiceContext } from '../shared/service-context';
import { ORDER_ERRORS } from './order.errors';
import { canEditOrder } from './order.rules';
import type { ShipmentInput } from './order.schemas';
import { getOrderOrThrow } from './order.service';
import type { Shipment } from './order.types';

/**
 * A delivery against some lines of a signed order (partial allowed). Each line's unshipped quantity
 * is decremented under the condition that it covers the shipment, so racing shipments can never
 * together exceed what was ordered. Recorded by the order's editors or service/warehouse staff.
 */
export async function recordShipment(ctx: ServiceContext, orderId: string, input: ShipmentInput): Promise<Shipment> {
  const order = await getOrderOrThrow(ctx, orderId);
  if (!canEditOrder(ctx.actor, order) && ctx.actor.role !== 'SERVICE') throw new CrmError(COMMON_ERRORS.forbidden, { action: '登记发货' });
  if (order.status !== 'SIGNED') throw new CrmError(ORDER_ERRORS.notShippable);
  const seen = new Set<number>();
  for (const line of input.lines) {
    if (!order.lines.some((l) => l.lineNo === line.lineNo)) throw new CrmError(ORDER_ERRORS.unknownLine, { lineNo: line.lineNo });
    if (seen.has(line.lineNo)) throw new CrmError(ORDER_ERRORS.duplicateLine, { lineNo: line.lineNo });
    seen.add(line.lineNo);
  }
  const now = ctx.clock.now();
  const shipment: Shipment = {
    id: newId(now),
    orderId,
    lines: input.lines,
    shippedOn: input.shippedOn,
    ...(input.carrier ? { carrier: input.carrier } : {}),
    ...(input.trackingNo ? { trackingNo: input.trackingNo } : {}),
    ...(input.note ? { note: input.note } : {}),
    recordedBy: ctx.actor.id,
    recordedAt: now.toISOString(),
  };
  await ctx.repos.commit([
    ctx.repos.orders.checkStatus(orderId, 'SIGNED'),
    ...input.lines.map((l) => ctx.repos.orders.shipLine(orderId, l.lineNo, l.quantity)),
    ctx.repos.orders.putShipment(shipment),
  ]);
  return shipment;
}
