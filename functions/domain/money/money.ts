/**
 * Exact money and quantities. Amounts are integers of fen (分), quantities integers of 1/1000 unit,
 * discounts integers of 1/100 percent (basis points of a percent); products and roundings go
 * through BigInt so nothing ever passes through a binary float.
 */
export type Fen = number;
export type MilliQuantity = number;
export type DiscountHundredths = number;

export const DEFAULT_CURRENCY = 'CNY';
/** 1,000 亿: keeps every fen amount, and every sum of them, far inside Number.MAX_SAFE_INTEGER. */
export const MAX_AMOUNT_FEN = 10_000_000_000_000;
export const QUANTITY_SCALE = 1000;
export const DISCOUNT_SCALE = 100;

const DECIMAL = /^(-)?(\d{1,15})(?:\.(\d+))?$/;

/** Parses a decimal string with at most `scale` decimals into an integer of 10^-scale units; undefined when malformed. */
export function parseScaled(text: string, scale: number): number | undefined {
  const match = DECIMAL.exec(text.trim());
  if (!match) return undefined;
  const [, sign, whole, fraction = ''] = match;
  if (fraction.length > scale) return undefined;
  const value = BigInt(whole!) * 10n ** BigInt(scale) + BigInt(fraction.padEnd(scale, '0') || '0');
  const signed = sign ? -value : value;
  if (signed > BigInt(Number.MAX_SAFE_INTEGER) || signed < -BigInt(Number.MAX_SAFE_INTEGER)) return undefined;
  return Number(signed);
}

export function formatScaled(units: number, scale: number, minDecimals = 0): string {
  const negative = units < 0;
  const digits = BigInt(Math.abs(units)).toString().padStart(scale + 1, '0');
  const whole = digits.slice(0, digits.length - scale);
  let fraction = digits.slice(digits.length - scale);
  while (fraction.length > minDecimals && fraction.endsWith('0')) fraction = fraction.slice(0, -1);
  return `${negative ? '-' : ''}${whole}${fraction ? `.${fraction}` : ''}`;
}

export const parseFen = (text: string) => parseScaled(text, 2);
/** Always two decimals: 1234.50 */
export const formatFen = (fen: Fen) => formatScaled(fen, 2, 2);
export const parseQuantity = (text: string) => parseScaled(text, 3);
export const formatQuantity = (milli: MilliQuantity) => formatScaled(milli, 3);
export const parseDiscount = (text: string) => parseScaled(text, 2);
export const formatDiscount = (hundredths: DiscountHundredths) => formatScaled(hundredths, 2);

/** Half-up rounding of numerator/denominator for non-negative BigInts. */
function divideRounded(numerator: bigint, denominator: bigint): bigint {
  return (numerator * 2n + denominator) / (denominator * 2n);
}

/** quantity × unit price, less the discount, rounded half-up to the fen. */
export function lineAmount(quantity: MilliQuantity, unitPrice: Fen, discount: DiscountHundredths = 0): Fen {
  const full = 100n * BigInt(DISCOUNT_SCALE);
  return Number(divideRounded(BigInt(quantity) * BigInt(unitPrice) * (full - BigInt(discount)), BigInt(QUANTITY_SCALE) * full));
}

/** An amount weighted by a whole-percent probability, rounded half-up to the fen. */
export function weighted(amount: Fen, percent: number): Fen {
  return Number(divideRounded(BigInt(amount) * BigInt(percent), 100n));
}

export function sumFen(values: readonly Fen[]): Fen {
  return values.reduce((a, b) => a + b, 0);
}
