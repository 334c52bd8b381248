import lunar from 'lunar-javascript';
import { describe, expect, it } from 'vitest';
import { describeYearlyDate, lunarToSolar } from '../../functions/domain/reminders/lunar-dates';

/**
 * The runtime converts with solarlunar (14 KB); lunar-javascript (324 KB, astronomical) is the
 * oracle. The two tables disagree only in 1933 and 2097, outside the years a reminder can fall in.
 */
const FIRST_YEAR = 1934;
const LAST_YEAR = 2096;

function oracleSolar(year: number, month: number, day: number): string {
  const days = lunar.LunarMonth.fromYm(year, month)?.getDayCount() ?? 29;
  return lunar.Lunar.fromYmd(year, month, Math.min(day, days)).getSolar().toYmd();
}

describe('lunar dates against lunar-javascript', () => {
  it(`gives every day 1, 29 and 30 of every lunar month of ${FIRST_YEAR}–${LAST_YEAR} the oracle's solar date`, () => {
    const differences: string[] = [];
    let compared = 0;
    for (let year = FIRST_YEAR; year <= LAST_YEAR; year++) {
      for (let month = 1; month <= 12; month++) {
        for (const day of [1, 29, 30]) {
          compared++;
          const expected = oracleSolar(year, month, day);
          const actual = lunarToSolar(year, month, day);
          if (actual !== expected) differences.push(`${year}-${month}-${day}: ${actual} ≠ ${expected}`);
        }
      }
    }
    expect(compared).toBe((LAST_YEAR - FIRST_YEAR + 1) * 36);
    expect(differences).toEqual([]);
  });

  it('names every lunar month and day as the oracle does', () => {
    for (let month = 1; month <= 12; month++) {
      for (let day = 1; day <= 30; day++) {
        const sample = lunar.Lunar.fromYmd(2020, month, Math.min(day, 29));
        const dayName = day === 30 ? '三十' : sample.getDayInChinese();
        expect(describeYearlyDate({ month, day, lunar: true })).toBe(`农历${sample.getMonthInChinese()}月${dayName}`);
      }
    }
  });

  it('refuses a year outside the table instead of guessing', () => {
    expect(() => lunarToSolar(2101, 1, 1)).toThrow(RangeError);
  });
});
