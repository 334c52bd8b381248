/**
 * The 80/20 view without reading every customer: per owner, customers are counted in revenue
 * buckets by their first two significant digits (at most 10% wide), each bucket keeping its count
 * and exact sum. The top 20% are whole buckets from the top plus, when the cut falls inside a
 * bucket, that bucket's mean for the customers needed (then `approximate` is true).
 */
export function revenueBucket(fen: number): string {
  const digits = String(Math.trunc(fen));
  const lead = digits.length === 1 ? `${digits}0` : digits.slice(0, 2);
  return `${String(digits.length).padStart(2, '0')}${lead}`;
}

export interface RevenueHistogram {
  customers: number;
  total: number;
  /** bucket → count and sum */
  buckets: Map<string, { count: number; sum: number }>;
}

export interface ParetoView {
  customersWithRevenue: number;
  topCustomers: number;
  totalRevenue: number;
  topRevenue: number;
  /** topRevenue / totalRevenue, 4 decimals; null without revenue. */
  topShare: number | null;
  approximate: boolean;
}

/** The top fifth of customers (rounded up). */
export const topFifth = (n: number) => Math.floor((n + 4) / 5);

function divideRounded(numerator: bigint, denominator: bigint): bigint {
  return (numerator * 2n + denominator) / (denominator * 2n);
}

export function paretoOf(histogram: RevenueHistogram): ParetoView {
  const n = histogram.customers;
  const top = topFifth(n);
  let remaining = top;
  let topRevenue = 0n;
  let approximate = false;
  const ordered = [...histogram.buckets.entries()].filter(([, b]) => b.count > 0).sort(([a], [b]) => (a < b ? 1 : -1));
  for (const [, bucket] of ordered) {
    if (remaining <= 0) break;
    if (bucket.count <= remaining) {
      topRevenue += BigInt(bucket.sum);
      remaining -= bucket.count;
    } else {
      topRevenue += divideRounded(BigInt(bucket.sum) * BigInt(remaining), BigInt(bucket.count));
      approximate = true;
      remaining = 0;
    }
  }
  const total = histogram.total;
  return {
    customersWithRevenue: n,
    topCustomers: top,
    totalRevenue: total,
    topRevenue: Number(topRevenue),
    topShare: total > 0 ? Number(divideRounded(topRevenue * 10_000n, BigInt(total))) / 10_000 : null,
    approximate,
  };
}
