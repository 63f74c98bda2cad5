/**
 * Page-load overhead: the saved Gmail thread loaded with and without the extension, in alternating
 * pairs (paired.ts).
 */
import type { BrowserContext } from 'playwright-core';
import type { BenchConfig } from '../lib/config';
import type { Row } from '../lib/result';
import { metrics, metricsSession } from './cdp';
import { firstContentfulPaint, PAINT_WAIT_MS } from './in-page';
import type { Browsers } from './launch';
import { alternatingPairs, pairedRows } from './paired';
import { GMAIL_THREAD } from './urls';

const SECTION = 'page load';

interface LoadSample {
  loadMs: number;
  domContentLoadedMs: number;
  /** When the user first sees the page: what the load event's delay means to them. */
  firstPaintMs: number;
  taskMs: number;
}

async function loadOnce(context: BrowserContext, settleMs: number): Promise<LoadSample> {
  const page = await context.newPage();
  try {
    const session = await metricsSession(page);
    await page.goto(GMAIL_THREAD, { waitUntil: 'load' });
    const nav = await page.evaluate(() => {
      const entry = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
      return { load: entry.loadEventEnd, dcl: entry.domContentLoadedEventEnd };
    });
    await page.waitForTimeout(settleMs);
    const m = await metrics(session);
    return { loadMs: nav.load, domContentLoadedMs: nav.dcl, firstPaintMs: await page.evaluate(firstContentfulPaint, PAINT_WAIT_MS), taskMs: m.TaskDuration * 1000 };
  } finally {
    await page.close();
  }
}

export async function benchPageLoad(browsers: Browsers, config: BenchConfig): Promise<Row[]> {
  // One unmeasured load each: the first navigation of a fresh browser pays for its own start-up.
  await loadOnce(browsers.ext.context, config.settleMs);
  await loadOnce(browsers.plain.context, config.settleMs);
  const samples = await alternatingPairs(browsers, config.pageLoadPairs, (context) => loadOnce(context, config.settleMs));
  const row = pairedRows(SECTION, samples, `${config.pageLoadPairs} alternating pairs, gmail-2025-thread`);
  return [
    row('load event (median)', (s) => s.loadMs, { max: 1.05, on: 'ratio', label: '≤ 5% over' }),
    row('DOMContentLoaded (median)', (s) => s.domContentLoadedMs),
    row('first contentful paint (median)', (s) => s.firstPaintMs),
    row(`main-thread task time to load + ${(config.settleMs / 1000).toFixed(1)} s`, (s) => s.taskMs),
  ];
}
