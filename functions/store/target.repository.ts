import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { subjectKeyOf, type Target, type TargetMetric } from '../domain/targets/target.types';
import { COMMON_ERRORS, CrmError } from '../domain/shared/errors';
import type { Store } from './client';
import { fromItem } from './item-codec';
import { reportIndexKeys, reportKeys } from './keys';
import { INDEXES } from './table';
import type { Write } from './transactions';
import { queryAll } from './bulk';

/** GSI2 sorts a period's targets by department path: a department, its reps and sub-departments are one prefix. */
function targetItem(t: Target): Record<string, unknown> {
  return {
    ...reportKeys.target(t.period, t.metric, subjectKeyOf(t)),
    entity: 'Target',
    ...t,
    gsi2pk: reportIndexKeys.targetsOf(t.period, t.metric),
    gsi2sk: t.subjectKind === 'DEPARTMENT' ? t.subjectPath : `${t.subjectPath}${t.subjectId}#`,
  };
}

export class TargetRepository {
  constructor(private readonly store: Store) {}

  async get(period: string, metric: TargetMetric, subject: Pick<Target, 'subjectKind' | 'subjectId'>): Promise<Target | undefined> {
    const out = await this.store.doc.send(new GetCommand({ TableName: this.store.tableName, Key: reportKeys.target(period, metric, subjectKeyOf(subject)) }));
    return out.Item ? fromItem<Target>(out.Item) : undefined;
  }

  /** Targets of the period whose subject lies in the subtree (or all): one Query on GSI2. */
  async listInSubtree(period: string, metric: TargetMetric, pathPrefix: string | undefined): Promise<Target[]> {
    const items = await queryAll(this.store, {
      IndexName: INDEXES.byDepartment.name,
      KeyConditionExpression: pathPrefix ? 'gsi2pk = :pk AND begins_with(gsi2sk, :path)' : 'gsi2pk = :pk',
      ExpressionAttributeValues: { ':pk': reportIndexKeys.targetsOf(period, metric), ...(pathPrefix ? { ':path': pathPrefix } : {}) },
    });
    return items.map((i) => fromItem<Target>(i));
  }

  /** Creates (expectedVersion absent: must not exist) or replaces a target seen at `expectedVersion`. */
  put(t: Target, expectedVersion?: number): Write {
    const condition =
      expectedVersion === undefined
        ? { ConditionExpression: 'attribute_not_exists(PK)' }
        : { ConditionExpression: 'version = :v', ExpressionAttributeValues: { ':v': expectedVersion } };
    return {
      item: { Put: { TableName: this.store.tableName, Item: targetItem(t), ...condition } },
      onConditionFailed: () => new CrmError(COMMON_ERRORS.staleVersion, { entity: '销售任务' }),
    };
  }

  delete(t: Target): Write {
    return {
      item: {
        Delete: {
          TableName: this.store.tableName,
          Key: reportKeys.target(t.period, t.metric, subjectKeyOf(t)),
          ConditionExpression: 'version = :v',
          ExpressionAttributeValues: { ':v': t.version },
        },
      },
      onConditionFailed: () => new CrmError(COMMON_ERRORS.staleVersion, { entity: '销售任务' }),
    };
  }

  /** The department target must still be at its version when its split is written. */
  checkVersion(t: Target): Write {
    return {
      item: {
        ConditionCheck: {
          TableName: this.store.tableName,
          Key: reportKeys.target(t.period, t.metric, subjectKeyOf(t)),
          ConditionExpression: 'version = :v',
          ExpressionAttributeValues: { ':v': t.version },
        },
      },
      onConditionFailed: () => new CrmError(COMMON_ERRORS.staleVersion, { entity: '部门销售任务' }),
    };
  }
}
