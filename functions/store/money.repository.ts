import { UpdateCommand, type QueryCommandInput } from '@aws-sdk/lib-dynamodb';
import { formatFen, type Fen } from '../domain/money/money';
import { MONEY_ERRORS, PlanMovedError } from '../domain/money/money.errors';
import type { CustomerReceivable, Invoice, OrderLedger, Payment, PaymentPlan, ReminderKind } from '../domain/money/money.types';
import { ORDER_ERRORS } from '../domain/orders/order.errors';
import type { SalesScope } from '../domain/pipeline/sales-scope';
import { CrmError } from '../domain/shared/errors';
import type { Store } from './client';
import { fromItem } from './item-codec';
import { indexKeys, salesIndexKeys, salesKeys } from './keys';
import { INDEXES } from './table';
import type { Write } from './transactions';
import { queryAll } from './bulk';

const PLAN_INDEX_ATTRIBUTES = 'gsi1pk, gsi1sk, gsi2pk, gsi2sk, duePk, dueSk, nextReminderAt, nextReminderKind';

/**
 * An open instalment is indexed for aging (GSI1 per owner `OPENPLANS#<owner>`, GSI2 per department
 * path `OPENPLANS`) and, while a reminder is pending, in the DUE index (`DUE#PAYMENT#<day>`).
 * Settling or cancelling it removes every index entry, which is what cancels its reminders.
 */
export function paymentPlanItem(p: PaymentPlan): Record<string, unknown> {
  const item: Record<string, unknown> = { ...salesKeys.paymentPlan(p.orderId, p.planNo), entity: 'PaymentPlan', ...p };
  if (p.status !== 'OPEN') return item;
  const sort = `${p.dueDate}#${p.orderId}#${p.planNo}`;
  Object.assign(item, {
    gsi1pk: salesIndexKeys.ownerOpenPlans(p.ownerId),
    gsi1sk: sort,
    gsi2pk: salesIndexKeys.allOpenPlans,
    gsi2sk: `${p.ownerDeptPath}${sort}`,
  });
  if (p.nextReminderAt) {
    item.duePk = indexKeys.dueBucket('PAYMENT', p.nextReminderAt);
    item.dueSk = indexKeys.dueSort(p.nextReminderAt, `${p.orderId}#${p.planNo}`);
  }
  return item;
}

export class MoneyRepository {
  constructor(private readonly store: Store) {}

  private get table(): string {
    return this.store.tableName;
  }

  putPlan(p: PaymentPlan): Write {
    return { item: { Put: { TableName: this.table, Item: paymentPlanItem(p), ConditionExpression: 'attribute_not_exists(PK)' } } };
  }

  /**
   * Settles part or all of an instalment, guarded in the database: a partial payment needs more than
   * it left (`remaining > :amt`), a full one exactly it (`remaining = :amt`) and also drops the plan
   * from the aging and reminder indexes. Never over-settled, whatever races.
   */
  settle(plan: Pick<PaymentPlan, 'orderId' | 'planNo'>, amount: Fen, full: boolean, now: string): Write {
    const common = {
      TableName: this.table,
      Key: salesKeys.paymentPlan(plan.orderId, plan.planNo),
      ExpressionAttributeNames: { '#s': 'status' },
    };
    const onConditionFailed = (existing?: Record<string, unknown>) => {
      const remaining = Number(existing?.remaining ?? 0);
      if (existing?.status !== 'OPEN' || remaining < amount) {
        return new CrmError(MONEY_ERRORS.overSettlement, { amount: formatFen(amount), planNo: plan.planNo, remaining: formatFen(existing?.status === 'OPEN' ? remaining : 0) });
      }
      return new PlanMovedError();
    };
    if (full) {
      return {
        item: {
          Update: {
            ...common,
            UpdateExpression: `SET settled = settled + :amt, remaining = :zero, #s = :settled, settledAt = :now REMOVE ${PLAN_INDEX_ATTRIBUTES}`,
            ConditionExpression: '#s = :open AND remaining = :amt',
            ExpressionAttributeValues: { ':amt': amount, ':zero': 0, ':settled': 'SETTLED', ':open': 'OPEN', ':now': now },
          },
        },
        onConditionFailed,
      };
    }
    return {
      item: {
        Update: {
          ...common,
          UpdateExpression: 'SET settled = settled + :amt, remaining = remaining - :amt',
          ConditionExpression: '#s = :open AND remaining > :amt',
          ExpressionAttributeValues: { ':amt': amount, ':open': 'OPEN' },
        },
      },
      onConditionFailed,
    };
  }

  /** Only an untouched instalment is cancelled with its order. */
  cancelPlan(plan: Pick<PaymentPlan, 'orderId' | 'planNo'>): Write {
    return {
      item: {
        Update: {
          TableName: this.table,
          Key: salesKeys.paymentPlan(plan.orderId, plan.planNo),
          UpdateExpression: `SET #s = :cancelled REMOVE ${PLAN_INDEX_ATTRIBUTES}`,
          ConditionExpression: 'settled = :zero',
          ExpressionAttributeNames: { '#s': 'status' },
          ExpressionAttributeValues: { ':cancelled': 'CANCELLED', ':zero': 0 },
        },
      },
      onConditionFailed: () => new CrmError(ORDER_ERRORS.hasActivity),
    };
  }

  putLedger(l: OrderLedger): Write {
    return {
      item: { Put: { TableName: this.table, Item: { ...salesKeys.orderLedger(l.orderId), entity: 'OrderLedger', ...l }, ConditionExpression: 'attribute_not_exists(PK)' } },
    };
  }

  ledgerReceive(orderId: string, amount: Fen): Write {
    return {
      item: {
        Update: {
          TableName: this.table,
          Key: salesKeys.orderLedger(orderId),
          UpdateExpression: 'ADD received :amt, outstanding :minus',
          ConditionExpression: 'outstanding >= :amt',
          ExpressionAttributeValues: { ':amt': amount, ':minus': -amount },
        },
      },
      onConditionFailed: (existing) => new CrmError(MONEY_ERRORS.overPayment, { amount: formatFen(amount), outstanding: formatFen(Number(existing?.outstanding ?? 0)) }),
    };
  }

  ledgerInvoice(orderId: string, amount: Fen): Write {
    return {
      item: {
        Update: {
          TableName: this.table,
          Key: salesKeys.orderLedger(orderId),
          UpdateExpression: 'ADD invoiced :amt, uninvoiced :minus',
          ConditionExpression: 'uninvoiced >= :amt',
          ExpressionAttributeValues: { ':amt': amount, ':minus': -amount },
        },
      },
      onConditionFailed: (existing) => new CrmError(MONEY_ERRORS.overInvoiced, { amount: formatFen(amount), uninvoiced: formatFen(Number(existing?.uninvoiced ?? 0)) }),
    };
  }

  /** Completion needs every fen received. */
  checkLedgerSettled(orderId: string): Write {
    return {
      item: { ConditionCheck: { TableName: this.table, Key: salesKeys.orderLedger(orderId), ConditionExpression: 'outstanding = :zero', ExpressionAttributeValues: { ':zero': 0 } } },
      onConditionFailed: () => new CrmError(ORDER_ERRORS.notFullyPaid),
    };
  }

  /** A signed order is cancelled only while no money moved; its ledger then goes to zero. */
  cancelLedger(orderId: string): Write {
    return {
      item: {
        Update: {
          TableName: this.table,
          Key: salesKeys.orderLedger(orderId),
          UpdateExpression: 'SET outstanding = :zero, uninvoiced = :zero, cancelled = :yes',
          ConditionExpression: 'received = :zero AND invoiced = :zero',
          ExpressionAttributeValues: { ':zero': 0, ':yes': true },
        },
      },
      onConditionFailed: () => new CrmError(ORDER_ERRORS.hasActivity),
    };
  }

  /** Per-customer running totals, kept beside (not inside) the customer's collection so merges leave them alone. */
  addToReceivable(r: Omit<CustomerReceivable, 'contracted' | 'received' | 'outstanding'>, add: { contracted?: Fen; received?: Fen; outstanding?: Fen }): Write {
    const fields = (['contracted', 'received', 'outstanding'] as const).map((f) => [f, add[f] ?? 0] as [string, number]);
    return {
      item: {
        Update: {
          TableName: this.table,
          Key: salesKeys.receivable(r.customerId, r.currency),
          UpdateExpression: `ADD ${fields.map(([f]) => `${f} :${f}`).join(', ')} SET entity = :entity, customerId = :cid, customerName = :name, ownerId = :owner, ownerDeptPath = :path, currency = :cur, gsi1pk = :g1, gsi1sk = :s1, gsi2pk = :g2, gsi2sk = :s2`,
          ExpressionAttributeValues: {
            ...Object.fromEntries(fields.map(([f, v]) => [`:${f}`, v])),
            ':entity': 'CustomerReceivable',
            ':cid': r.customerId,
            ':name': r.customerName,
            ':owner': r.ownerId,
            ':path': r.ownerDeptPath,
            ':cur': r.currency,
            ':g1': salesIndexKeys.ownerReceivables(r.ownerId),
            ':s1': `${r.customerId}#${r.currency}`,
            ':g2': salesIndexKeys.allReceivables,
            ':s2': `${r.ownerDeptPath}${r.customerId}#${r.currency}`,
          },
        },
      },
    };
  }

  putPayment(p: Payment): Write {
    return { item: { Put: { TableName: this.table, Item: { ...salesKeys.payment(p.orderId, p.id), entity: 'Payment', ...p }, ConditionExpression: 'attribute_not_exists(PK)' } } };
  }

  putInvoice(i: Invoice): Write {
    return { item: { Put: { TableName: this.table, Item: { ...salesKeys.invoice(i.orderId, i.id), entity: 'Invoice', ...i }, ConditionExpression: 'attribute_not_exists(PK)' } } };
  }

  claimInvoiceNumber(i: Invoice): Write {
    return {
      item: {
        Put: {
          TableName: this.table,
          Item: { ...salesKeys.invoiceNumber(i.number), entity: 'UniqueInvoiceNumber', orderId: i.orderId, invoiceId: i.id },
          ConditionExpression: 'attribute_not_exists(PK)',
        },
      },
      onConditionFailed: () => new CrmError(MONEY_ERRORS.invoiceNumberTaken, { number: i.number }),
    };
  }

  /** Open instalments of the scope (settled ones left the index): reads grow with what is still owed. */
  async openPlans(scope: SalesScope): Promise<PaymentPlan[]> {
    return this.queryAll(scopeInput(scope, salesIndexKeys.ownerOpenPlans, salesIndexKeys.allOpenPlans), (i) => fromItem<PaymentPlan>(i));
  }

  async receivables(scope: SalesScope): Promise<CustomerReceivable[]> {
    return this.queryAll(scopeInput(scope, salesIndexKeys.ownerReceivables, salesIndexKeys.allReceivables), (i) => fromItem<CustomerReceivable>(i));
  }

  /** Instalments whose next reminder falls on `day` at or before `until`: one Query on the DUE bucket. */
  async dueReminders(day: string, until: string): Promise<PaymentPlan[]> {
    return this.queryAll(
      {
        IndexName: INDEXES.due.name,
        KeyConditionExpression: 'duePk = :pk AND dueSk <= :until',
        ExpressionAttributeValues: { ':pk': indexKeys.dueBucket('PAYMENT', day), ':until': `${until}~` },
      },
      (i) => fromItem<PaymentPlan>(i),
    );
  }

  /**
   * Moves an instalment to its next reminder (or out of the DUE index) once the one at `sentAt` went
   * out. Conditional on the reminder still being the pending one, so two sweeps never both send it.
   */
  async markReminderSent(plan: Pick<PaymentPlan, 'orderId' | 'planNo'>, sentAt: string, next?: { kind: ReminderKind; at: string }): Promise<boolean> {
    const key = salesKeys.paymentPlan(plan.orderId, plan.planNo);
    try {
      await this.store.doc.send(
        new UpdateCommand({
          TableName: this.table,
          Key: key,
          ConditionExpression: 'nextReminderAt = :sent AND #s = :open',
          ExpressionAttributeNames: { '#s': 'status' },
          ...(next
            ? {
                UpdateExpression: 'SET nextReminderAt = :at, nextReminderKind = :kind, duePk = :pk, dueSk = :sk',
                ExpressionAttributeValues: {
                  ':sent': sentAt,
                  ':open': 'OPEN',
                  ':at': next.at,
                  ':kind': next.kind,
                  ':pk': indexKeys.dueBucket('PAYMENT', next.at),
                  ':sk': indexKeys.dueSort(next.at, `${plan.orderId}#${plan.planNo}`),
                },
              }
            : {
                UpdateExpression: 'REMOVE nextReminderAt, nextReminderKind, duePk, dueSk',
                ExpressionAttributeValues: { ':sent': sentAt, ':open': 'OPEN' },
              }),
        }),
      );
      return true;
    } catch (error) {
      if ((error as { name?: string }).name === 'ConditionalCheckFailedException') return false;
      throw error;
    }
  }

  private async queryAll<T>(input: Omit<QueryCommandInput, 'TableName'>, map: (item: Record<string, unknown>) => T): Promise<T[]> {
    return (await queryAll(this.store, input)).map((item) => map(item));
  }
}

function scopeInput(scope: SalesScope, ownerKey: (id: string) => string, allKey: string): Omit<QueryCommandInput, 'TableName'> {
  switch (scope.kind) {
    case 'OWNER':
      return { IndexName: INDEXES.byOwner.name, KeyConditionExpression: 'gsi1pk = :pk', ExpressionAttributeValues: { ':pk': ownerKey(scope.ownerId) } };
    case 'SUBTREE':
      return {
        IndexName: INDEXES.byDepartment.name,
        KeyConditionExpression: 'gsi2pk = :pk AND begins_with(gsi2sk, :path)',
        ExpressionAttributeValues: { ':pk': allKey, ':path': scope.path },
      };
    case 'ALL':
      return { IndexName: INDEXES.byDepartment.name, KeyConditionExpression: 'gsi2pk = :pk', ExpressionAttributeValues: { ':pk': allKey } };
  }
}
