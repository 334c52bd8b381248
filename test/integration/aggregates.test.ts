import { marshall } from '@aws-sdk/util-dynamodb';
import type { DynamoDBStreamEvent } from 'aws-lambda';
import { beforeAll, describe, expect, it } from 'vitest';
import { logFollowUp } from '../../functions/domain/follow-ups/follow-up.service';
import { FAMILY, type AggregateRow, type AggregateScope } from '../../functions/domain/reports/aggregate.types';
import { createAggregateConsumer, createAggregatesHandler, type ChangeRecord } from '../../functions/streams/aggregates.consumer';
import type { Repositories } from '../../functions/store/repositories';
import { aggregatePoller } from '../support/aggregates-drain';
import { buildCustomer, buildOrg, type Org } from '../support/builders';
import { createTestStack, type TestStack } from '../support/test-stack';

let stack: TestStack;
let org: Org;
const ALL: AggregateScope = { kind: 'ALL' };

beforeAll(async () => {
  stack = await createTestStack({}, { stream: true });
  org = await buildOrg(stack);
});

/** Every aggregate row the tests touch, as plain sorted data. */
async function snapshot(): Promise<string> {
  const { aggregates } = stack.runtime.repos;
  const rows: AggregateRow[] = [
    ...(await aggregates.rows(FAMILY.customers, ['ALL'], ALL)),
    ...(await aggregates.rows(FAMILY.customerEvents, ['D2026-03-02', 'M2026-03'], ALL)),
    ...(await aggregates.rows(FAMILY.followUps, ['D2026-03-02', 'D2026-03-20', 'M2026-03'], ALL)),
  ];
  return JSON.stringify(rows.map((r) => ({ ...r, counters: Object.fromEntries(Object.entries(r.counters).sort()) })).sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b))));
}

function followUpItem(customerId: string, id: string, over: Record<string, unknown> = {}) {
  return {
    PK: `CUST#${customerId}`,
    SK: `FOLLOWUP#2026-03-20T02:00:00.000Z#${id}`,
    entity: 'FollowUp',
    id,
    customerId,
    authorId: org.rep.id,
    authorDeptPath: org.rep.departmentPath,
    type: 'VISIT',
    at: '2026-03-20T02:00:00.000Z',
    day: '2026-03-20',
    valid: true,
    ...over,
  };
}

describe('the same change delivered twice', () => {
  it('leaves the aggregates unchanged, whether one record or the whole stream is redelivered', async () => {
    const poller = aggregatePoller(stack);
    const seen: ChangeRecord[] = [];
    const consume = createAggregateConsumer(stack.runtime.repos, stack.clock);
    const customer = await buildCustomer(stack, org.rep);
    await logFollowUp(stack.as(org.rep), { customerId: customer.id, type: 'CALL', content: '电话确认了设备型号与安装日期', contactName: '周经理' });
    await poller.drain();
    const once = await snapshot();
    expect(once).toContain('"T:CALL":1');

    // Read the stream again from the start with a poller that remembers nothing: every record comes a second time.
    const replay = aggregatePoller(stack, (inner) => async (records) => {
      seen.push(...records);
      return inner(records);
    });
    await replay.drain();
    expect(seen.length).toBeGreaterThan(0);
    expect(await snapshot()).toBe(once);

    // And one record handed straight to the consumer twice more.
    const followUpRecord = seen.find((r) => r.newImage?.entity === 'FollowUp')!;
    expect(await consume([followUpRecord])).toEqual({ applied: 0, duplicates: 1, ignored: 0 });
    expect(await consume([followUpRecord])).toEqual({ applied: 0, duplicates: 1, ignored: 0 });
    expect(await snapshot()).toBe(once);
    await Promise.all([poller.stop(), replay.stop()]);
  });
});

describe('the consumer on synthetic records', () => {
  it('adds an insert, moves an update, and nets a move (copy + delete) to nothing', async () => {
    const consume = createAggregateConsumer(stack.runtime.repos, stack.clock);
    const rowOf = async () => (await stack.runtime.repos.aggregates.rows(FAMILY.followUps, ['D2026-03-20'], { kind: 'OWNER', userId: org.rep.id }))[0]?.counters;
    const original = followUpItem('C-A', 'F1');
    await consume([{ eventId: 'syn-1', newImage: original }]);
    expect(await rowOf()).toMatchObject({ n: 1, 'T:VISIT': 1, valid: 1 });

    const reviewed = { ...original, valid: false, type: 'CALL' };
    await consume([{ eventId: 'syn-2', oldImage: original, newImage: reviewed }]);
    expect(await rowOf()).toMatchObject({ n: 1, 'T:VISIT': 0, 'T:CALL': 1, valid: 0, invalid: 1 });

    // A merge copies the follow-up into the surviving customer and deletes the original, in either order.
    const copy = { ...reviewed, PK: 'CUST#C-B', customerId: 'C-B' };
    await consume([
      { eventId: 'syn-3', oldImage: reviewed },
      { eventId: 'syn-4', newImage: copy },
    ]);
    expect(await rowOf()).toMatchObject({ n: 1, 'T:CALL': 1, invalid: 1 });

    const unrelated = await consume([{ eventId: 'syn-5', newImage: { PK: 'X', SK: 'Y', entity: 'Sequence' } }]);
    expect(unrelated).toEqual({ applied: 0, duplicates: 0, ignored: 1 });
  });

  it('stops at a failing record; redelivering the batch applies each record exactly once', async () => {
    const repos = stack.runtime.repos;
    let failOn: string | undefined = 'bad-2';
    const flaky = {
      ...repos,
      aggregates: Object.assign(Object.create(Object.getPrototypeOf(repos.aggregates)), repos.aggregates, {
        applyOnce: (eventId: string, ...rest: Parameters<Repositories['aggregates']['applyOnce']> extends [string, ...infer R] ? R : never) => {
          if (eventId === failOn) return Promise.reject(new Error('throttled'));
          return repos.aggregates.applyOnce(eventId, ...rest);
        },
      }),
    } as Repositories;
    const consume = createAggregateConsumer(flaky, stack.clock);
    const batch: ChangeRecord[] = [
      { eventId: 'bad-1', newImage: followUpItem('C-F', 'F10', { type: 'EMAIL' }) },
      { eventId: 'bad-2', newImage: followUpItem('C-F', 'F11', { type: 'EMAIL' }) },
      { eventId: 'bad-3', newImage: followUpItem('C-F', 'F12', { type: 'EMAIL' }) },
    ];
    const first = await consume(batch);
    expect(first).toMatchObject({ applied: 1, failed: { index: 1, eventId: 'bad-2' } });
    failOn = undefined;
    expect(await consume(batch)).toEqual({ applied: 2, duplicates: 1, ignored: 0 });
    const row = (await repos.aggregates.rows(FAMILY.followUps, ['D2026-03-20'], { kind: 'OWNER', userId: org.rep.id }))[0]!;
    expect(row.counters['T:EMAIL']).toBe(3);
  });
});

describe('the stream Lambda', () => {
  const event = (records: { id: string; seq: string; image: Record<string, unknown> }[]): DynamoDBStreamEvent => ({
    Records: records.map((r) => ({
      eventID: r.id,
      eventName: 'INSERT',
      dynamodb: { SequenceNumber: r.seq, NewImage: marshall(r.image) as never, StreamViewType: 'NEW_AND_OLD_IMAGES' },
    })),
  });

  it('applies a batch and reports the first failed record by sequence number', async () => {
    const handler = createAggregatesHandler(createAggregateConsumer(stack.runtime.repos, stack.clock));
    const ok = await handler(event([{ id: 'lambda-1', seq: '100', image: followUpItem('C-L', 'F20', { type: 'ONLINE', day: '2026-03-21' }) }]));
    expect(ok).toEqual({ batchItemFailures: [] });
    const row = (await stack.runtime.repos.aggregates.rows(FAMILY.followUps, ['D2026-03-21'], ALL))[0]!;
    expect(row.counters['T:ONLINE']).toBe(1);

    const broken = { ...stack.runtime.repos, settings: { get: () => Promise.reject(new Error('settings unavailable')) } } as unknown as Repositories;
    const failing = createAggregatesHandler(createAggregateConsumer(broken, stack.clock));
    const out = await failing(event([{ id: 'lambda-2', seq: '200', image: followUpItem('C-L', 'F21') }]));
    expect(out).toEqual({ batchItemFailures: [{ itemIdentifier: '200' }] });
  });
});
