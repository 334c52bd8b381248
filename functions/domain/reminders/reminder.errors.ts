import { defineErrors } from '../shared/errors';

export const REMINDER_ERRORS = defineErrors({
  badTime: { code: 'BAD_USER_INPUT', zh: '时间格式应为 HH:mm（如 08:30）', en: 'Times are HH:mm (e.g. 08:30)' },
  quietHoursHalf: { code: 'BAD_USER_INPUT', zh: '免打扰时段需同时填写开始和结束时间', en: 'Quiet hours need both a start and an end' },
  badDate: { code: 'BAD_USER_INPUT', zh: '日期无效：{month}月{day}日', en: 'Invalid date: month {month}, day {day}' },
  noBirthday: { code: 'BAD_USER_INPUT', zh: '联系人“{name}”没有登记生日，请填写日期', en: 'Contact "{name}" has no birthday on record; give the date' },
  adminOnly: { code: 'FORBIDDEN', zh: '只有系统管理员可以查看{what}', en: 'Only admins may see {what}' },
});

/** Raised when a delivery with the same idempotency key was already queued. */
export class DeliveryAlreadyQueued extends Error {
  constructor(readonly id: string) {
    super(`Delivery ${id} already queued`);
  }
}
