/**
 * Message list: a 100-row inbox loaded and scrolled with and without the extension. The scroll is
 * driven frame by frame inside the page; the longest frame is the jank a user would feel.
 */
import type { BrowserContext } from 'playwright-core';
import type { BenchConfig } from '../lib/config';
import type { Row } from '../lib/result';
import { untilMachineIdle } from './idle';
import { firstContentfulPaint, PAINT_WAIT_MS } from './in-page';
import type { Browsers } from './launch';
import { alternatingPairs, pairedRows } from './paired';
import { GMAIL_LIST } from './urls';

const SECTION = 'message list';
/** Time for the content script to start and mount on the list view before scrolling. */
const SETTLE_MS = 1000;

interface ListSample {
  loadMs: number;
  /** When the user first sees the list. */
  firstPaintMs: number;
  scrollMs: number;
  longestFrameMs: number;
}

/** In page: scrolls to the bottom in fixed steps, one per frame. */
function scrollThrough(steps: number): Promise<{ total: number; longest: number }> {
  return new Promise((resolve) => {
    const step = Math.max(1, (document.documentElement.scrollHeight - innerHeight) / steps);
    const start = performance.now();
    let last = start;
    let longest = 0;
    let n = 0;
    const frame = (now: number) => {
      longest = Math.max(longest, now - last);
      last = now;
      if (n++ >= steps) {
        resolve({ total: performance.now() - start, longest });
        return;
      }
      scrollBy(0, step);
      requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  });
}

async function listOnce(context: BrowserContext): Promise<ListSample> {
  // The previous list page's teardown (and, in the extension browser, its list flags) keeps this
  // 2-core machine busy for up to a second or two after it closes; wait it out, the same for both.
  await untilMachineIdle();
  const page = await context.newPage();
  try {
    await page.goto(GMAIL_LIST, { waitUntil: 'load' });
    const loadMs = await page.evaluate(() => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).loadEventEnd);
    const firstPaintMs = await page.evaluate(firstContentfulPaint, PAINT_WAIT_MS);
    const rows = await page.locator('tr.zA').count();
    if (rows < 100) throw new Error(`list page shows ${rows} rows, expected 100`);
    await page.waitForTimeout(SETTLE_MS);
    const scroll = await page.evaluate(scrollThrough, 40);
    return { loadMs, firstPaintMs, scrollMs: scroll.total, longestFrameMs: scroll.longest };
  } finally {
    await page.close();
  }
}

export async function benchMessageList(browsers: Browsers, config: BenchConfig): Promise<Row[]> {
  const samples = await alternatingPairs(browsers, config.listPairs, listOnce);
  const row = pairedRows(SECTION, samples, `${config.listRows} rows, ${config.listPairs} alternating pairs`);
  return [
    row('load event (median)', (s) => s.loadMs),
    row('first contentful paint (median)', (s) => s.firstPaintMs),
    row('scroll 40 frames (median)', (s) => s.scrollMs),
    row('scroll longest frame (median)', (s) => s.longestFrameMs),
  ];
}
