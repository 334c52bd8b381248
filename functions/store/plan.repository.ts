import { GetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { COMMON_ERRORS, CrmError } from '../domain/shared/errors';
import { TASK_ERRORS } from '../domain/tasks/task.errors';
import type { Plan, WorkReport } from '../domain/tasks/plan.types';
import type { Store } from './client';
import { fromItem } from './item-codec';
import { ACTIVITY_PREFIX, activityIndexKeys, activityKeys } from './keys';
import { INDEXES } from './table';
import type { Write } from './transactions';

function versioned(expectedVersion: number | undefined) {
  return expectedVersion === undefined
    ? { ConditionExpression: 'attribute_not_exists(PK)' }
    : { ConditionExpression: 'version = :v', ExpressionAttributeValues: { ':v': expectedVersion } };
}

/** Plans and work reports live in their author's partition; reports are also listed per period on GSI2. */
export class PlanRepository {
  constructor(private readonly store: Store) {}

  private get table(): string {
    return this.store.tableName;
  }

  async getPlan(ownerId: string, id: string): Promise<Plan | undefined> {
    const out = await this.store.doc.send(new GetCommand({ TableName: this.table, Key: activityKeys.plan(ownerId, id) }));
    return out.Item ? fromItem<Plan>(out.Item) : undefined;
  }

  putPlan(plan: Plan, expectedVersion?: number): Write {
    return {
      item: { Put: { TableName: this.table, Item: { ...activityKeys.plan(plan.ownerId, plan.id), entity: 'Plan', ...plan }, ...versioned(expectedVersion) } },
      onConditionFailed: () => new CrmError(COMMON_ERRORS.staleVersion, { entity: '计划' }),
    };
  }

  /** A user's plans, newest first: one Query on their partition. */
  async listPlans(ownerId: string, limit: number): Promise<Plan[]> {
    return this.listPrefix<Plan>(ownerId, ACTIVITY_PREFIX.plan, limit);
  }

  async getReport(ownerId: string, period: string): Promise<WorkReport | undefined> {
    const out = await this.store.doc.send(new GetCommand({ TableName: this.table, Key: activityKeys.workReport(ownerId, period) }));
    return out.Item ? fromItem<WorkReport>(out.Item) : undefined;
  }

  /** One report per user and period: a second submission for the same week fails. */
  putReport(report: WorkReport, expectedVersion?: number): Write {
    return {
      item: {
        Put: {
          TableName: this.table,
          Item: {
            ...activityKeys.workReport(report.ownerId, report.period),
            entity: 'WorkReport',
            ...report,
            gsi2pk: activityIndexKeys.workReportsOf(report.period),
            gsi2sk: `${report.ownerDeptPath}${report.ownerId}`,
          },
          ...versioned(expectedVersion),
        },
      },
      onConditionFailed: () =>
        expectedVersion === undefined ? new CrmError(TASK_ERRORS.reportExists, { title: report.title }) : new CrmError(COMMON_ERRORS.staleVersion, { entity: '工作报告' }),
    };
  }

  /** A user's reports, newest period first: one Query on their partition. */
  async listReports(ownerId: string, limit: number): Promise<WorkReport[]> {
    return this.listPrefix<WorkReport>(ownerId, ACTIVITY_PREFIX.workReport, limit);
  }

  /** Everyone's report of one period in a department subtree (or all): one Query on GSI2. */
  async listReportsOfPeriod(period: string, pathPrefix: string | undefined): Promise<WorkReport[]> {
    const out = await this.store.doc.send(
      new QueryCommand({
        TableName: this.table,
        IndexName: INDEXES.byDepartment.name,
        KeyConditionExpression: pathPrefix ? 'gsi2pk = :pk AND begins_with(gsi2sk, :path)' : 'gsi2pk = :pk',
        ExpressionAttributeValues: { ':pk': activityIndexKeys.workReportsOf(period), ...(pathPrefix ? { ':path': pathPrefix } : {}) },
      }),
    );
    return (out.Items ?? []).map((i) => fromItem<WorkReport>(i));
  }

  private async listPrefix<T>(ownerId: string, prefix: string, limit: number): Promise<T[]> {
    const out = await this.store.doc.send(
      new QueryCommand({
        TableName: this.table,
        KeyConditionExpression: 'PK = :pk AND begins_with(SK, :prefix)',
        ExpressionAttributeValues: { ':pk': `USER#${ownerId}`, ':prefix': prefix },
        ScanIndexForward: false,
        Limit: limit,
      }),
    );
    return (out.Items ?? []).map((i) => fromItem<T>(i));
  }
}
