// solarlunar: a maintained 农历 table for 1900–2100 in 14 KB minified (lunar-javascript, 324 KB,
// stays as the test oracle: test/unit/lunar-dates.test.ts compares the two over 1934–2096).
import solarLunar from 'solarlunar';
import { daysInMonth, formatDate } from './zoned-time';

/** A date that comes back every year: solar (公历) or lunar (农历) month and day. */
export interface YearlyDate {
  month: number;
  day: number;
  lunar: boolean;
}

/** The solar date of a lunar month/day in a lunar year; day 30 falls on day 29 in a short month. */
export function lunarToSolar(lunarYear: number, month: number, day: number): string {
  const solar = solarLunar.lunar2solar(lunarYear, month, Math.min(day, solarLunar.monthDays(lunarYear, month)));
  if (solar === -1) throw new RangeError(`农历 ${lunarYear}-${month}-${day} is outside 1900–2100`);
  return formatDate(solar.cYear, solar.cMonth, solar.cDay);
}

/** The solar date of a yearly date in the given year (its lunar year for lunar dates); 2-29 falls on 2-28 in common years. */
function occurrenceIn(year: number, date: YearlyDate): string {
  if (date.lunar) return lunarToSolar(year, date.month, date.day);
  return formatDate(year, date.month, Math.min(date.day, daysInMonth(year, date.month)));
}

/**
 * The first solar date on or after `fromDate` (yyyy-mm-dd) on which the yearly date falls.
 * A lunar date of lunar year N usually falls in solar year N, but 腊月 dates fall in January of N+1,
 * so the candidates of the neighbouring years are compared.
 */
export function nextOccurrence(date: YearlyDate, fromDate: string): string {
  const year = Number(fromDate.slice(0, 4));
  const candidates = [year - 1, year, year + 1].map((y) => occurrenceIn(y, date)).filter((d) => d >= fromDate);
  return candidates.sort()[0]!;
}

/** How people write the date: 农历腊月二十 / 公历3月5日. */
export function describeYearlyDate(date: YearlyDate): string {
  if (!date.lunar) return `${date.month}月${date.day}日`;
  return `农历${solarLunar.toChinaMonth(date.month)}${solarLunar.toChinaDay(date.day)}`;
}
