import { GetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { getManyById, queryAll } from './bulk';
import type { Department } from '../domain/users/department.types';
import type { User } from '../domain/users/user.types';
import { USER_ERRORS } from '../domain/users/user.errors';
import { COMMON_ERRORS, CrmError } from '../domain/shared/errors';
import type { Store } from './client';
import { fromItem } from './item-codec';
import { indexKeys, keys } from './keys';
import { INDEXES } from './table';
import { transact, type Write } from './transactions';

function userItem(user: User): Record<string, unknown> {
  return {
    ...keys.user(user.id),
    entity: 'User',
    gsi1pk: indexKeys.allUsers,
    gsi1sk: `${user.departmentPath}${user.id}`,
    ...user,
  };
}

export class UserRepository {
  constructor(private readonly store: Store) {}

  async get(id: string): Promise<User | undefined> {
    const out = await this.store.doc.send(new GetCommand({ TableName: this.store.tableName, Key: keys.user(id) }));
    return out.Item ? fromItem<User>(out.Item) : undefined;
  }

  /** One BatchGet for up to 100 ids (DataLoader batches per request). */
  async getMany(ids: readonly string[]): Promise<Map<string, User>> {
    return getManyById<User>(this.store, ids, keys.user);
  }

  /** Users of a department subtree (or all), ordered by department path: one Query on GSI1. */
  async listByPath(pathPrefix: string | undefined): Promise<User[]> {
    const items = await queryAll(this.store, {
      IndexName: INDEXES.byOwner.name,
      KeyConditionExpression: pathPrefix ? 'gsi1pk = :pk AND begins_with(gsi1sk, :path)' : 'gsi1pk = :pk',
      ExpressionAttributeValues: { ':pk': indexKeys.allUsers, ...(pathPrefix ? { ':path': pathPrefix } : {}) },
    });
    return items.map((i) => fromItem<User>(i));
  }

  async create(user: User): Promise<void> {
    await transact(this.store, [
      {
        item: { Put: { TableName: this.store.tableName, Item: userItem(user), ConditionExpression: 'attribute_not_exists(PK)' } },
        onConditionFailed: () => new CrmError(USER_ERRORS.userExists, { id: user.id }),
      },
      this.emailClaim(user.email, user.id),
    ]);
  }

  /** Optimistic update: refused when someone changed the user since `expectedVersion`. */
  async update(user: User, expectedVersion: number, previousEmail: string): Promise<void> {
    const writes: Write[] = [
      {
        item: {
          Put: {
            TableName: this.store.tableName,
            Item: userItem(user),
            ConditionExpression: 'version = :v',
            ExpressionAttributeValues: { ':v': expectedVersion },
          },
        },
        onConditionFailed: () => new CrmError(COMMON_ERRORS.staleVersion, { entity: '用户' }),
      },
    ];
    if (previousEmail !== user.email) {
      writes.push(this.emailClaim(user.email, user.id), {
        item: { Delete: { TableName: this.store.tableName, Key: keys.userEmail(previousEmail) } },
      });
    }
    await transact(this.store, writes);
  }

  private emailClaim(email: string, userId: string): Write {
    return {
      item: {
        Put: {
          TableName: this.store.tableName,
          Item: { ...keys.userEmail(email), entity: 'UniqueEmail', userId },
          ConditionExpression: 'attribute_not_exists(PK)',
        },
      },
      onConditionFailed: () => new CrmError(USER_ERRORS.emailTaken, { email }),
    };
  }
}

export class DepartmentRepository {
  constructor(private readonly store: Store) {}

  async get(id: string): Promise<Department | undefined> {
    const out = await this.store.doc.send(new GetCommand({ TableName: this.store.tableName, Key: keys.department(id) }));
    return out.Item ? fromItem<Department>(out.Item) : undefined;
  }

  /** One BatchGet for up to 100 ids (the per-request department loader). */
  async getMany(ids: readonly string[]): Promise<Map<string, Department>> {
    return getManyById<Department>(this.store, ids, keys.department);
  }

  /** The whole tree in path order: one Query on GSI2 (a company has tens to hundreds of departments). */
  async listAll(): Promise<Department[]> {
    const out = await this.store.doc.send(
      new QueryCommand({
        TableName: this.store.tableName,
        IndexName: INDEXES.byDepartment.name,
        KeyConditionExpression: 'gsi2pk = :pk',
        ExpressionAttributeValues: { ':pk': indexKeys.allDepartments },
      }),
    );
    return (out.Items ?? []).map((i) => fromItem<Department>(i));
  }

  async create(department: Department): Promise<void> {
    await transact(this.store, [
      {
        item: {
          Put: {
            TableName: this.store.tableName,
            Item: { ...keys.department(department.id), entity: 'Department', gsi2pk: indexKeys.allDepartments, gsi2sk: department.path, ...department },
            ConditionExpression: 'attribute_not_exists(PK)',
          },
        },
        onConditionFailed: () => new CrmError(USER_ERRORS.departmentExists, { id: department.id }),
      },
    ]);
  }
}
