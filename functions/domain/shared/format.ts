/** Dates shown to people, in the company's time zone: 12月09日 18:00. */
export function formatMonthDayTime(iso: string, timeZone: string, locale: 'zh-CN' | 'en-US' = 'zh-CN'): string {
  const parts = new Intl.DateTimeFormat(locale === 'zh-CN' ? 'zh-CN' : 'en-US', {
    timeZone,
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
  }).formatToParts(new Date(iso));
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return locale === 'zh-CN' ? `${get('month')}月${get('day')}日 ${get('hour')}:${get('minute')}` : `${get('month')}/${get('day')} ${get('hour')}:${get('minute')}`;
}

/** The calendar day (yyyy-mm-dd) of an instant in the company's time zone. */
export function localDay(at: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);
}
