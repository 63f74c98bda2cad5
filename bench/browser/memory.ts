/**
 * Memory: the page's JS heap (the content script shares the page's V8 heap) after many message
 * navigations, with and without the extension, each read after forced GC. Growth catches leaks:
 * observers, listeners or sidebar trees kept alive per message.
 */
import type { BrowserContext } from 'playwright-core';
import type { BenchConfig } from '../lib/config';
import type { Row } from '../lib/result';
import { ratio } from '../lib/stats';
import { heapAfterGc, metricsSession } from './cdp';
import { navigate, prepareAlternation, watchTone } from './in-page';
import type { Browsers } from './launch';
import { openThread } from './open-to-tone';
import { GMAIL_THREAD, type Site } from './urls';

const SECTION = 'memory';
const SITE: Site = 'gmail';

interface HeapSample {
  beforeMb: number;
  afterMb: number;
}

async function heapRun(context: BrowserContext, withExtension: boolean, config: BenchConfig): Promise<HeapSample> {
  const page = await context.newPage();
  try {
    const session = await metricsSession(page);
    if (withExtension) {
      await openThread(page, 'gmail', config.levelTimeoutMs);
    } else {
      // Same observer on both sides, so its own cost cancels out.
      await page.addInitScript(watchTone);
      await page.goto(GMAIL_THREAD, { waitUntil: 'load' });
    }
    await page.evaluate(prepareAlternation, SITE);
    await page.waitForTimeout(500);
    const beforeMb = await heapAfterGc(session);
    for (let i = 0; i < config.memoryNavigations; i++) {
      await page.evaluate(navigate, { site: SITE, index: i, waitForLevel: withExtension, timeoutMs: config.levelTimeoutMs });
    }
    await page.waitForTimeout(500);
    return { beforeMb, afterMb: await heapAfterGc(session) };
  } finally {
    await page.close();
  }
}

export async function benchMemory(browsers: Browsers, config: BenchConfig): Promise<Row[]> {
  const ext = await heapRun(browsers.ext.context, true, config);
  const plain = await heapRun(browsers.plain.context, false, config);
  const n = config.memoryNavigations;
  const growth = ext.afterMb - ext.beforeMb;
  const plainGrowth = plain.afterMb - plain.beforeMb;
  return [
    {
      section: SECTION,
      metric: `JS heap after ${n} navigations`,
      value: ext.afterMb,
      unit: 'MB',
      baseline: { label: 'no ext', value: plain.afterMb },
      ratio: ratio(ext.afterMb, plain.afterMb),
      note: 'gmail-2025-thread, forced GC, CDP JSHeapUsedSize',
      detail: { ext, plain },
    },
    {
      section: SECTION,
      metric: `JS heap growth over ${n} navigations`,
      value: growth,
      unit: 'MB',
      baseline: { label: 'no ext', value: plainGrowth },
      target: { max: 5, on: 'value', label: '≤ 5 MB' },
    },
  ];
}
