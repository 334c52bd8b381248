import { PublishCommand, SNSClient, SubscribeCommand, UnsubscribeCommand } from '@aws-sdk/client-sns';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import { addContact } from '../../functions/domain/customers/customer.service';
import { logFollowUp } from '../../functions/domain/follow-ups/follow-up.service';
import { claimOccurrences, REMINDER_SYSTEM_ACTOR } from '../../functions/domain/reminders/reminder-occurrence.service';
import { addImportantDate, listFailedDeliveries, setMyPreferences } from '../../functions/domain/reminders/reminder.service';
import { zonedInstant } from '../../functions/domain/reminders/zoned-time';
import { DAY_MS, HOUR_MS } from '../../functions/domain/shared/clock';
import { newId } from '../../functions/domain/shared/ids';
import { seedTasks } from '../../functions/domain/tasks/task-seed';
import { createTask, updateTask } from '../../functions/domain/tasks/task.service';
import type { Task } from '../../functions/domain/tasks/task.types';
import { createUser } from '../../functions/domain/users/user.service';
import type { User } from '../../functions/domain/users/user.types';
import type { Notifier, OutgoingMessage } from '../../functions/notify/notifier';
import { OutboxNotifier } from '../../functions/notify/outbox-notifier';
import { SnsNotifier } from '../../functions/notify/sns-notifier';
import { DynamoSmsRateLimiter, type SendRateLimiter } from '../../functions/notify/sms-rate-limiter';
import { measureDynamoCalls } from '../../functions/store/instrumentation';
import { dueItemOf } from '../../functions/store/reminder.repository';
import { createReminderSweep, type ReminderSweepOptions } from '../../functions/sweeps/reminders.sweep';
import { sweepEvent } from '../../functions/sweeps/sweep-event';
import { buildCustomer, buildOrg } from '../support/builders';
import { createTestStack, T0, type TestStack } from '../support/test-stack';

const TZ = 'Asia/Shanghai';
const TOPIC = 'arn:aws-cn:sns:cn-north-1:123456789012:crm-test-reminders';
const sns = mockClient(SNSClient);
beforeEach(() => sns.reset());

async function setup(options: ReminderSweepOptions = {}) {
  const stack = await createTestStack();
  const org = await buildOrg(stack);
  const sweeper = createReminderSweep(stack.runtime, { smsRatePerSecond: 1000, ...options });
  const sweep = () => sweeper(sweepEvent('reminder-sweep', stack.clock.now()));
  return { stack, org, sweep };
}

const hoursAfterT0 = (h: number) => new Date(T0.getTime() + h * HOUR_MS).toISOString();
const reminderTask = (stack: TestStack, user: User, remindAt: string, title = '给客户回电话') =>
  createTask(stack.as(user), { title, dueAt: remindAt, remindAt, quadrant: 'IMPORTANT' });

describe('task and next-contact reminders', () => {
  it('sends a task reminder once, at its time, by SMS by default', async () => {
    const { stack, org, sweep } = await setup();
    const task = await reminderTask(stack, org.rep, hoursAfterT0(2));
    stack.clock.moveTo(new Date(Date.parse(hoursAfterT0(2)) - 60_000));
    expect(await sweep()).toMatchObject({ sent: 0, occurrences: 0 });
    stack.clock.moveTo(new Date(hoursAfterT0(2)));
    expect(await sweep()).toMatchObject({ sent: 1, occurrences: 1, failed: 0 });
    expect(await sweep()).toMatchObject({ sent: 0, occurrences: 0 });
    expect(stack.notifier.sent).toEqual([
      expect.objectContaining({
        id: `TASK#${task.id}#${task.remindAt}#SMS`,
        channel: 'SMS',
        to: '13800000000',
        userId: org.rep.id,
        kind: 'TASK',
        text: '【销售管家】待办提醒：给客户回电话，截止今天11:00。',
      }),
    ]);
    const read = await stack.gql<{ task: { reminded: boolean } }>(org.rep, `query($id: ID!) { task(id: $id) { reminded } }`, { id: task.id });
    expect(read.data?.task.reminded).toBe(true);
  });

  it('skips a task done before its reminder, and reminds again at a new reminder time', async () => {
    const { stack, org, sweep } = await setup();
    const done = await reminderTask(stack, org.rep, hoursAfterT0(1), '已完成的任务');
    await updateTask(stack.as(org.rep), done, { done: true, expectedVersion: 1 });
    const moved = await reminderTask(stack, org.rep, hoursAfterT0(1), '改期任务');
    stack.clock.moveTo(new Date(hoursAfterT0(1)));
    await sweep();
    const current = (await stack.runtime.repos.tasks.get(moved)) as Task;
    await updateTask(stack.as(org.rep), current, { dueAt: hoursAfterT0(5), remindAt: hoursAfterT0(4), expectedVersion: current.version });
    stack.clock.moveTo(new Date(hoursAfterT0(4)));
    await sweep();
    expect(stack.notifier.sent.map((m) => m.text)).toEqual([
      '【销售管家】待办提醒：改期任务，截止今天10:00。',
      '【销售管家】待办提醒：改期任务，截止今天14:00。',
    ]);
  });

  it('reminds the owner of a follow-up’s next contact, naming the customer', async () => {
    const { stack, org, sweep } = await setup();
    const customer = await buildCustomer(stack, org.rep, { name: '靖江市春意空调有限公司' });
    await logFollowUp(stack.as(org.rep), { customerId: customer.id, type: 'CALL', contactName: '赵经理', content: '客户要求下周二再报一次价格', nextContactAt: hoursAfterT0(24 + 5) });
    stack.clock.moveTo(new Date(hoursAfterT0(24 + 5)));
    await sweep();
    expect(stack.notifier.sent.map((m) => [m.kind, m.text])).toEqual([['NEXT_CONTACT', '【销售管家】跟进提醒：今天14:00请致电靖江市春意空调有限公司（赵经理），记得登记跟进记录。']]);
  });
});

describe('preferences', () => {
  it('holds messages during quiet hours and sends them on both chosen channels afterwards', async () => {
    const { stack, org, sweep } = await setup();
    await setMyPreferences(stack.as(org.rep), { channels: 'BOTH', quietHoursStart: '22:00', quietHoursEnd: '08:00' });
    const late = zonedInstant('2026-03-02', '23:00', TZ);
    await reminderTask(stack, org.rep, late, '深夜任务');
    stack.clock.moveTo(new Date(late));
    expect(await sweep()).toMatchObject({ occurrences: 1, sent: 0 });
    stack.clock.moveTo(new Date(zonedInstant('2026-03-03', '07:59', TZ)));
    expect(await sweep()).toMatchObject({ sent: 0 });
    stack.clock.moveTo(new Date(zonedInstant('2026-03-03', '08:00', TZ)));
    expect(await sweep()).toMatchObject({ sent: 2 });
    expect(stack.notifier.sent.map((m) => [m.channel, m.to])).toEqual(expect.arrayContaining([['SMS', '13800000000'], ['EMAIL', org.rep.email]]));
  });

  it('sends nothing to a user who chose no channel, and does not send it later either', async () => {
    const { stack, org, sweep } = await setup();
    await setMyPreferences(stack.as(org.rep), { channels: 'NONE' });
    await reminderTask(stack, org.rep, hoursAfterT0(1));
    stack.clock.moveTo(new Date(hoursAfterT0(1)));
    expect(await sweep()).toMatchObject({ occurrences: 1, sent: 0 });
    await setMyPreferences(stack.as(org.rep), { channels: 'SMS' });
    await sweep();
    expect(stack.notifier.sent).toEqual([]);
  });

  it('sends the daily agenda digest at the user’s time, every day', async () => {
    const { stack, org, sweep } = await setup();
    const prefs = await setMyPreferences(stack.as(org.rep), { channels: 'EMAIL', digestTime: '08:30' });
    expect(prefs.nextDigestAt).toBe(zonedInstant('2026-03-03', '08:30', TZ));
    await createTask(stack.as(org.rep), { title: '拜访春意空调', dueAt: zonedInstant('2026-03-03', '10:00', TZ), quadrant: 'IMPORTANT' });
    await createTask(stack.as(org.rep), { title: '周报', dueAt: zonedInstant('2026-03-03', '17:00', TZ), quadrant: 'NEITHER' });
    stack.clock.moveTo(new Date(zonedInstant('2026-03-03', '08:30', TZ)));
    await sweep();
    expect(stack.notifier.sent).toEqual([
      expect.objectContaining({
        channel: 'EMAIL',
        kind: 'DIGEST',
        subject: '2026-03-03 日程：今日待办2项，逾期0项，即将到期客户0个',
        text: '2026-03-03 工作日程\n· 10:00 拜访春意空调\n· 17:00 周报\n逾期未完成：0 项',
      }),
    ]);
    expect((await stack.runtime.repos.reminders.getPreferences(org.rep.id)).nextDigestAt).toBe(zonedInstant('2026-03-04', '08:30', TZ));
    stack.clock.moveTo(new Date(zonedInstant('2026-03-04', '08:30', TZ)));
    await sweep();
    expect(stack.notifier.sent.map((m) => m.subject)).toEqual([
      '2026-03-03 日程：今日待办2项，逾期0项，即将到期客户0个',
      '2026-03-04 日程：今日待办0项，逾期2项，即将到期客户0个',
    ]);
  });
});

describe('important dates', () => {
  it('reminds a lunar birthday in the morning of its day, across the solar year boundary', async () => {
    const { stack, org, sweep } = await setup();
    const customer = await buildCustomer(stack, org.rep, { name: '春意空调' });
    const contact = await addContact(stack.as(org.rep), customer.id, { name: '赵经理', birthday: '1980-12-20', birthdayIsLunar: true });
    const date = await addImportantDate(stack.as(org.rep), { customerId: customer.id, contactId: contact.id, kind: 'BIRTHDAY' });
    expect(date).toMatchObject({ month: 12, day: 20, lunar: true, year: 1980, nextAt: '2027-01-27T01:00:00.000Z' });

    stack.clock.moveTo(new Date('2027-01-27T00:59:00.000Z'));
    expect(await sweep()).toMatchObject({ sent: 0 });
    stack.clock.moveTo(new Date('2027-01-27T01:00:00.000Z'));
    expect(await sweep()).toMatchObject({ sent: 1 });
    expect(stack.notifier.sent.map((m) => [m.userId, m.kind, m.text])).toEqual([
      [org.rep.id, 'IMPORTANT_DATE', '【销售管家】今天（农历腊月二十）是春意空调的赵经理的生日，别忘了问候。'],
    ]);
    const read = await stack.gql<{ customer: { importantDates: { description: string; nextReminderAt: string }[] } }>(
      org.rep,
      `query($id: ID!) { customer(id: $id) { importantDates { description nextReminderAt } } }`,
      { id: customer.id },
    );
    expect(read.data?.customer.importantDates).toEqual([{ description: '农历腊月二十', nextReminderAt: '2028-01-16T01:00:00.000Z' }]);
  });
});

/** Hands each message over only after yielding, so concurrent sweeps really interleave. */
class SlowRecordingNotifier implements Notifier {
  readonly sent: OutgoingMessage[] = [];
  async send(message: OutgoingMessage): Promise<void> {
    await new Promise((resolve) => setTimeout(resolve, 2));
    this.sent.push(message);
  }
}

describe('exactly once', () => {
  it('two sweeps at once over the same due set send every reminder once', async () => {
    const { stack, org } = await setup();
    const notifier = new SlowRecordingNotifier();
    stack.runtime.notifier = notifier;
    await setMyPreferences(stack.as(org.teamRep), { channels: 'BOTH' });
    const users = [org.rep, org.teamRep, org.otherRep, org.eastManager];
    for (let i = 0; i < 40; i++) await reminderTask(stack, users[i % users.length]!, hoursAfterT0(1 + (i % 3) / 60), `任务${i}`);
    stack.clock.moveTo(new Date(hoursAfterT0(2)));
    const a = createReminderSweep(stack.runtime, { smsRatePerSecond: 1000 });
    const b = createReminderSweep(stack.runtime, { smsRatePerSecond: 1000 });
    const event = sweepEvent('reminder-sweep', stack.clock.now());
    const [ra, rb] = await Promise.all([a(event), b(event)]);
    const ids = notifier.sent.map((m) => m.id);
    expect(ids).toHaveLength(50);
    expect(new Set(ids).size).toBe(50);
    expect(ra.sent + rb.sent).toBe(50);
    expect(ra.occurrences + rb.occurrences).toBe(40);
    expect(await a(sweepEvent('reminder-sweep', stack.clock.now()))).toMatchObject({ sent: 0, occurrences: 0 });
    expect(notifier.sent).toHaveLength(50);
  });

  it('a retried scheduler invocation with the original time sends nothing again', async () => {
    const { stack, org, sweep } = await setup();
    await reminderTask(stack, org.rep, hoursAfterT0(1));
    stack.clock.moveTo(new Date(hoursAfterT0(1)));
    const event = sweepEvent('reminder-sweep', stack.clock.now());
    const sweeper = createReminderSweep(stack.runtime, { smsRatePerSecond: 1000 });
    await sweeper(event);
    stack.clock.advance(6 * HOUR_MS);
    expect(await sweeper(event)).toMatchObject({ sent: 0, occurrences: 0 });
    await sweep();
    expect(stack.notifier.sent).toHaveLength(1);
  });

  it('a sweep that died after claiming leaves the messages queued; the next one sends them once', async () => {
    const { stack, org, sweep } = await setup();
    for (let i = 0; i < 3; i++) await reminderTask(stack, org.rep, hoursAfterT0(1), `任务${i}`);
    stack.clock.moveTo(new Date(hoursAfterT0(1)));
    const now = stack.clock.now();
    const page = await stack.runtime.repos.dueQueue.page('REMIND', '2026-03-02', now.toISOString(), 100);
    const due = page.items.map((i) => dueItemOf(i, '2026-03-02')!).filter((i) => i.entity !== 'Delivery');
    const claimed = await claimOccurrences({ ...stack.as(org.admin), actor: REMINDER_SYSTEM_ACTOR }, due, now);
    expect(claimed).toMatchObject({ claimed: 3, skipped: 0 });
    stack.clock.advance(60_000);
    expect(await sweep()).toMatchObject({ occurrences: 0, sent: 3 });
    expect(await sweep()).toMatchObject({ occurrences: 0, sent: 0 });
    expect(stack.notifier.sent).toHaveLength(3);
  });

  it('a sweep out of time leaves the rest for the next one', async () => {
    const { stack, org, sweep } = await setup();
    for (let i = 0; i < 3; i++) await reminderTask(stack, org.rep, hoursAfterT0(1), `任务${i}`);
    stack.clock.moveTo(new Date(hoursAfterT0(1)));
    const hurried = createReminderSweep(stack.runtime, { smsRatePerSecond: 1000, budgetMs: -1 });
    expect(await hurried(sweepEvent('reminder-sweep', stack.clock.now()))).toMatchObject({ occurrences: 0, sent: 0, deferred: 3 });
    stack.clock.moveTo(new Date(hoursAfterT0(25)));
    expect(await sweep()).toMatchObject({ occurrences: 3, sent: 3 });
  });

  it('a sweep that died between claiming and confirming a message is reported, not resent', async () => {
    const { stack, org } = await setup();
    await reminderTask(stack, org.rep, hoursAfterT0(1));
    stack.clock.moveTo(new Date(hoursAfterT0(1)));
    stack.runtime.notifier = { send: () => new Promise<void>(() => undefined) };
    const dying = createReminderSweep(stack.runtime, { smsRatePerSecond: 1000 });
    void dying(sweepEvent('reminder-sweep', stack.clock.now()));
    await waitUntil(async () => (await stack.runtime.repos.dueQueue.page('REMIND', '2026-03-02', hoursAfterT0(2), 10)).items.some((i) => i.status === 'SENDING'));

    const recorder = stack.notifier;
    stack.runtime.notifier = recorder;
    stack.clock.advance(60_000);
    const next = createReminderSweep(stack.runtime, { smsRatePerSecond: 1000 });
    expect(await next(sweepEvent('reminder-sweep', stack.clock.now()))).toMatchObject({ sent: 0, failed: 0 });
    stack.clock.advance(2 * 60_000);
    expect(await next(sweepEvent('reminder-sweep', stack.clock.now()))).toMatchObject({ sent: 0, failed: 1 });
    expect(recorder.sent).toEqual([]);
    const failed = await listFailedDeliveries(stack.as(org.admin), 10);
    expect(failed.items).toEqual([expect.objectContaining({ userId: org.rep.id, failure: 'INTERRUPTED', status: 'FAILED', attempts: 1 })]);
  });
});

async function waitUntil(condition: () => Promise<boolean>): Promise<void> {
  for (let i = 0; i < 200; i++) {
    if (await condition()) return;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error('condition never met');
}

describe('delivery failures (SNS)', () => {
  function useSns(stack: TestStack) {
    stack.runtime.notifier = new SnsNotifier({ reminderTopicArn: TOPIC }, new SNSClient({ region: 'cn-north-1' }));
  }

  it('retries a failed publish with backoff, then records it where admins see it', async () => {
    const { stack, org, sweep } = await setup();
    useSns(stack);
    sns.on(PublishCommand).rejects(Object.assign(new Error('Rate exceeded'), { name: 'ThrottledException' }));
    await reminderTask(stack, org.rep, hoursAfterT0(1));
    stack.clock.moveTo(new Date(hoursAfterT0(1)));
    const outcomes = [];
    for (const waitMinutes of [0, 0.5, 0.5, 2, 4, 8]) {
      stack.clock.advance(waitMinutes * 60_000);
      outcomes.push(await sweep());
    }
    expect(outcomes.map((o) => [o.retried, o.failed])).toEqual([
      [1, 0],
      [0, 0],
      [1, 0],
      [1, 0],
      [1, 0],
      [0, 1],
    ]);
    expect(sns.commandCalls(PublishCommand)).toHaveLength(5);
    const failed = await stack.gql<{ failedDeliveries: { edges: { node: { channel: string; status: string; failure: string; attempts: number; lastError: string; user: { name: string } } }[] } }>(
      org.admin,
      `{ failedDeliveries(first: 10) { edges { node { channel status failure attempts lastError user { name } } } } }`,
    );
    expect(failed.data?.failedDeliveries.edges.map((e) => e.node)).toEqual([
      { channel: 'SMS', status: 'FAILED', failure: 'RETRIES_EXHAUSTED', attempts: 5, lastError: 'ThrottledException: Rate exceeded', user: { name: '张三' } },
    ]);
    const denied = await stack.gql(org.eastManager, `{ failedDeliveries { edges { node { id } } } }`);
    expect(denied.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    stack.clock.advance(DAY_MS);
    expect(await sweep()).toMatchObject({ sent: 0, retried: 0, failed: 0 });
  });

  it('sends once after a transient failure, and gives up at once on a permanent one', async () => {
    const { stack, org, sweep } = await setup();
    useSns(stack);
    sns
      .on(PublishCommand, { PhoneNumber: '+8613800000000' })
      .rejectsOnce(Object.assign(new Error('Internal'), { name: 'InternalErrorException' }))
      .resolves({ MessageId: 'ok' });
    await reminderTask(stack, org.rep, hoursAfterT0(1));
    const noPhone = await createUser(stack.as(org.admin), { email: `nophone-${newId(stack.clock.now())}@t.cn`, name: '赵六', role: 'REP', departmentId: org.east.id });
    const badNumber = await createUser(stack.as(org.admin), { email: `bad-${newId(stack.clock.now())}@t.cn`, name: '孙七', role: 'REP', departmentId: org.east.id, phone: '13999999999' });
    sns.on(PublishCommand, { PhoneNumber: '+8613999999999' }).rejects(Object.assign(new Error('Invalid parameter: PhoneNumber'), { name: 'InvalidParameterException' }));
    await setMyPreferences(stack.as(noPhone), { channels: 'SMS' });
    await reminderTask(stack, noPhone, hoursAfterT0(1));
    await reminderTask(stack, badNumber, hoursAfterT0(1));
    stack.clock.moveTo(new Date(hoursAfterT0(1)));
    expect(await sweep()).toMatchObject({ sent: 0, retried: 1, failed: 2 });
    stack.clock.advance(60_000);
    expect(await sweep()).toMatchObject({ sent: 1, retried: 0, failed: 0 });
    expect(sns.commandCalls(PublishCommand, { PhoneNumber: '+8613800000000' })).toHaveLength(2);
    const failed = await listFailedDeliveries(stack.as(org.admin), 10);
    expect(failed.items.map((d) => [d.userId, d.failure]).sort()).toEqual(
      [
        [noPhone.id, 'NO_ADDRESS'],
        [badNumber.id, 'REJECTED'],
      ].sort(),
    );
  });
});

describe('cost', () => {
  it('reads only what is due: a few Queries whatever the number of tasks', async () => {
    const { stack, org, sweep } = await setup();
    await sweep();
    await seedTasks(stack.runtime.repos, {
      owners: [org.rep, org.teamRep],
      count: 1000,
      dueCount: 5,
      dueAt: hoursAfterT0(1),
      laterAt: hoursAfterT0(24 * 30),
      now: stack.clock.now(),
    });
    stack.clock.moveTo(new Date(hoursAfterT0(1)));
    const { result, calls } = await measureDynamoCalls(() => sweep());
    // One bucket each (today: every watermark starts on the company's first day): reminders,
    // payment plans and service tickets.
    expect(result).toMatchObject({ due: 5, occurrences: 5, sent: 5, queries: 1 });
    expect(calls.filter((c) => c.command === 'QueryCommand')).toHaveLength(3);
    expect(calls.filter((c) => c.command === 'ScanCommand')).toHaveLength(0);
    expect(calls.reduce((sum, c) => sum + c.readUnits, 0)).toBeLessThan(15);
  });
});

describe('SMS send rate', () => {
  it('shares a per-second budget through the table and waits for the next second', async () => {
    const stack = await createTestStack();
    let nowMs = 1_800_000_000_250;
    const slept: number[] = [];
    const limiter = new DynamoSmsRateLimiter(stack.runtime.repos.store, 2, {
      nowMs: () => nowMs,
      sleep: async (ms) => {
        slept.push(ms);
        nowMs += ms;
      },
    });
    const windows: number[] = [];
    for (let i = 0; i < 5; i++) {
      await limiter.acquire();
      windows.push(Math.floor(nowMs / 1000));
    }
    expect(windows).toEqual([1_800_000_000, 1_800_000_000, 1_800_000_001, 1_800_000_001, 1_800_000_002]);
    expect(slept).toEqual([750, 1000]);
    const other = new DynamoSmsRateLimiter(stack.runtime.repos.store, 2, { nowMs: () => nowMs, sleep: async (ms) => void (nowMs += ms) });
    await other.acquire();
    expect(Math.floor(nowMs / 1000)).toBe(1_800_000_002);
    await other.acquire();
    expect(Math.floor(nowMs / 1000)).toBe(1_800_000_003);
  });

  it('paces SMS only, not e-mail', async () => {
    let acquired = 0;
    const counting: SendRateLimiter = { acquire: async () => void acquired++ };
    const { stack, org, sweep } = await setup({ smsLimiter: counting });
    await setMyPreferences(stack.as(org.rep), { channels: 'BOTH' });
    await setMyPreferences(stack.as(org.teamRep), { channels: 'EMAIL' });
    await reminderTask(stack, org.rep, hoursAfterT0(1));
    await reminderTask(stack, org.teamRep, hoursAfterT0(1));
    stack.clock.moveTo(new Date(hoursAfterT0(1)));
    expect(await sweep()).toMatchObject({ sent: 3 });
    expect(acquired).toBe(1);
  });
});

describe('local outbox and e-mail subscriptions', () => {
  it('prints every message and lists the outbox for admins over GraphQL', async () => {
    const { stack, org, sweep } = await setup();
    const printed: string[] = [];
    stack.runtime.notifier = new OutboxNotifier(stack.runtime.repos.store, (line) => printed.push(line));
    await reminderTask(stack, org.rep, hoursAfterT0(1), '看看发件箱');
    stack.clock.moveTo(new Date(hoursAfterT0(1)));
    await sweep();
    expect(printed).toEqual(['📨 [SMS → 13800000000] 【销售管家】待办提醒：看看发件箱，截止今天10:00。']);
    const outbox = await stack.gql<{ outbox: { channel: string; to: string; text: string; userId: string }[] }>(org.admin, `{ outbox(limit: 10) { channel to text userId } }`);
    expect(outbox.data?.outbox).toEqual([{ channel: 'SMS', to: '13800000000', text: '【销售管家】待办提醒：看看发件箱，截止今天10:00。', userId: org.rep.id }]);
    const denied = await stack.gql(org.rep, `{ outbox { id } }`);
    expect(denied.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('subscribes a user’s e-mail with a filter policy when it is set, and moves it when it changes', async () => {
    const { stack, org } = await setup();
    stack.runtime.notifier = new SnsNotifier({ reminderTopicArn: TOPIC }, new SNSClient({ region: 'cn-north-1' }));
    sns.on(SubscribeCommand).resolvesOnce({ SubscriptionArn: `${TOPIC}:sub-1` }).resolves({ SubscriptionArn: 'pending confirmation' });
    sns.on(UnsubscribeCommand).resolves({});
    const created = await stack.gql<{ createUser: { id: string; version: number } }>(
      org.admin,
      `mutation($d: ID!) { createUser(input: { email: "wang@t.cn", name: "王八", role: REP, departmentId: $d, phone: "13700000000" }) { id version } }`,
      { d: org.east.id },
    );
    const id = created.data!.createUser.id;
    expect(sns.commandCalls(SubscribeCommand).map((c) => c.args[0].input)).toEqual([
      {
        TopicArn: TOPIC,
        Protocol: 'email',
        Endpoint: 'wang@t.cn',
        ReturnSubscriptionArn: true,
        Attributes: { FilterPolicyScope: 'MessageAttributes', FilterPolicy: JSON.stringify({ userId: [id] }) },
      },
    ]);
    await stack.gql(org.admin, `mutation($id: ID!) { updateUser(id: $id, input: { name: "王八八", expectedVersion: 1 }) { id } }`, { id });
    expect(sns.commandCalls(SubscribeCommand)).toHaveLength(1);
    await stack.gql(org.admin, `mutation($id: ID!) { updateUser(id: $id, input: { email: "wang2@t.cn", expectedVersion: 2 }) { id } }`, { id });
    expect(sns.commandCalls(UnsubscribeCommand).map((c) => c.args[0].input)).toEqual([{ SubscriptionArn: `${TOPIC}:sub-1` }]);
    expect(sns.commandCalls(SubscribeCommand).map((c) => c.args[0].input.Endpoint)).toEqual(['wang@t.cn', 'wang2@t.cn']);
    const user = (await stack.runtime.repos.users.get(id))!;
    const prefs = await stack.gql<{ myNotificationPreferences: { channels: string; emailSubscription: { email: string; status: string } } }>(
      user,
      `{ myNotificationPreferences { channels emailSubscription { email status } } }`,
    );
    expect(prefs.data?.myNotificationPreferences).toEqual({ channels: 'SMS', emailSubscription: { email: 'wang2@t.cn', status: 'PENDING_CONFIRMATION' } });
  });
});
