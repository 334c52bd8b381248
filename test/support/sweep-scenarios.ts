import { createCustomer } from '../../functions/domain/customers/customer.service';
import { DAY_MS, HOUR_MS } from '../../functions/domain/shared/clock';
import { createTask } from '../../functions/domain/tasks/task.service';
import { ExportRepository, type StoredItem } from '../../functions/store/export.repository';
import { createExpirySweep } from '../../functions/sweeps/expiry.sweep';
import { createReminderSweep } from '../../functions/sweeps/reminders.sweep';
import { sweepEvent } from '../../functions/sweeps/sweep-event';
import { buildOrg, type Org } from './builders';
import { T0, type TestStack } from './test-stack';

/**
 * The sweeps with a deterministic workload each, for the crash-and-rerun and SNS-failure tests.
 * Add a sweep here and every reliability test runs it.
 */
export interface SweepScenario {
  name: string;
  /** Builds the same data in any fresh stack (same names, same clock moves). */
  seed(stack: TestStack, org: Org): Promise<void>;
  /** Moves the clock to when the work is due. */
  advance(stack: TestStack): void;
  run(stack: TestStack): Promise<unknown>;
  /** The clock move after which a retry of a failed send (or an expired send lease) is due. */
  retryLater(stack: TestStack): void;
  /** Bookkeeping that may legitimately differ after a crash, removed before comparing end states. */
  normalize?(item: StoredItem): StoredItem;
}

const deliver = (stack: TestStack) => createReminderSweep(stack.runtime, { smsRatePerSecond: 1000 })(sweepEvent('reminder-sweep', stack.clock.now()));

/**
 * Delivery is at most once by design: a message sent just before the crash, whose "sent" mark was
 * lost, is recorded INTERRUPTED after its lease instead of being sent again. The tests check from
 * the notifier's log that it did go out exactly once; here only the outcome is compared.
 */
function normalizeDelivery(item: StoredItem): StoredItem {
  if (item.entity !== 'Delivery') return item;
  const { sentAt: _s, leaseUntil: _l, lastError: _e, failedAt: _f, failure, duePk: _dp, dueSk: _ds, expiresAt: _x, gsi1pk: _g1, gsi1sk: _g2, updatedAt: _u, ...rest } = item;
  return { ...rest, status: item.status === 'FAILED' && failure === 'INTERRUPTED' ? 'SENT' : item.status };
}

export const SWEEP_SCENARIOS: SweepScenario[] = [
  {
    name: 'expiry sweep (reclaims and warnings)',
    async seed(stack, org) {
      for (let i = 0; i < 6; i++) await createCustomer(stack.as(org.rep), { kind: 'COMPANY', name: `回收甲组${i}有限公司` });
      stack.clock.advance(2.5 * DAY_MS);
      for (let i = 0; i < 4; i++) await createCustomer(stack.as(org.teamRep), { kind: 'COMPANY', name: `预警乙组${i}有限公司` });
      stack.clock.advance(7.5 * DAY_MS);
      for (let i = 0; i < 3; i++) await createCustomer(stack.as(org.otherRep), { kind: 'COMPANY', name: `未到期丙组${i}有限公司` });
    },
    advance: (stack) => stack.clock.moveTo(new Date(T0.getTime() + 15.2 * DAY_MS)),
    // The expiry sweep queues its notices in the reclaim transactions; the delivery run sends them
    // (deployed, the reminder sweep runs every minute), so a run here is both.
    async run(stack) {
      await createExpirySweep(stack.runtime)(sweepEvent('expiry-sweep', stack.clock.now()));
      return deliver(stack);
    },
    retryLater: (stack) => stack.clock.advance(30 * 60_000),
    normalize: normalizeDelivery,
  },
  {
    name: 'reminder sweep (task reminders)',
    async seed(stack, org) {
      for (const [i, user] of [org.rep, org.rep, org.teamRep, org.otherRep, org.eastManager].entries()) {
        const at = new Date(T0.getTime() + (i + 1) * HOUR_MS).toISOString();
        await createTask(stack.as(user), { title: `回电话${i}`, dueAt: at, remindAt: at, quadrant: 'IMPORTANT' });
      }
    },
    advance: (stack) => stack.clock.moveTo(new Date(T0.getTime() + 6 * HOUR_MS)),
    run: deliver,
    retryLater: (stack) => stack.clock.advance(30 * 60_000),
    normalize: normalizeDelivery,
  },
];

export async function seededStack(create: () => Promise<TestStack>, scenario: SweepScenario): Promise<{ stack: TestStack; org: Org }> {
  const stack = await create();
  const org = await buildOrg(stack);
  // A sweep that has been running: its watermark is set, so runs read from yesterday, not 60 days back.
  await scenario.run(stack);
  await scenario.seed(stack, org);
  scenario.advance(stack);
  return { stack, org };
}

const ULID = /\b[0-9A-HJKMNP-TV-Z]{26}\b/g;

/**
 * The table in a form two stacks with the same history can be compared in: record ids become the
 * names of what they identify (customers, users, departments, tasks), other generated ids and
 * e-mails become placeholders, and the lines are sorted.
 */
export async function canonicalTable(
  stack: TestStack,
  drop: (item: StoredItem) => boolean = () => false,
  normalize: (item: StoredItem) => StoredItem = (item) => item,
): Promise<string[]> {
  const items = await new ExportRepository(stack.runtime.repos.store).readAll();
  const names = new Map<string, string>();
  for (const item of items) {
    const label = item.entity === 'Customer' ? `C:${String(item.name)}` : item.entity === 'User' ? `U:${String(item.name)}` : item.entity === 'Department' ? `D:${String(item.name)}` : item.entity === 'Task' ? `T:${String(item.title)}` : undefined;
    if (label && typeof item.id === 'string' && item.SK !== undefined && String(item.SK).startsWith('#')) names.set(item.id, label);
  }
  const sorted = (value: unknown): unknown =>
    Array.isArray(value) ? value.map(sorted) : value && typeof value === 'object' ? Object.fromEntries(Object.entries(value).sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => [k, sorted(v)])) : value;
  return items
    .filter((item) => !drop(item))
    .map((item) => {
      let line = JSON.stringify(sorted(normalize(item)));
      for (const [id, label] of names) line = line.split(id).join(label);
      return line.replace(ULID, '<id>').replace(/[\w.+-]+@t\.cn/g, '<email>');
    })
    .sort();
}
