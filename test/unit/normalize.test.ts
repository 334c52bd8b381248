import { describe, expect, it } from 'vitest';
import { charCount, isChineseMobile, maskPhone, nameGrams, normalizeEmail, normalizeName, normalizePhone } from '../../functions/domain/shared/normalize';

describe('text normalisation', () => {
  it('folds full-width characters, trims and collapses spaces in names', () => {
    expect(normalizeName('  靖江市（春意）  空调ＡＢＣ有限公司 ')).toBe('靖江市(春意) 空调abc有限公司');
  });

  it('normalises full-width mobile numbers and the +86 prefix', () => {
    expect(normalizePhone('１３８ １２３４ ５６７８')).toBe('13812345678');
    expect(normalizePhone('+86-138-1234-5678')).toBe('13812345678');
    expect(isChineseMobile(normalizePhone('12345678901'))).toBe(false);
    expect(isChineseMobile(normalizePhone('1381234567'))).toBe(false);
  });

  it('normalises full-width e-mail addresses', () => {
    expect(normalizeEmail('ＺＨＡＮＧ＠Example.COM ')).toBe('zhang@example.com');
  });

  it('masks the middle of a phone number', () => {
    expect(maskPhone('13812345678')).toBe('138****5678');
  });

  it('counts a Chinese character as one', () => {
    expect(charCount('客户需要报价单')).toBe(7);
    expect(charCount(' 𠀀ab ')).toBe(3);
  });

  it('indexes every two-character window so any keyword of two or more characters has a gram', () => {
    const grams = nameGrams(normalizeName('靖江市春意空调有限公司'));
    expect(grams).toContain('春意');
    expect(grams).toContain('靖江');
    expect(grams).toHaveLength(10);
  });
});
