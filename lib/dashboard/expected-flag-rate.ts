/**
 * What the flag-sensitivity slider means in words: "flags about N of 100 ordinary messages".
 *
 * FLAG_RATE_TABLE: PLACEHOLDER VALUES, roughly linear. The analyser engineer should replace them with
 * rates measured on a corpus of ordinary (not pre-selected) business mail: for each threshold, the
 * share of messages scoring at or above it, per 100. Keep thresholds ascending and rates descending.
 */
export const FLAG_RATE_TABLE: readonly (readonly [threshold: number, per100: number])[] = [
  [0, 100],
  [25, 60],
  [50, 20],
  [75, 5],
  [100, 0],
];

/** Messages per 100 flagged at `threshold` (0–100), interpolated linearly in the table and rounded. */
export function expectedFlagRate(threshold: number, table = FLAG_RATE_TABLE): number {
  const t = Math.min(100, Math.max(0, Number.isFinite(threshold) ? threshold : 0));
  for (let i = 1; i < table.length; i++) {
    const [t1, r1] = table[i];
    if (t <= t1) {
      const [t0, r0] = table[i - 1];
      const share = t1 === t0 ? 1 : (t - t0) / (t1 - t0);
      return Math.round(r0 + (r1 - r0) * share);
    }
  }
  return Math.round(table[table.length - 1][1]);
}
