import { GetCommand, QueryCommand, type QueryCommandInput } from '@aws-sdk/lib-dynamodb';
import type { Invoice, OrderLedger, Payment, PaymentPlan } from '../domain/money/money.types';
import { ORDER_ERRORS } from '../domain/orders/order.errors';
import type { LineShipping, Order, OrderStatus, Shipment } from '../domain/orders/order.types';
import { formatQuantity } from '../domain/money/money';
import { COMMON_ERRORS, CrmError } from '../domain/shared/errors';
import type { Store } from './client';
import { resumeKeyOf, type Page, type PageKey } from './cursor';
import { fromItem } from './item-codec';
import { SALES_PREFIX, salesIndexKeys, salesKeys } from './keys';
import { ALL_INDEXES, INDEXES } from './table';
import type { Write } from './transactions';
import { queryAll } from './bulk';

export type OrderListQuery =
  | { kind: 'CUSTOMER'; customerId: string; status?: OrderStatus }
  | { kind: 'OWNER'; ownerId: string; status?: OrderStatus }
  | { kind: 'SUBTREE'; path: string; status?: OrderStatus }
  | { kind: 'ALL'; status?: OrderStatus };

/** Everything of one order: a single Query on its partition. */
export interface OrderDetails {
  order: Order;
  lines: LineShipping[];
  shipments: Shipment[];
  plans: PaymentPlan[];
  payments: Payment[];
  invoices: Invoice[];
  ledger?: OrderLedger;
}

/** `ORDER#<id>` / `#ORDER`; GSI1 a rep's orders, GSI2 a department subtree's, GSI3 a customer's — newest first. */
function orderItem(o: Order): Record<string, unknown> {
  return {
    ...salesKeys.order(o.id),
    entity: 'Order',
    ...o,
    gsi1pk: salesIndexKeys.ownerOrders(o.ownerId),
    gsi1sk: `${o.createdAt}#${o.id}`,
    gsi2pk: salesIndexKeys.allOrders,
    gsi2sk: `${o.ownerDeptPath}${o.id}`,
    gsi3pk: salesIndexKeys.customerOrders(o.customerId),
    gsi3sk: `${o.createdAt}#${o.id}`,
  };
}

export class OrderRepository {
  constructor(private readonly store: Store) {}

  private get table(): string {
    return this.store.tableName;
  }

  async get(id: string): Promise<Order | undefined> {
    const out = await this.store.doc.send(new GetCommand({ TableName: this.table, Key: salesKeys.order(id), ConsistentRead: true }));
    return out.Item ? fromItem<Order>(out.Item) : undefined;
  }

  async details(id: string): Promise<OrderDetails | undefined> {
    const items = await queryAll(this.store, {
      KeyConditionExpression: 'PK = :pk',
      ExpressionAttributeValues: { ':pk': salesKeys.order(id).PK },
      ConsistentRead: true,
    });
    const header = items.find((i) => i.SK === salesKeys.order(id).SK);
    if (!header) return undefined;
    const of = <T>(prefix: string) => items.filter((i) => String(i.SK).startsWith(prefix)).map((i) => fromItem<T>(i));
    const ledger = items.find((i) => i.SK === salesKeys.orderLedger(id).SK);
    return {
      order: fromItem<Order>(header),
      lines: of<LineShipping>(SALES_PREFIX.orderLine),
      shipments: of<Shipment>(SALES_PREFIX.shipment),
      plans: of<PaymentPlan>(SALES_PREFIX.paymentPlan),
      payments: of<Payment>(SALES_PREFIX.payment),
      invoices: of<Invoice>(SALES_PREFIX.invoice),
      ...(ledger ? { ledger: fromItem<OrderLedger>(ledger) } : {}),
    };
  }

  async list(query: OrderListQuery, limit: number, startKey?: PageKey): Promise<Page<Order>> {
    const input = listInput(query);
    const out = await this.store.doc.send(new QueryCommand({ TableName: this.table, ...input, Limit: limit, ExclusiveStartKey: startKey }));
    const index = ALL_INDEXES.find((i) => i.name === input.IndexName);
    const items = out.Items ?? [];
    return { items: items.map((i) => fromItem<Order>(i)), itemKeys: items.map((i) => resumeKeyOf(i, index)), nextKey: out.LastEvaluatedKey };
  }

  putNew(o: Order): Write {
    return { item: { Put: { TableName: this.table, Item: orderItem(o), ConditionExpression: 'attribute_not_exists(PK)' } } };
  }

  putIfVersion(o: Order, expectedVersion: number): Write {
    return {
      item: { Put: { TableName: this.table, Item: orderItem(o), ConditionExpression: 'version = :v', ExpressionAttributeValues: { ':v': expectedVersion } } },
      onConditionFailed: () => new CrmError(COMMON_ERRORS.staleVersion, { entity: '订单' }),
    };
  }

  /** Shipments need the order signed at the moment they are written. */
  checkStatus(orderId: string, status: OrderStatus): Write {
    return {
      item: {
        ConditionCheck: {
          TableName: this.table,
          Key: salesKeys.order(orderId),
          ConditionExpression: '#s = :status',
          ExpressionAttributeNames: { '#s': 'status' },
          ExpressionAttributeValues: { ':status': status },
        },
      },
      onConditionFailed: () => new CrmError(ORDER_ERRORS.notShippable),
    };
  }

  putLineShipping(line: LineShipping): Write {
    return {
      item: {
        Put: {
          TableName: this.table,
          Item: { ...salesKeys.orderLine(line.orderId, line.lineNo), entity: 'OrderLineShipping', ...line },
          ConditionExpression: 'attribute_not_exists(PK)',
        },
      },
    };
  }

  /** Never more than ordered: the line's unshipped quantity must cover the shipment. */
  shipLine(orderId: string, lineNo: number, quantity: number): Write {
    return {
      item: {
        Update: {
          TableName: this.table,
          Key: salesKeys.orderLine(orderId, lineNo),
          UpdateExpression: 'SET unshipped = unshipped - :q, shipped = shipped + :q',
          ConditionExpression: 'unshipped >= :q',
          ExpressionAttributeValues: { ':q': quantity },
        },
      },
      onConditionFailed: (existing) =>
        new CrmError(ORDER_ERRORS.overShipped, { lineNo, quantity: formatQuantity(quantity), remaining: formatQuantity(Number(existing?.unshipped ?? 0)) }),
    };
  }

  checkLineFullyShipped(orderId: string, lineNo: number): Write {
    return {
      item: { ConditionCheck: { TableName: this.table, Key: salesKeys.orderLine(orderId, lineNo), ConditionExpression: 'unshipped = :zero', ExpressionAttributeValues: { ':zero': 0 } } },
      onConditionFailed: () => new CrmError(ORDER_ERRORS.notFullyShipped, { lineNo }),
    };
  }

  checkLineNothingShipped(orderId: string, lineNo: number): Write {
    return {
      item: { ConditionCheck: { TableName: this.table, Key: salesKeys.orderLine(orderId, lineNo), ConditionExpression: 'shipped = :zero', ExpressionAttributeValues: { ':zero': 0 } } },
      onConditionFailed: () => new CrmError(ORDER_ERRORS.hasActivity),
    };
  }

  putShipment(s: Shipment): Write {
    return {
      item: { Put: { TableName: this.table, Item: { ...salesKeys.shipment(s.orderId, s.id), entity: 'Shipment', ...s }, ConditionExpression: 'attribute_not_exists(PK)' } },
    };
  }
}

function listInput(query: OrderListQuery): Omit<QueryCommandInput, 'TableName'> {
  const filter = query.status
    ? { FilterExpression: '#s = :status', ExpressionAttributeNames: { '#s': 'status' } }
    : {};
  const status = query.status ? { ':status': query.status } : {};
  switch (query.kind) {
    case 'CUSTOMER':
      return {
        IndexName: INDEXES.byDeadline.name,
        KeyConditionExpression: 'gsi3pk = :pk',
        ExpressionAttributeValues: { ':pk': salesIndexKeys.customerOrders(query.customerId), ...status },
        ScanIndexForward: false,
        ...filter,
      };
    case 'OWNER':
      return {
        IndexName: INDEXES.byOwner.name,
        KeyConditionExpression: 'gsi1pk = :pk',
        ExpressionAttributeValues: { ':pk': salesIndexKeys.ownerOrders(query.ownerId), ...status },
        ScanIndexForward: false,
        ...filter,
      };
    case 'SUBTREE':
      return {
        IndexName: INDEXES.byDepartment.name,
        KeyConditionExpression: 'gsi2pk = :pk AND begins_with(gsi2sk, :path)',
        ExpressionAttributeValues: { ':pk': salesIndexKeys.allOrders, ':path': query.path, ...status },
        ...filter,
      };
    case 'ALL':
      return {
        IndexName: INDEXES.byDepartment.name,
        KeyConditionExpression: 'gsi2pk = :pk',
        ExpressionAttributeValues: { ':pk': salesIndexKeys.allOrders, ...status },
        ...filter,
      };
  }
}
