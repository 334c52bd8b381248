/**
 * Text normalisation shared by names, phones and e-mails.
 * NFKC turns full-width letters, digits and brackets (（ＡＢＣ１２３）) into their half-width forms.
 */
export function toHalfWidth(text: string): string {
  return text.normalize('NFKC');
}

/** The key under which customer names are unique: half-width, trimmed, single spaces, lower case. */
export function normalizeName(name: string): string {
  return toHalfWidth(name).trim().replace(/\s+/g, ' ').toLowerCase();
}

/** Display form of a name: half-width and collapsed spaces, case kept. */
export function cleanName(name: string): string {
  return toHalfWidth(name).trim().replace(/\s+/g, ' ');
}

const CN_MOBILE = /^1[3-9]\d{9}$/;
const CN_LANDLINE = /^0\d{2,3}-?\d{7,8}(-\d{1,6})?$/;

/** Strips spaces, brackets and the +86 / 0086 country prefix; mobiles lose their dashes too. */
export function normalizePhone(raw: string): string {
  const compact = toHalfWidth(raw).replace(/[\s()]/g, '');
  const local = compact.replace(/^(\+86|0086)-?/, '');
  const digitsOnly = local.replace(/-/g, '');
  return /^1\d{10}$/.test(digitsOnly) ? digitsOnly : local;
}

export function isChineseMobile(phone: string): boolean {
  return CN_MOBILE.test(phone);
}

export function isChinesePhone(phone: string): boolean {
  return CN_MOBILE.test(phone) || CN_LANDLINE.test(phone);
}

export function normalizeEmail(raw: string): string {
  return toHalfWidth(raw).trim().toLowerCase();
}

const EMAIL = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/;
export function isEmail(email: string): boolean {
  return EMAIL.test(email) && email.length <= 254;
}

/** Masks the middle of a phone number: 13812345678 → 138****5678. */
export function maskPhone(phone: string): string {
  if (phone.length < 7) return '****';
  return `${phone.slice(0, 3)}****${phone.slice(-4)}`;
}

export function maskEmail(email: string): string {
  const [local = '', domain = ''] = email.split('@');
  return `${local.slice(0, 1)}***@${domain}`;
}

/** Character count where a Chinese character (or any astral symbol) counts as one. */
export function charCount(text: string): number {
  return [...text.trim()].length;
}

/** Distinct two-character windows of a normalised name: the search grams of the name index. */
export function nameGrams(normalized: string): string[] {
  const chars = [...normalized.replace(/\s+/g, '')];
  const grams = new Set<string>();
  for (let i = 0; i + 1 < chars.length; i++) grams.add(chars[i]! + chars[i + 1]!);
  if (chars.length === 1) grams.add(chars[0]!);
  return [...grams];
}
