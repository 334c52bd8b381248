import { describe, expect, it } from 'vitest';
import type { Contact } from '../../functions/domain/customers/contact.types';
import type { Customer } from '../../functions/domain/customers/customer.types';
import { addressOf, customerMatches, normalizeAddress, renderTemplate, takeToken, unknownTemplateFields } from '../../functions/domain/messaging/messaging.rules';

const contact = (fields: Partial<Contact>): Contact => ({ id: 'c1', customerId: 'k1', name: '赵经理', birthdayIsLunar: false, primary: true, createdAt: '', updatedAt: '', version: 1, ...fields });
const customer = (fields: Partial<Customer>): Customer =>
  ({ id: 'k1', code: 'KH000001', kind: 'COMPANY', name: '春意空调', nameKey: '春意空调', tags: [], lifecycle: 'POTENTIAL', buyingStatus: 'PROSPECT', vip: false, hot: false, ...fields }) as Customer;

describe('message templates', () => {
  it('fills {姓名} {公司} {职务}, with an empty title when there is none', () => {
    expect(renderTemplate('{姓名}（{职务}）您好：{公司}祝您新年快乐', contact({ title: '采购经理' }), customer({}))).toBe('赵经理（采购经理）您好：春意空调祝您新年快乐');
    expect(renderTemplate('{姓名}{职务}您好', contact({}), customer({}))).toBe('赵经理您好');
  });

  it('names the fields it does not know, and leaves JSON-like braces with spaces alone', () => {
    expect(unknownTemplateFields('{姓名}{生日}{name}')).toEqual(['{生日}', '{name}']);
    expect(unknownTemplateFields('{ 不是字段 }')).toEqual([]);
  });
});

describe('recipient filter and addresses', () => {
  it('matches every given criterion, any value within one', () => {
    const c = customer({ industry: '暖通', region: '华东', tags: ['老客户'], ownerId: 'u1' });
    expect(customerMatches({ industries: ['机械', '暖通'], tags: ['重点', '老客户'], ownerIds: ['u1'] }, c)).toBe(true);
    expect(customerMatches({ industries: ['暖通'], regions: ['华南'] }, c)).toBe(false);
    expect(customerMatches({}, c)).toBe(true);
  });

  it('sends SMS to mainland mobiles only and keeps opt-outs in the stored form', () => {
    expect(addressOf(contact({ phone: '0523-84112233' }), 'SMS')).toBeUndefined();
    expect(addressOf(contact({ mobile: '13900000001', email: 'a@b.cn' }), 'EMAIL')).toBe('a@b.cn');
    expect(normalizeAddress('SMS', '＋86 139-0000-0001')).toBe('13900000001');
    expect(normalizeAddress('EMAIL', ' Zhao@ChunYi.CN ')).toBe('zhao@chunyi.cn');
    expect(normalizeAddress('SMS', '0523-84112233')).toBeUndefined();
  });
});

describe('token bucket', () => {
  it('lets a burst through, then one token per 1/rate seconds, never more than the burst saved up', () => {
    let step = takeToken(undefined, 0, 5);
    expect(step).toEqual({ next: { tokens: 4, atMs: 0 }, waitMs: 0 });
    for (let i = 0; i < 4; i++) step = takeToken(step.next, 0, 5);
    expect(step.next.tokens).toBe(0);
    expect(takeToken(step.next, 0, 5).waitMs).toBe(200);
    expect(takeToken(step.next, 100, 5).waitMs).toBe(100);
    expect(takeToken(step.next, 60_000, 5).next.tokens).toBe(4);
  });
});
