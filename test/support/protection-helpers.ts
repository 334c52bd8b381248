import { afterInvalidFollowUp, afterValidFollowUp } from '../../functions/domain/protection/lifecycle.rules';
import { createExpirySweep } from '../../functions/sweeps/expiry.sweep';
import { createReminderSweep } from '../../functions/sweeps/reminders.sweep';
import { sweepEvent } from '../../functions/sweeps/sweep-event';
import type { TestStack } from './test-stack';

export const DAY = 86_400_000;

/** What the follow-up module does to a customer, without depending on it: refresh or count. */
export async function touchFollowUp(stack: TestStack, customerId: string, valid: boolean): Promise<void> {
  const { repos } = stack.runtime;
  const c = (await repos.customers.get(customerId, true))!;
  const now = stack.clock.now().toISOString();
  const next = valid ? afterValidFollowUp(c, now, now, stack.settings) : afterInvalidFollowUp(c, now, stack.settings);
  await repos.commit([repos.customers.putIfVersion(next, c.version)]);
}

/** One expiry sweep, then the reminder sweep that delivers the notices it queued (as on the minute timer). */
export function expirySweep(stack: TestStack) {
  const sweep = createExpirySweep(stack.runtime);
  const deliver = createReminderSweep(stack.runtime, { smsRatePerSecond: 1000 });
  return async () => {
    const result = await sweep(sweepEvent('expiry-sweep', stack.clock.now()));
    await deliver(sweepEvent('reminder-sweep', stack.clock.now()));
    return result;
  };
}

export async function ownedCount(stack: TestStack, userId: string): Promise<number> {
  const { GetCommand } = await import('@aws-sdk/lib-dynamodb');
  const { keys } = await import('../../functions/store/keys');
  const store = stack.runtime.repos.store;
  const out = await store.doc.send(new GetCommand({ TableName: store.tableName, Key: keys.userCounters(userId), ConsistentRead: true }));
  return Number(out.Item?.owned ?? 0);
}
