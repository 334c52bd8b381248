/**
 * Calendar days in the company's time zone: due dates and close months are local dates, while
 * instants are stored in UTC.
 */
const DATE_FORMATS = new Map<string, Intl.DateTimeFormat>();

function dateFormat(timeZone: string): Intl.DateTimeFormat {
  let format = DATE_FORMATS.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    DATE_FORMATS.set(timeZone, format);
  }
  return format;
}

/** `2026-03-02` for an instant, as seen in the time zone. */
export function localDate(at: Date | string, timeZone: string): string {
  return dateFormat(timeZone).format(new Date(at));
}

export function localMonth(at: Date | string, timeZone: string): string {
  return localDate(at, timeZone).slice(0, 7);
}

/** Minutes the zone is ahead of UTC at that instant (Asia/Shanghai: 480). */
function offsetMinutes(at: Date, timeZone: string): number {
  const name = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' }).formatToParts(at).find((p) => p.type === 'timeZoneName')?.value ?? 'GMT';
  const match = /GMT([+-])(\d{2}):(\d{2})/.exec(name);
  if (!match) return 0;
  const minutes = Number(match[2]) * 60 + Number(match[3]);
  return match[1] === '-' ? -minutes : minutes;
}

/** The UTC instant of a local wall-clock time on a local date, e.g. 09:00 on 2026-04-01 in Shanghai. */
export function localInstant(date: string, hour: number, timeZone: string): string {
  const guess = new Date(`${date}T${String(hour).padStart(2, '0')}:00:00.000Z`);
  return new Date(guess.getTime() - offsetMinutes(guess, timeZone) * 60_000).toISOString();
}

/** Whole days from `from` to `to` (dates, `to` later is positive). */
export function daysBetweenDates(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

export function addDaysToDate(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** Months from `from` to `to` inclusive, `YYYY-MM` each. */
export function monthsBetween(from: string, to: string): string[] {
  const months: string[] = [];
  let [year, month] = from.split('-').map(Number) as [number, number];
  const end = to;
  for (let guard = 0; guard < 240; guard++) {
    const current = `${year}-${String(month).padStart(2, '0')}`;
    if (current > end) break;
    months.push(current);
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
  }
  return months;
}
