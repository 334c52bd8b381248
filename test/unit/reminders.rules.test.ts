import { describe, expect, it } from 'vitest';
import { describeYearlyDate, lunarToSolar, nextOccurrence } from '../../functions/domain/reminders/lunar-dates';
import { digestReminder, taskReminder } from '../../functions/domain/reminders/reminder-messages';
import { fitOneSegment, nextDateReminderAt, nextLocalTime, outsideQuietHours, planDeliveries, SMS_SEGMENT } from '../../functions/domain/reminders/reminder.rules';
import { defaultPreferences } from '../../functions/domain/reminders/reminder.types';
import { isoWeek, localDate, zonedInstant } from '../../functions/domain/reminders/zoned-time';
import { reportPeriod } from '../../functions/domain/tasks/work-report.rules';
import type { Task } from '../../functions/domain/tasks/task.types';

const TZ = 'Asia/Shanghai';

describe('company time zone', () => {
  it('turns local dates and times into instants and back', () => {
    expect(zonedInstant('2026-03-02', '09:00', TZ)).toBe('2026-03-02T01:00:00.000Z');
    expect(localDate('2026-03-01T16:30:00.000Z', TZ)).toBe('2026-03-02');
    expect(zonedInstant('2026-07-01', '09:00', 'America/New_York')).toBe('2026-07-01T13:00:00.000Z');
  });

  it('numbers weeks the ISO way and titles reports as the seeds do', () => {
    expect(isoWeek('2026-11-19')).toEqual({ year: 2026, week: 47 });
    expect(isoWeek('2027-01-01')).toEqual({ year: 2026, week: 53 });
    expect(reportPeriod('WEEKLY', '2026-11-19', '张三')).toEqual({
      period: '2026-W47',
      startDate: '2026-11-16',
      endDate: '2026-11-22',
      title: '2026年第47周工作周报—张三',
    });
    expect(reportPeriod('MONTHLY', '2026-02-10', '张三')).toMatchObject({ period: '2026-02', endDate: '2026-02-28', title: '2026年2月工作月报—张三' });
  });
});

describe('lunar dates', () => {
  it('finds a 腊月 birthday in January of the next solar year', () => {
    const birthday = { month: 12, day: 20, lunar: true };
    expect(nextOccurrence(birthday, '2026-03-02')).toBe('2027-01-27');
    expect(nextOccurrence(birthday, '2027-01-28')).toBe('2028-01-16');
    expect(describeYearlyDate(birthday)).toBe('农历腊月二十');
  });

  it('puts day 30 of a short lunar month on its last day', () => {
    expect(lunarToSolar(2026, 12, 30)).toBe(lunarToSolar(2026, 12, 29));
  });

  it('keeps a 29 February solar date in common years on the 28th', () => {
    expect(nextOccurrence({ month: 2, day: 29, lunar: false }, '2026-03-02')).toBe('2027-02-28');
    expect(nextOccurrence({ month: 2, day: 29, lunar: false }, '2027-03-01')).toBe('2028-02-29');
  });

  it('reminds in the morning of the day, strictly after the given instant', () => {
    const birthday = { month: 12, day: 20, lunar: true };
    expect(nextDateReminderAt(birthday, new Date('2026-12-31T00:00:00Z'), TZ)).toBe('2027-01-27T01:00:00.000Z');
    expect(nextDateReminderAt(birthday, new Date('2027-01-27T01:00:00Z'), TZ)).toBe('2028-01-16T01:00:00.000Z');
  });
});

describe('quiet hours and digests', () => {
  const quiet = { quietHoursStart: '22:00', quietHoursEnd: '08:00' };
  it('moves a message inside quiet hours spanning midnight to their end', () => {
    expect(outsideQuietHours(zonedInstant('2026-03-02', '23:30', TZ), quiet, TZ)).toBe(zonedInstant('2026-03-03', '08:00', TZ));
    expect(outsideQuietHours(zonedInstant('2026-03-03', '06:00', TZ), quiet, TZ)).toBe(zonedInstant('2026-03-03', '08:00', TZ));
    expect(outsideQuietHours(zonedInstant('2026-03-03', '12:00', TZ), quiet, TZ)).toBe(zonedInstant('2026-03-03', '12:00', TZ));
  });

  it('handles quiet hours within one day', () => {
    const lunch = { quietHoursStart: '12:00', quietHoursEnd: '13:30' };
    expect(outsideQuietHours(zonedInstant('2026-03-03', '12:10', TZ), lunch, TZ)).toBe(zonedInstant('2026-03-03', '13:30', TZ));
    expect(outsideQuietHours(zonedInstant('2026-03-03', '13:30', TZ), lunch, TZ)).toBe(zonedInstant('2026-03-03', '13:30', TZ));
  });

  it('schedules the next digest strictly after now', () => {
    expect(nextLocalTime('08:30', new Date(zonedInstant('2026-03-02', '08:00', TZ)), TZ)).toBe(zonedInstant('2026-03-02', '08:30', TZ));
    expect(nextLocalTime('08:30', new Date(zonedInstant('2026-03-02', '08:30', TZ)), TZ)).toBe(zonedInstant('2026-03-03', '08:30', TZ));
  });
});

describe('messages', () => {
  const task: Task = {
    id: 'T1',
    ownerId: 'u1',
    ownerDeptPath: '/root/',
    title: '致电靖江市春意空调有限公司（赵经理）',
    customerId: 'c1',
    customerName: '靖江市春意空调有限公司',
    dueAt: '2026-03-02T06:00:00.000Z',
    remindAt: '2026-03-02T06:00:00.000Z',
    quadrant: 'IMPORTANT_URGENT',
    done: false,
    source: 'NEXT_CONTACT',
    createdBy: 'u1',
    createdAt: '2026-03-02T01:00:00.000Z',
    updatedAt: '2026-03-02T01:00:00.000Z',
    version: 1,
  };

  it('names the customer and the action in one SMS segment', () => {
    const draft = taskReminder(task, '2026-03-02T05:59:00.000Z', TZ);
    expect(draft.text).toBe('【销售管家】跟进提醒：今天14:00请致电靖江市春意空调有限公司（赵经理），记得登记跟进记录。');
    expect([...draft.text].length).toBeLessThanOrEqual(SMS_SEGMENT);
    expect(draft.occurrenceKey).toBe('TASK#T1#2026-03-02T06:00:00.000Z');
  });

  it('cuts over-long SMS texts to one segment but keeps e-mail texts whole', () => {
    const long = '长'.repeat(100);
    expect([...fitOneSegment(long)].length).toBe(SMS_SEGMENT);
    const draft = { ...digestReminder('u1', '2026-03-02T00:30:00.000Z', { today: [task, task, task], overdue: 2, expiring: [] }, TZ) };
    const user = { id: 'u1', phone: '13800000000', email: 'a@b.cn', active: true };
    const [sms, email] = planDeliveries(draft, user, { ...defaultPreferences('u1'), channels: 'BOTH' }, '2026-03-02T00:30:00.000Z', TZ);
    expect(sms?.text).toBe('【销售管家】今日待办3项，逾期2项，即将到期客户0个，首项：致电靖江市春意空调有限公司…。');
    expect(email?.text).toContain('· 14:00 致电靖江市春意空调有限公司（赵经理）');
  });

  it('records a chosen channel without an address as failed at once; the default falls back to e-mail', () => {
    const draft = taskReminder(task, '2026-03-02T05:59:00.000Z', TZ);
    const chosenSms = { ...defaultPreferences('u1'), version: 1 };
    const [sms] = planDeliveries(draft, { id: 'u1', email: 'a@b.cn', active: true }, chosenSms, '2026-03-02T06:00:00.000Z', TZ);
    expect(sms).toMatchObject({ channel: 'SMS', status: 'FAILED', failure: 'NO_ADDRESS' });
    const [fallback] = planDeliveries(draft, { id: 'u1', email: 'a@b.cn', active: true }, defaultPreferences('u1'), '2026-03-02T06:00:00.000Z', TZ);
    expect(fallback).toMatchObject({ channel: 'EMAIL', status: 'PENDING', to: 'a@b.cn' });
    expect(planDeliveries(draft, { id: 'u1', phone: '13800000000', email: 'a@b.cn', active: true }, { ...defaultPreferences('u1'), channels: 'NONE' }, '2026-03-02T06:00:00.000Z', TZ)).toEqual([]);
  });
});
