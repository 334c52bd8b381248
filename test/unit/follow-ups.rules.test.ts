import { describe, expect, it } from 'vitest';
import { canReviewFollowUp, contactTimeProblem, followUpValidity } from '../../functions/domain/follow-ups/follow-up.rules';
import { DEFAULT_SETTINGS } from '../../functions/domain/settings/settings.types';
import type { Actor } from '../../functions/domain/users/user.types';

const validity = (content: string, contactName?: string | null) =>
  followUpValidity({ content, contactName: contactName === undefined ? '赵经理' : (contactName ?? undefined) }, DEFAULT_SETTINGS);

describe('follow-up validity (PRODUCT.md rule 6)', () => {
  it('accepts eight Chinese characters naming a contact', () => {
    expect(validity('报价已发送请确认')).toEqual({ valid: true, invalidReasons: [] });
  });

  it('counts a Chinese character as one and ignores punctuation and spaces', () => {
    expect(validity('报价已发，请确认。').invalidReasons).toEqual(['TOO_SHORT']);
    expect(validity('  报 价 已 发 送 请 确  ').invalidReasons).toEqual(['TOO_SHORT']);
  });

  it('requires a contact', () => {
    expect(validity('讨论了二期项目的报价和交付周期', null).invalidReasons).toEqual(['NO_CONTACT']);
    expect(validity('讨论了二期项目的报价和交付周期', '  ').invalidReasons).toEqual(['NO_CONTACT']);
  });

  it('rejects content made only of contentless phrases, however long', () => {
    expect(validity('打电话，没人接，外出了，不在').invalidReasons).toEqual(['CONTENTLESS']);
    expect(validity('沟通沟通沟通沟通沟通').invalidReasons).toEqual(['CONTENTLESS']);
  });

  it('accepts a contentless phrase inside real content', () => {
    expect(validity('与赵经理沟通了二期报价，下周签约').valid).toBe(true);
  });

  it('follows the company settings', () => {
    const strict = { ...DEFAULT_SETTINGS, validFollowUpMinChars: 12, contentlessPhrases: ['已联系'] };
    expect(followUpValidity({ content: '报价已发送请确认', contactName: '赵' }, strict).invalidReasons).toEqual(['TOO_SHORT']);
  });
});

describe('contact time', () => {
  const now = new Date('2026-03-02T01:00:00.000Z');
  it('refuses the future and back-dating beyond the freshness window', () => {
    expect(contactTimeProblem('2026-03-02T02:00:00.000Z', now, DEFAULT_SETTINGS)).toBe('FUTURE');
    expect(contactTimeProblem('2026-02-10T00:00:00.000Z', now, DEFAULT_SETTINGS)).toBe('TOO_OLD');
    expect(contactTimeProblem('2026-02-20T00:00:00.000Z', now, DEFAULT_SETTINGS)).toBeUndefined();
  });
});

describe('who reviews', () => {
  const actor = (role: Actor['role'], id: string, departmentPath: string): Actor => ({ id, role, departmentPath, departmentId: 'd', active: true, name: id });
  const followUp = { authorId: 'rep', authorDeptPath: '/root/east/' };
  it('a manager above the author or an admin, never the author', () => {
    expect(canReviewFollowUp(actor('MANAGER', 'm', '/root/east/'), followUp)).toBe(true);
    expect(canReviewFollowUp(actor('MANAGER', 'w', '/root/west/'), followUp)).toBe(false);
    expect(canReviewFollowUp(actor('ADMIN', 'a', '/root/'), followUp)).toBe(true);
    expect(canReviewFollowUp(actor('MANAGER', 'rep', '/root/east/'), followUp)).toBe(false);
    expect(canReviewFollowUp(actor('REP', 'r2', '/root/east/'), followUp)).toBe(false);
  });
});
