import { addLocalDays, daysInMonth, formatDate, isoWeek, isoWeekStart } from '../reminders/zoned-time';
import type { WorkReportKind } from './plan.types';

export interface ReportPeriod {
  period: string;
  startDate: string;
  endDate: string;
  title: string;
}

/**
 * The period a report covers and its title as the seeds name them: "2026年第47周工作周报—张三"
 * (ISO week, Monday to Sunday) or "2026年11月工作月报—张三", for a company-local date.
 */
export function reportPeriod(kind: WorkReportKind, date: string, authorName: string): ReportPeriod {
  if (kind === 'WEEKLY') {
    const { year, week } = isoWeek(date);
    const startDate = isoWeekStart(date);
    return {
      period: `${year}-W${String(week).padStart(2, '0')}`,
      startDate,
      endDate: addLocalDays(startDate, 6),
      title: `${year}年第${week}周工作周报—${authorName}`,
    };
  }
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  return {
    period: date.slice(0, 7),
    startDate: formatDate(year, month, 1),
    endDate: formatDate(year, month, daysInMonth(year, month)),
    title: `${year}年${month}月工作月报—${authorName}`,
  };
}
