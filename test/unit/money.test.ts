import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDaysToDate, daysBetweenDates, localDate, localInstant, monthsBetween } from '../../functions/domain/money/local-time';
import { formatFen, formatQuantity, lineAmount, parseDiscount, parseFen, parseQuantity, weighted } from '../../functions/domain/money/money';
import { moneyAmount, discountPercent } from '../../functions/domain/money/money.schemas';
import { agingBucket, allocatePayment, reminderAfter, reminderSchedule } from '../../functions/domain/money/payment-plan.rules';

describe('exact decimals', () => {
  it('parses and formats fen without floats', () => {
    expect(parseFen('12345.6')).toBe(1_234_560);
    expect(parseFen('0.1')).toBe(10);
    expect(formatFen(1_234_560)).toBe('12345.60');
    expect(formatFen(5)).toBe('0.05');
    expect(formatFen(-5)).toBe('-0.05');
    expect(parseFen('1.005')).toBeUndefined();
    expect(parseFen('１２')).toBeUndefined();
    expect(parseFen('abc')).toBeUndefined();
  });

  it('round-trips every fen amount', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 10_000_000_000_000 }), (fen) => parseFen(formatFen(fen)) === fen));
  });

  it('keeps quantities and discounts at their own scales', () => {
    expect(parseQuantity('2.5')).toBe(2500);
    expect(formatQuantity(2500)).toBe('2.5');
    expect(formatQuantity(3000)).toBe('3');
    expect(parseDiscount('12.5')).toBe(1250);
  });

  it('prices a line half-up to the fen where floats would drift', () => {
    // 0.1 + 0.2 style: 3 × 0.10 at 0 % is exactly 0.30
    expect(lineAmount(3000, 10)).toBe(30);
    // 1.005 yuan-ish: 1 unit at 100.50 less 0.5 % = 99.9975 → 100.00
    expect(lineAmount(1000, 10_050, 50)).toBe(10_000);
    // 2.5 units at 33.33 less 10 % = 74.9925 → 74.99
    expect(lineAmount(2500, 3333, 1000)).toBe(7499);
    expect(lineAmount(1000, 10_000, 10_000)).toBe(0);
    expect(weighted(10_001, 50)).toBe(5001);
  });

  it('refuses negative amounts and discounts above 100 % with readable messages', () => {
    expect(moneyAmount.safeParse('-1').error?.issues[0]?.message).toContain('不能为负数');
    expect(discountPercent.safeParse('100.01').error?.issues[0]?.message).toContain('不能超过100%');
    expect(discountPercent.safeParse('100').data).toBe(10_000);
  });
});

describe('company calendar', () => {
  it('turns instants into Shanghai dates and 09:00 local into UTC', () => {
    expect(localDate('2026-03-01T16:30:00.000Z', 'Asia/Shanghai')).toBe('2026-03-02');
    expect(localInstant('2026-04-01', 9, 'Asia/Shanghai')).toBe('2026-04-01T01:00:00.000Z');
    expect(addDaysToDate('2026-03-01', -30)).toBe('2026-01-30');
    expect(daysBetweenDates('2026-01-30', '2026-03-01')).toBe(30);
    expect(monthsBetween('2026-11', '2027-02')).toEqual(['2026-11', '2026-12', '2027-01', '2027-02']);
  });
});

describe('instalment rules', () => {
  const settings = { paymentReminderDaysBefore: 30, paymentReminderHour: 9 };

  it('schedules one reminder a month ahead and one on the day, skipping past ones', () => {
    const schedule = reminderSchedule('2026-05-10', settings, 'Asia/Shanghai', '2026-03-02T01:00:00.000Z');
    expect(schedule).toEqual([
      { kind: 'BEFORE', at: '2026-04-10T01:00:00.000Z' },
      { kind: 'DUE', at: '2026-05-10T01:00:00.000Z' },
    ]);
    expect(reminderSchedule('2026-03-20', settings, 'Asia/Shanghai', '2026-03-02T01:00:00.000Z').map((r) => r.kind)).toEqual(['DUE']);
    expect(reminderAfter({ reminders: schedule }, schedule[0]!.at)).toEqual(schedule[1]);
    expect(reminderAfter({ reminders: schedule }, schedule[1]!.at)).toBeUndefined();
  });

  it('allocates to the oldest open instalments and refuses what does not fit', () => {
    const plans = [
      { planNo: 2, dueDate: '2026-06-01', remaining: 500, status: 'OPEN' as const },
      { planNo: 1, dueDate: '2026-04-01', remaining: 300, status: 'OPEN' as const },
      { planNo: 3, dueDate: '2026-03-01', remaining: 0, status: 'SETTLED' as const },
    ];
    expect(allocatePayment(plans, 400)).toEqual([
      { planNo: 1, amount: 300, remainingBefore: 300 },
      { planNo: 2, amount: 100, remainingBefore: 500 },
    ]);
    expect(allocatePayment(plans, 801)).toBeUndefined();
  });

  it('ages by days past due on the local calendar', () => {
    expect(agingBucket('2026-03-03', '2026-03-02')).toBe('NOT_DUE');
    expect(agingBucket('2026-03-02', '2026-03-02')).toBe('DAYS_0_30');
    expect(agingBucket('2026-01-31', '2026-03-02')).toBe('DAYS_0_30');
    expect(agingBucket('2026-01-30', '2026-03-02')).toBe('DAYS_31_60');
    expect(agingBucket('2025-12-31', '2026-03-02')).toBe('DAYS_61_90');
    expect(agingBucket('2025-12-01', '2026-03-02')).toBe('DAYS_OVER_90');
  });
});
