import lunar from 'lunar-javascript';
import { daysInMonth, formatDate } from './zoned-time';

/** A date that comes back every year: solar (公历) or lunar (农历) month and day. */
export interface YearlyDate {
  month: number;
  day: number;
  lunar: boolean;
}

/** The solar date of a lunar month/day in a lunar year; day 30 falls on day 29 in a short month. */
export function lunarToSolar(lunarYear: number, month: number, day: number): string {
  const monthDays = lunar.LunarMonth.fromYm(lunarYear, month)?.getDayCount() ?? 29;
  const solar = lunar.Lunar.fromYmd(lunarYear, month, Math.min(day, monthDays)).getSolar();
  return formatDate(solar.getYear(), solar.getMonth(), solar.getDay());
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
  const sample = lunar.Lunar.fromYmd(2020, date.month, Math.min(date.day, 29));
  const dayName = date.day === 30 ? '三十' : sample.getDayInChinese();
  return `农历${sample.getMonthInChinese()}月${dayName}`;
}
