import type { Store } from './client';
import { keys } from './keys';
import type { Write } from './transactions';
import { CUSTOMER_ERRORS } from '../domain/customers/customer.errors';
import { CrmError } from '../domain/shared/errors';

/**
 * Per-user counters guarded by caps in the same transaction as the change they count, so a cap can
 * never be overrun by racing requests.
 */
export class OwnerCounters {
  constructor(private readonly store: Store) {}

  addOwned(userId: string, cap: number): Write {
    return {
      item: {
        Update: {
          TableName: this.store.tableName,
          Key: keys.userCounters(userId),
          UpdateExpression: 'ADD owned :one SET entity = :entity',
          ConditionExpression: 'attribute_not_exists(owned) OR owned < :cap',
          ExpressionAttributeValues: { ':one': 1, ':cap': cap, ':entity': 'UserCounters' },
        },
      },
      onConditionFailed: () => new CrmError(CUSTOMER_ERRORS.ownedCapReached, { cap }),
    };
  }

  removeOwned(userId: string): Write {
    return {
      item: {
        Update: {
          TableName: this.store.tableName,
          Key: keys.userCounters(userId),
          UpdateExpression: 'ADD owned :minus',
          ExpressionAttributeValues: { ':minus': -1 },
        },
      },
    };
  }

  addHot(userId: string, cap: number): Write {
    return {
      item: {
        Update: {
          TableName: this.store.tableName,
          Key: keys.userCounters(userId),
          UpdateExpression: 'ADD hot :one SET entity = :entity',
          ConditionExpression: 'attribute_not_exists(hot) OR hot < :cap',
          ExpressionAttributeValues: { ':one': 1, ':cap': cap, ':entity': 'UserCounters' },
        },
      },
      onConditionFailed: () => new CrmError(CUSTOMER_ERRORS.hotCapReached, { cap }),
    };
  }

  removeHot(userId: string): Write {
    return {
      item: {
        Update: {
          TableName: this.store.tableName,
          Key: keys.userCounters(userId),
          UpdateExpression: 'ADD hot :minus',
          ExpressionAttributeValues: { ':minus': -1 },
        },
      },
    };
  }
}
