import type { Customer } from '../customers/customer.types';
import type { Task } from '../tasks/task.types';
import { describeYearlyDate } from './lunar-dates';
import type { ImportantDate, MessageDraft } from './reminder.types';
import { localDate, localTime } from './zoned-time';

/**
 * Reminder texts: Chinese, signed 【销售管家】 as mainland SMS requires, naming the customer and the
 * action, short enough for one SMS segment in the usual case.
 */
const SIGN = '【销售管家】';

const clip = (text: string, max: number) => ([...text].length <= max ? text : `${[...text].slice(0, max - 1).join('')}…`);

function whenText(at: string, now: string, timeZone: string): string {
  const day = localDate(at, timeZone);
  const time = localTime(at, timeZone);
  return day === localDate(now, timeZone) ? `今天${time}` : `${Number(day.slice(5, 7))}月${Number(day.slice(8, 10))}日${time}`;
}

export function taskReminder(task: Task, now: string, timeZone: string): MessageDraft {
  const when = whenText(task.dueAt, now, timeZone);
  const nextContact = task.source === 'NEXT_CONTACT';
  const text = nextContact
    ? `${SIGN}跟进提醒：${when}请${clip(task.title, 30)}，记得登记跟进记录。`
    : `${SIGN}待办提醒：${clip(task.title, 30)}${task.customerName ? `（客户：${clip(task.customerName, 16)}）` : ''}，截止${when}。`;
  return {
    occurrenceKey: `TASK#${task.id}#${task.remindAt}`,
    kind: nextContact ? 'NEXT_CONTACT' : 'TASK',
    userId: task.ownerId,
    subject: nextContact ? `跟进提醒：${clip(task.title, 40)}` : `待办提醒：${clip(task.title, 40)}`,
    text,
  };
}

const KIND_NAMES = { BIRTHDAY: '生日', ANNIVERSARY: '纪念日', OTHER: '重要日子' } as const;

export function importantDateReminder(date: ImportantDate, customer: Pick<Customer, 'name' | 'ownerId'>, userId: string): MessageDraft {
  const who = date.contactName ? `${clip(customer.name, 20)}的${clip(date.contactName, 8)}` : clip(customer.name, 24);
  const what = date.label ? clip(date.label, 10) : KIND_NAMES[date.kind];
  return {
    occurrenceKey: `DATE#${date.id}#${date.nextAt}`,
    kind: 'IMPORTANT_DATE',
    userId,
    subject: `重要日期：今天是${who}的${what}`,
    text: `${SIGN}今天（${describeYearlyDate(date)}）是${who}的${what}，别忘了问候。`,
  };
}

export interface DigestFigures {
  today: Task[];
  overdue: number;
  expiring: Pick<Customer, 'name'>[];
}

export function digestReminder(userId: string, at: string, figures: DigestFigures, timeZone: string): MessageDraft {
  const date = localDate(at, timeZone);
  const first = figures.today[0];
  const parts = [`今日待办${figures.today.length}项`, `逾期${figures.overdue}项`, `即将到期客户${figures.expiring.length}个`];
  const lead = first ? `，首项：${clip(first.title, 14)}` : '';
  const lines = [
    `${date} 工作日程`,
    ...figures.today.map((t) => `· ${localTime(t.dueAt, timeZone)} ${t.title}${t.done ? '（已完成）' : ''}`),
    `逾期未完成：${figures.overdue} 项`,
    ...(figures.expiring.length ? [`保护期即将到期：${figures.expiring.map((c) => c.name).join('、')}`] : []),
  ];
  return {
    occurrenceKey: `DIGEST#${userId}#${at}`,
    kind: 'DIGEST',
    userId,
    subject: `${date} 日程：${parts.join('，')}`,
    text: `${SIGN}${parts.join('，')}${lead}。`,
    emailText: lines.join('\n'),
  };
}
