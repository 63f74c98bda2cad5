import { describe, expect, it } from 'vitest';
import { DEFAULT_THRESHOLD, isFlagged } from '../../lib/tone/index';
import { DEFAULT_SETTINGS } from '../../lib/settings/schema';
import { isHeldOutSet, loadB2B, loadB2BBlind } from '../../scripts/lib/tone-data';
import { evaluateSet, OURS } from '../../scripts/lib/tone-eval';
import { flagMetrics, recallAtFpr, rocAuc } from '../../scripts/lib/tone-metrics';

describe('metrics', () => {
  it('AUC: perfect, inverted and tied rankings', () => {
    expect(rocAuc([false, false, true, true], [1, 2, 3, 4])).toBe(1);
    expect(rocAuc([false, false, true, true], [4, 3, 2, 1])).toBe(0);
    expect(rocAuc([false, true], [5, 5])).toBe(0.5);
  });

  it('recall at a false-positive budget and flag metrics', () => {
    const labels = [true, true, false, false, false, false, false, false, false, false, true];
    const scores = [9, 8, 7, 1, 1, 1, 1, 1, 1, 1, 0];
    expect(recallAtFpr(labels, scores, 0.1)).toBeCloseTo(2 / 3);
    expect(flagMetrics(labels, scores.map((s) => s >= 8))).toEqual({ precision: 1, recall: 2 / 3, f1: 0.8, fpr: 0 });
  });
});

describe('flag rule', () => {
  it('one threshold for the whole product, aligned with the settings default', () => {
    expect(DEFAULT_SETTINGS.flagThreshold).toBe(DEFAULT_THRESHOLD);
    expect(isFlagged(DEFAULT_THRESHOLD)).toBe(true);
    expect(isFlagged(DEFAULT_THRESHOLD - 1)).toBe(false);
    expect(isFlagged(45, 40)).toBe(true);
    expect(isFlagged(null)).toBe(false);
  });
});

describe('our B2B set (computed in this run)', () => {
  const result = evaluateSet(loadB2B());
  const ours = result.results.find((r) => r.method === OURS)!;
  const baselines = result.results.filter((r) => r.method !== OURS);

  it('ROC AUC beats every sentiment baseline', () => {
    for (const b of baselines) expect(ours.auc).toBeGreaterThan(b.auc);
  });

  it('keeps false alarms on ordinary mail within 10%', () => {
    expect(ours.fpr).toBeLessThanOrEqual(0.1);
  });
}, 60_000);

// Written blind, most then used for development (lib/tone/README.md): a regression guard, not an estimate.
// b2b-blind7 and b2b-blind10 let 3 of 20 ordinary emails through at their first looks (15%), recorded in the
// README; round 8 (issue #4) developed on both and brought them to 1 and 0 of 20, so every set is now held to
// both the ranking and false alarms within 10%. b2b-blind9 (never developed on) had 0 of 12 at its first look, b2b-blind11
// (never developed on) 1 of 25.
// The held-out sets (scripts/lib/tone-data.ts: HELD_OUT_B2B) are estimates, never developed on: held to the
// ranking only, their false alarms reported in the README rather than bounded here.
for (const set of loadB2BBlind()) {
  const heldOut = isHeldOutSet(set);
  describe(`our ${set.name} set (computed in this run)`, () => {
    const result = evaluateSet(set);
    const ours = result.results.find((r) => r.method === OURS)!;
    it(heldOut ? 'ROC AUC beats every sentiment baseline' : 'ROC AUC beats every sentiment baseline, false alarms within 10%', () => {
      for (const b of result.results.filter((r) => r.method !== OURS)) expect(ours.auc).toBeGreaterThan(b.auc);
      if (!heldOut) expect(ours.fpr).toBeLessThanOrEqual(0.1);
    });
  }, 60_000);
}
