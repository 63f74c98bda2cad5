import { describe, expect, it } from 'vitest';
import { expectedFlagRate } from '../../lib/dashboard/expected-flag-rate';

describe('expectedFlagRate', () => {
  const table = [
    [0, 100],
    [50, 20],
    [100, 0],
  ] as const;

  it('reads table points exactly and interpolates between them', () => {
    expect(expectedFlagRate(0, table)).toBe(100);
    expect(expectedFlagRate(50, table)).toBe(20);
    expect(expectedFlagRate(25, table)).toBe(60);
    expect(expectedFlagRate(75, table)).toBe(10);
  });

  it('clamps out-of-range and non-numeric thresholds', () => {
    expect(expectedFlagRate(-5, table)).toBe(100);
    expect(expectedFlagRate(150, table)).toBe(0);
    expect(expectedFlagRate(Number.NaN, table)).toBe(100);
  });

  it('never rises as the threshold rises with the shipped table', () => {
    for (let t = 1; t <= 100; t++) expect(expectedFlagRate(t)).toBeLessThanOrEqual(expectedFlagRate(t - 1));
  });
});
