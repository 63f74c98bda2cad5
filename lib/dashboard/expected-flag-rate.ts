/**
 * What the flag-sensitivity slider means in words: "flags about N of 100 ordinary messages".
 *
 * FLAG_RATE_TABLE is measured (`npx tsx scripts/flag-rate-table.ts`): for each threshold, how many of
 * 100 ordinary client emails score at or above it, over the 450 ordinary emails of the eighteen held-out
 * client-mail sets (test/fixtures/tone, never developed on). Those were written to be hard not to flag
 * (outside trouble, urgent fault reports), so an everyday inbox flags fewer. test/tone/flag-rates.test.ts
 * keeps the table within a few messages of a fresh measurement.
 */
export const FLAG_RATE_TABLE: readonly (readonly [threshold: number, per100: number])[] = [
  [0, 100],
  [10, 36],
  [20, 26],
  [25, 22],
  [30, 18],
  [40, 13],
  [50, 8],
  [60, 7],
  [70, 5],
  [80, 4],
  [90, 2],
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
