/**
 * With/without comparisons: the same measurement in the extension browser and the plain one,
 * alternating which goes first, so a burst of load on the shared machine lands on both sides; and
 * one table row per measure, the median of each side and their ratio.
 */
import type { BrowserContext } from 'playwright-core';
import type { Row } from '../lib/result';
import { median, ratio, summarise } from '../lib/stats';
import type { Browsers } from './launch';

export interface Paired<S> {
  withExt: S[];
  without: S[];
}

export async function alternatingPairs<S>(browsers: Browsers, pairs: number, once: (context: BrowserContext) => Promise<S>): Promise<Paired<S>> {
  const samples: Paired<S> = { withExt: [], without: [] };
  for (let i = 0; i < pairs; i++) {
    const extFirst = i % 2 === 0;
    for (const ext of extFirst ? [true, false] : [false, true]) {
      (ext ? samples.withExt : samples.without).push(await once(ext ? browsers.ext.context : browsers.plain.context));
    }
  }
  return samples;
}

/** Rows for a section: `row(metric, pick, target?)` compares the medians of `pick` on both sides. */
export function pairedRows<S>(section: string, samples: Paired<S>, note: string) {
  return (metric: string, pick: (s: S) => number, target?: Row['target']): Row => {
    const value = median(samples.withExt.map(pick));
    const base = median(samples.without.map(pick));
    return {
      section,
      metric,
      value,
      unit: 'ms',
      baseline: { label: 'no ext', value: base },
      ratio: ratio(value, base),
      target,
      note,
      detail: { with: summarise(samples.withExt.map(pick)), without: summarise(samples.without.map(pick)) },
    };
  };
}
