/** The part of lunar-javascript (the test oracle for 农历 dates; no bundled types) that the tests use. */
declare module 'lunar-javascript' {
  interface SolarDate {
    getYear(): number;
    getMonth(): number;
    getDay(): number;
    getLunar(): LunarDate;
    toYmd(): string;
  }
  interface LunarDate {
    getYear(): number;
    /** Negative for a leap month. */
    getMonth(): number;
    getDay(): number;
    getSolar(): SolarDate;
    getMonthInChinese(): string;
    getDayInChinese(): string;
  }
  interface LunarMonthInfo {
    getDayCount(): number;
  }
  const lunar: {
    Solar: { fromYmd(year: number, month: number, day: number): SolarDate };
    Lunar: { fromYmd(year: number, month: number, day: number): LunarDate };
    LunarMonth: { fromYm(year: number, month: number): LunarMonthInfo | null };
  };
  export default lunar;
}
