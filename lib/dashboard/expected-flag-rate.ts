import { piecewiseLinear, type Point } from '../piecewise-linear';

/**
 * What the flag-sensitivity slider means in words: "flags about N of 100 ordinary messages".
 *
 * FLAG_RATE_TABLE is measured (`npx tsx scripts/flag-rate-table.ts`): for each threshold, how many of
 * 100 ordinary client emails score at or above it, over the 4,625 ordinary emails of the 185 held-out
 * client-mail sets (test/fixtures/tone, never developed on). Those were written to be hard not to flag
 * (outside trouble, urgent fault reports), so an everyday inbox flags fewer. test/tone/flag-rates.test.ts
 * keeps the table within a few messages of a fresh measurement.
 */
export const FLAG_RATE_TABLE: readonly Point[] = [
  [0, 100],
  [10, 37],
  [20, 22],
  [25, 16],
  [30, 12],
  [40, 8],
  [50, 5],
  [60, 4],
  [70, 3],
  [80, 2],
  [90, 1],
  [100, 0],
];

/** Messages per 100 flagged at `threshold` (0–100), interpolated linearly in the table and rounded. */
export function expectedFlagRate(threshold: number, table: readonly Point[] = FLAG_RATE_TABLE): number {
  return piecewiseLinear(Number.isFinite(threshold) ? threshold : 0, table);
}
