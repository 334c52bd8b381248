import { QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { AssignmentRule } from '../domain/pools/assignment.types';
import type { Store } from './client';
import { fromItem } from './item-codec';
import { keys } from './keys';
import { INDEXES } from './table';
import type { Write } from './transactions';

const RULES = 'ASSIGNMENT_RULES';

export class AssignmentRepository {
  constructor(private readonly store: Store) {}

  put(rule: AssignmentRule): Write {
    return {
      item: {
        Put: {
          TableName: this.store.tableName,
          Item: { ...keys.assignmentRule(rule.id), entity: 'AssignmentRule', gsi2pk: RULES, gsi2sk: rule.id, ...rule },
        },
      },
    };
  }

  /** All rules (a company has a few): one Query. */
  async list(): Promise<AssignmentRule[]> {
    const out = await this.store.doc.send(
      new QueryCommand({
        TableName: this.store.tableName,
        IndexName: INDEXES.byDepartment.name,
        KeyConditionExpression: 'gsi2pk = :pk',
        ExpressionAttributeValues: { ':pk': RULES },
      }),
    );
    return (out.Items ?? []).map((i) => fromItem<AssignmentRule>(i));
  }

  /** An atomic ticket per rule: concurrent creations get consecutive, distinct numbers (fair round robin). */
  async nextTicket(ruleId: string): Promise<number> {
    const out = await this.store.doc.send(
      new UpdateCommand({
        TableName: this.store.tableName,
        Key: keys.roundRobin(ruleId),
        UpdateExpression: 'ADD n :one SET entity = :entity',
        ExpressionAttributeValues: { ':one': 1, ':entity': 'RoundRobin' },
        ReturnValues: 'UPDATED_NEW',
      }),
    );
    return Number(out.Attributes?.n ?? 1);
  }
}
