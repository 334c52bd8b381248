/** The part of solarlunar that reminders use (its own typings are not reachable through its package exports). */
declare module 'solarlunar' {
  interface SolarDate {
    cYear: number;
    cMonth: number;
    cDay: number;
  }
  const solarLunar: {
    /** Days (29 or 30) of the non-leap lunar month. */
    monthDays(lunarYear: number, month: number): number;
    /** -1 outside 1900–2100 or for a day the month does not have. */
    lunar2solar(lunarYear: number, month: number, day: number, isLeapMonth?: boolean): SolarDate | -1;
    /** 正月 … 腊月 */
    toChinaMonth(month: number): string;
    /** 初一 … 三十 */
    toChinaDay(day: number): string;
  };
  export default solarLunar;
}
