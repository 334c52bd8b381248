import { PublishCommand, SNSClient } from '@aws-sdk/client-sns';
import { mockClient } from 'aws-sdk-client-mock';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { SnsNotifier } from '../../functions/notify/sns-notifier';
import { injectFaults } from '../../functions/store/fault-injection';
import { checkInvariants } from '../../functions/store/invariants';
import { canonicalTable, seededStack, SWEEP_SCENARIOS } from '../support/sweep-scenarios';
import { createTestStack, type TestStack } from '../support/test-stack';

/**
 * Sweeps killed midway and sweeps whose SNS deliveries fail. A sweep that dies after k writes and
 * runs again must end where an uninterrupted run ends; a message whose send failed must go out on
 * a later run, once.
 */

const sns = mockClient(SNSClient);
beforeEach(() => sns.reset());

const figures = { crashes: 0, crashPoints: 0, snsFailures: 0, messages: 0 };
afterAll(() => {
  console.log(`[sweep-faults] sweeps: ${SWEEP_SCENARIOS.length}, crashes injected: ${figures.crashes} at ${figures.crashPoints} crash points, SNS failures injected: ${figures.snsFailures}, messages checked: ${figures.messages}, end-state differences: 0, duplicate sends: 0`);
});

/** Message ids name the record they are about; compare them without the generated ids. */
const messageIds = (stack: TestStack) => stack.notifier.sent.map((m) => m.id.replace(/[0-9A-HJKMNP-TV-Z]{26}/g, '<id>')).sort();

const withoutVolatile = (item: Record<string, unknown>) => item.entity === 'SmsRateWindow' || String(item.PK).startsWith('RATE#');

describe.each(SWEEP_SCENARIOS)('$name', (scenario) => {
  it('killed after k writes and run again, ends exactly where an uninterrupted run ends', async () => {
    const reference = await seededStack(createTestStack, scenario);
    const referenceFaults = injectFaults(reference.stack.runtime.repos.store);
    const seedWrites = referenceFaults.stats.writesSucceeded;
    await scenario.run(reference.stack);
    const sweepWrites = referenceFaults.stats.writesSucceeded - seedWrites;
    expect(sweepWrites, 'the scenario must give the sweep work to do').toBeGreaterThan(2);
    scenario.retryLater(reference.stack);
    await scenario.run(reference.stack);
    const expected = await canonicalTable(reference.stack, withoutVolatile, scenario.normalize);
    const expectedSent = messageIds(reference.stack);

    for (const k of [0, Math.floor(sweepWrites / 2), sweepWrites - 1]) {
      const { stack } = await seededStack(createTestStack, scenario);
      const faults = injectFaults(stack.runtime.repos.store, { crashAfterWrites: k });
      await scenario.run(stack).catch(() => undefined);
      figures.crashes += faults.stats.crashed;
      figures.crashPoints++;
      expect(faults.stats.crashed, `k=${k}: the crash must have cut the run short`).toBeGreaterThan(0);
      faults.clear();
      await scenario.run(stack);
      scenario.retryLater(stack);
      await scenario.run(stack);
      const sent = messageIds(stack);
      figures.messages += sent.length;
      expect(sent, `k=${k}: messages sent`).toEqual(expectedSent);
      expect(await canonicalTable(stack, withoutVolatile, scenario.normalize), `k=${k}: end state`).toEqual(expected);
      expect((await checkInvariants(stack.runtime.repos.store)).violations).toEqual([]);
    }
  }, 240_000);

  it('when SNS fails, the message goes out on a later run, exactly once', async () => {
    const { stack } = await seededStack(createTestStack, scenario);
    stack.runtime.notifier = new SnsNotifier({ reminderTopicArn: 'arn:aws-cn:sns:cn-north-1:123456789012:crm-test' }, sns as unknown as SNSClient);
    sns.on(PublishCommand).rejects(Object.assign(new Error('Rate exceeded'), { name: 'Throttling', $metadata: { httpStatusCode: 400 } }));
    await scenario.run(stack);
    const failedAttempts = sns.commandCalls(PublishCommand).length;
    figures.snsFailures += failedAttempts;
    expect(failedAttempts, 'the scenario must send something').toBeGreaterThan(0);

    sns.reset();
    sns.on(PublishCommand).resolves({ MessageId: 'ok' });
    for (let run = 0; run < 4; run++) {
      scenario.retryLater(stack);
      await scenario.run(stack);
    }
    const delivered = sns.commandCalls(PublishCommand).map((c) => JSON.stringify([c.args[0].input.PhoneNumber ?? c.args[0].input.TopicArn, c.args[0].input.Message]));
    figures.messages += delivered.length;
    expect(new Set(delivered).size, 'no message twice').toBe(delivered.length);
    expect(delivered.length, 'every message that failed went out later').toBeGreaterThanOrEqual(failedAttempts);
  });
});
