import type { QueryCommandInput } from '@aws-sdk/lib-dynamodb';
import type { CounterDelta, CounterField } from '../domain/pipeline/pipeline-counters.rules';
import type { CounterRow } from '../domain/pipeline/funnel.rules';
import type { SalesScope } from '../domain/pipeline/sales-scope';
import type { Store } from './client';
import { salesIndexKeys, salesKeys } from './keys';
import { INDEXES } from './table';
import type { Write } from './transactions';
import { queryAll } from './bulk';

/** Which counters a funnel or forecast reads: one rep's, a department subtree's, or the company's. */
export type CounterScope = SalesScope;

const FIELDS: CounterField[] = ['count', 'amount', 'reached', 'exits', 'dwellMs'];

/** Funnel and forecast counters of opportunities: ADD updates inside the deal's own transaction. */
export class SalesCounters {
  constructor(private readonly store: Store) {}

  writes(deltas: readonly CounterDelta[]): Write[] {
    return deltas.map((d) => this.write(d));
  }

  private write(d: CounterDelta): Write {
    const forecast = d.family === 'FORECAST';
    const key = forecast ? salesKeys.forecastCounter(d.ownerId, d.currency, d.month!, d.bucket) : salesKeys.funnelCounter(d.ownerId, d.currency, d.bucket);
    const fields = Object.keys(d.add) as CounterField[];
    const names: Record<string, string> = Object.fromEntries(fields.map((f) => [`#${f}`, f]));
    const values: Record<string, unknown> = Object.fromEntries(fields.map((f) => [`:${f}`, d.add[f]]));
    Object.assign(values, {
      ':entity': forecast ? 'ForecastCounter' : 'FunnelCounter',
      ':ownerId': d.ownerId,
      ':path': d.ownerDeptPath,
      ':currency': d.currency,
      ':bucket': d.bucket,
      ':gpk': forecast ? salesIndexKeys.forecastMonth(d.month!) : salesIndexKeys.funnelCounters,
      ':gsk': `${d.ownerDeptPath}${d.ownerId}#${d.currency}#${d.bucket}`,
      ...(forecast ? { ':month': d.month } : {}),
    });
    // Every name goes through ExpressionAttributeNames: `bucket` and `month` are DynamoDB reserved words.
    const setFields: [string, string][] = [
      ['entity', ':entity'],
      ['ownerId', ':ownerId'],
      ['ownerDeptPath', ':path'],
      ['currency', ':currency'],
      ['bucket', ':bucket'],
      ['gsi2pk', ':gpk'],
      ['gsi2sk', ':gsk'],
      ...(forecast ? ([['month', ':month']] as [string, string][]) : []),
    ];
    for (const [name] of setFields) names[`#${name}`] = name;
    const sets = setFields.map(([name, value]) => `#${name} = ${value}`);
    return {
      item: {
        Update: {
          TableName: this.store.tableName,
          Key: key,
          UpdateExpression: `ADD ${fields.map((f) => `#${f} :${f}`).join(', ')} SET ${sets.join(', ')}`,
          ExpressionAttributeNames: names,
          ExpressionAttributeValues: values,
        },
      },
    };
  }

  /** Funnel counters of the scope: rows = owners × buckets, however many deals there are. */
  async funnel(scope: CounterScope): Promise<CounterRow[]> {
    if (scope.kind === 'OWNER') {
      return this.queryAll({ KeyConditionExpression: 'PK = :pk', ExpressionAttributeValues: { ':pk': salesKeys.funnelCounter(scope.ownerId, '', '').PK } });
    }
    return this.queryAll(byIndexPath(salesIndexKeys.funnelCounters, scope));
  }

  /** Forecast counters of the scope for the months (one Query per month for subtrees, one in total for a rep). */
  async forecast(scope: CounterScope, currency: string, months: readonly string[]): Promise<CounterRow[]> {
    if (months.length === 0) return [];
    if (scope.kind === 'OWNER') {
      return this.queryAll({
        KeyConditionExpression: 'PK = :pk AND SK BETWEEN :from AND :to',
        ExpressionAttributeValues: {
          ':pk': salesKeys.forecastCounter(scope.ownerId, '', '', '').PK,
          ':from': `${currency}#${months[0]}`,
          ':to': `${currency}#${months[months.length - 1]}#~`,
        },
      });
    }
    const perMonth = await Promise.all(months.map((m) => this.queryAll(byIndexPath(salesIndexKeys.forecastMonth(m), scope))));
    return perMonth.flat();
  }

  private async queryAll(input: Omit<QueryCommandInput, 'TableName'>): Promise<CounterRow[]> {
    return (await queryAll(this.store, input)).map((item) => toRow(item));
  }
}

function byIndexPath(partition: string, scope: CounterScope): Omit<QueryCommandInput, 'TableName'> {
  return scope.kind === 'SUBTREE'
    ? {
        IndexName: INDEXES.byDepartment.name,
        KeyConditionExpression: 'gsi2pk = :pk AND begins_with(gsi2sk, :path)',
        ExpressionAttributeValues: { ':pk': partition, ':path': scope.path },
      }
    : { IndexName: INDEXES.byDepartment.name, KeyConditionExpression: 'gsi2pk = :pk', ExpressionAttributeValues: { ':pk': partition } };
}

function toRow(item: Record<string, unknown>): CounterRow {
  const row: CounterRow = {
    ownerId: String(item.ownerId),
    ownerDeptPath: String(item.ownerDeptPath ?? ''),
    currency: String(item.currency),
    bucket: String(item.bucket),
    count: 0,
    amount: 0,
    reached: 0,
    exits: 0,
    dwellMs: 0,
  };
  if (typeof item.month === 'string') row.month = item.month;
  for (const f of FIELDS) row[f] = Number(item[f] ?? 0);
  return row;
}
