import { describe, expect, it } from 'vitest';
import { CrmError } from '../../functions/domain/shared/errors';
import { buildForecast, buildFunnel, type CounterRow } from '../../functions/domain/pipeline/funnel.rules';
import { closed, isStalled, movedToStage, timeInStages } from '../../functions/domain/pipeline/opportunity.rules';
import type { Opportunity } from '../../functions/domain/pipeline/opportunity.types';
import { opportunityCounterDeltas } from '../../functions/domain/pipeline/pipeline-counters.rules';
import { DEFAULT_SALES_SETTINGS } from '../../functions/domain/pipeline/sales-settings.types';

const settings = DEFAULT_SALES_SETTINGS;
const stage = (id: string) => settings.stages.find((s) => s.id === id)!;
const TZ = 'Asia/Shanghai';

function deal(overrides: Partial<Opportunity> = {}): Opportunity {
  return {
    id: 'o1',
    customerId: 'c1',
    title: '空调改造',
    productIds: [],
    expectedAmount: 100_000,
    currency: 'CNY',
    expectedCloseDate: '2026-04-15',
    ownerId: 'rep',
    ownerDeptPath: '/root/east/',
    status: 'OPEN',
    stageId: 'S1',
    stageEnteredAt: '2026-03-01T00:00:00.000Z',
    reachedStageIds: ['S1'],
    stageHistory: [{ stageId: 'S1', enteredAt: '2026-03-01T00:00:00.000Z', by: 'rep' }],
    createdAt: '2026-03-01T00:00:00.000Z',
    createdBy: 'rep',
    updatedAt: '2026-03-01T00:00:00.000Z',
    version: 1,
    ...overrides,
  };
}

describe('stage changes', () => {
  it('records every stay, counts skipped stages as reached, and sums time per stage', () => {
    const moved = movedToStage(deal(), stage('S3'), settings, 'rep', '2026-03-05T00:00:00.000Z');
    expect(moved.reachedStageIds).toEqual(['S1', 'S2', 'S3']);
    expect(moved.stageHistory).toEqual([
      { stageId: 'S1', enteredAt: '2026-03-01T00:00:00.000Z', leftAt: '2026-03-05T00:00:00.000Z', by: 'rep' },
      { stageId: 'S3', enteredAt: '2026-03-05T00:00:00.000Z', by: 'rep' },
    ]);
    const back = movedToStage(moved, stage('S1'), settings, 'rep', '2026-03-06T00:00:00.000Z');
    const spent = timeInStages(back, '2026-03-08T00:00:00.000Z');
    expect(spent.get('S1')).toBe(6 * 86_400_000);
    expect(spent.get('S3')).toBe(86_400_000);
  });

  it('refuses to move a closed deal or into the same stage', () => {
    expect(zhMessage(() => movedToStage(deal(), stage('S1'), settings, 'rep', '2026-03-02T00:00:00.000Z'))).toMatch(/已处于/);
    const lost = closed(deal(), 'LOST', { reason: '价格' }, settings, '2026-03-02T00:00:00.000Z');
    expect(zhMessage(() => movedToStage(lost, stage('S2'), settings, 'rep', '2026-03-03T00:00:00.000Z'))).toMatch(/已关闭/);
  });

  it('calls a deal stalled after the configured days without a stage change', () => {
    expect(isStalled(deal(), settings, new Date('2026-03-14T23:00:00.000Z'))).toBe(false);
    expect(isStalled(deal(), settings, new Date('2026-03-15T00:00:00.000Z'))).toBe(true);
    expect(isStalled(deal({ status: 'WON' }), settings, new Date('2026-06-01T00:00:00.000Z'))).toBe(false);
  });
});

describe('counter increments', () => {
  it('moves count and amount between stage counters and records the stay', () => {
    const before = deal();
    const after = movedToStage(before, stage('S2'), settings, 'rep', '2026-03-03T00:00:00.000Z');
    const deltas = opportunityCounterDeltas([{ before, after }], TZ);
    const funnel = (bucket: string) => deltas.find((d) => d.family === 'FUNNEL' && d.bucket === bucket)?.add;
    expect(funnel('S1')).toEqual({ count: -1, amount: -100_000, exits: 1, dwellMs: 2 * 86_400_000 });
    expect(funnel('S2')).toEqual({ count: 1, amount: 100_000, reached: 1 });
    const forecast = deltas.filter((d) => d.family === 'FORECAST');
    expect(forecast.map((d) => [d.month, d.bucket, d.add.count])).toEqual([
      ['2026-04', 'S1', -1],
      ['2026-04', 'S2', 1],
    ]);
  });

  it('writes nothing for a change that moves no counter', () => {
    const before = deal();
    expect(opportunityCounterDeltas([{ before, after: { ...before, title: '新名字', version: 2 } }], TZ)).toEqual([]);
  });

  it('forecasts a won deal in the local month it was won and drops a lost one', () => {
    const won = closed(deal(), 'WON', { reason: '签约' }, settings, '2026-03-31T17:00:00.000Z');
    const deltas = opportunityCounterDeltas([{ before: deal(), after: won }], TZ);
    expect(deltas.find((d) => d.family === 'FORECAST' && d.bucket === 'WON')?.month).toBe('2026-04');
    expect(deltas.filter((d) => d.family === 'FUNNEL' && d.add.reached === 1).map((d) => d.bucket)).toEqual(['S2', 'S3', 'S4', 'S5', 'S6', 'S7', 'S8']);
    const lost = closed(deal(), 'LOST', { reason: '价格' }, settings, '2026-03-20T00:00:00.000Z');
    expect(opportunityCounterDeltas([{ before: deal(), after: lost }], TZ).filter((d) => d.family === 'FORECAST' && d.add.count === 1)).toEqual([]);
  });

  it('merges the increments of several deals into one update per counter', () => {
    const a = deal({ id: 'a' });
    const b = deal({ id: 'b', expectedAmount: 50_000 });
    const move = (o: Opportunity) => ({ before: o, after: { ...o, ownerId: 'rep2', ownerDeptPath: '/root/west/', version: 2 } });
    const deltas = opportunityCounterDeltas([move(a), move(b)], TZ);
    const oldOwner = deltas.find((d) => d.family === 'FUNNEL' && d.ownerId === 'rep' && d.bucket === 'S1');
    const newOwner = deltas.find((d) => d.family === 'FUNNEL' && d.ownerId === 'rep2' && d.bucket === 'S1');
    expect(oldOwner?.add).toEqual({ count: -2, amount: -150_000 });
    // Stages reached stay counted where they were reached.
    expect(newOwner?.add).toEqual({ count: 2, amount: 150_000 });
  });
});

describe('reading the counters', () => {
  const row = (r: Partial<CounterRow>): CounterRow => ({ ownerId: 'rep', ownerDeptPath: '/root/east/', currency: 'CNY', bucket: 'S1', count: 0, amount: 0, reached: 0, exits: 0, dwellMs: 0, ...r });

  it('sums owners per stage with weights, conversion and average days', () => {
    const funnel = buildFunnel(
      [
        row({ bucket: 'S1', count: 2, amount: 300_000, reached: 10, exits: 8, dwellMs: 16 * 86_400_000 }),
        row({ ownerId: 'rep2', bucket: 'S1', count: 1, amount: 100_000, reached: 10 }),
        row({ bucket: 'S2', count: 1, amount: 50_000, reached: 5 }),
        row({ bucket: 'WON', count: 3, amount: 900_000 }),
        row({ bucket: 'LOST', count: 1, amount: 10_000 }),
        row({ bucket: 'S1', currency: 'USD', count: 9, amount: 9 }),
      ],
      settings,
      'CNY',
    );
    expect(funnel.stages[0]).toMatchObject({ count: 3, amount: 400_000, weightedAmount: 40_000, reached: 20, conversionFromPrevious: null, averageDaysInStage: 2 });
    expect(funnel.stages[1]).toMatchObject({ count: 1, weightedAmount: 10_000, conversionFromPrevious: 0.25 });
    expect(funnel).toMatchObject({ openCount: 4, openAmount: 450_000, won: { count: 3 }, lost: { count: 1 }, winRate: 0.75 });
  });

  it('forecasts won plus weighted open amounts per month, rep and department', () => {
    const forecast = buildForecast(
      [
        row({ month: '2026-04', bucket: 'S7', count: 1, amount: 100_000 }),
        row({ month: '2026-04', bucket: 'WON', count: 1, amount: 200_000 }),
        row({ month: '2026-05', ownerId: 'rep2', ownerDeptPath: '/root/west/', bucket: 'S1', count: 1, amount: 100_000 }),
        row({ month: '2026-07', bucket: 'S1', count: 1, amount: 999_999 }),
      ],
      settings,
      'CNY',
      ['2026-04', '2026-05'],
    );
    expect(forecast.total).toEqual({ openCount: 2, openAmount: 200_000, weightedAmount: 90_000, wonCount: 1, wonAmount: 200_000, forecastAmount: 290_000 });
    expect(forecast.byMonth.map((m) => m.figures.forecastAmount)).toEqual([280_000, 10_000]);
    expect(forecast.byOwner.map((o) => o.ownerId)).toEqual(['rep', 'rep2']);
    expect(forecast.byDepartment).toEqual([
      { departmentId: 'east', figures: expect.objectContaining({ forecastAmount: 280_000 }) },
      { departmentId: 'west', figures: expect.objectContaining({ forecastAmount: 10_000 }) },
    ]);
  });
});

function zhMessage(act: () => unknown): string {
  try {
    act();
  } catch (error) {
    if (error instanceof CrmError) return error.messageIn('zh-CN');
    throw error;
  }
  throw new Error('expected a CrmError');
}
