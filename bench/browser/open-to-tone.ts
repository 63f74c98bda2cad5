/**
 * Open-to-tone: how long the user waits for the sidebar's tone level. Cold is a fresh tab, from
 * navigation start; "page open 2 s" is the first in-page navigation once the page has been open
 * two seconds (warm-up allowed by the issue); "next message" is every navigation after that.
 */
import type { Page } from 'playwright-core';
import { launchWithExtension, stopServiceWorkers } from '../../test/e2e/browser';
import type { BenchConfig } from '../lib/config';
import type { Row } from '../lib/result';
import { median, summarise } from '../lib/stats';
import { firstLevel, navigate, prepareAlternation, watchTone } from './in-page';
import { NAME_HELPER, type Browsers } from './launch';
import { THREAD_URL, type Site } from './urls';

const SECTION = 'open-to-tone';
/** Pause between "next message" navigations: a person reads for a while, and bursts would queue. */
const BETWEEN_MS = 150;

/** A row of the median of `values`, in ms, with the count of samples in its note. */
function medianRow(metric: string, values: number[], target: Row['target'], note: string): Row {
  return { section: SECTION, metric, value: median(values), unit: 'ms', target, note: `${values.length} samples; ${note}`, detail: summarise(values) };
}

const WITHIN_400: Row['target'] = { max: 400, on: 'value', label: '≤ 400 ms' };

interface SiteSamples {
  cold: number[];
  warm: number[];
  next: number[];
}

export async function openThread(page: Page, site: Site, timeoutMs: number): Promise<number> {
  await page.addInitScript(watchTone);
  await page.goto(THREAD_URL[site], { waitUntil: 'commit' });
  return (await page.evaluate(firstLevel, timeoutMs)).t;
}

async function sampleSite(browsers: Browsers, site: Site, config: BenchConfig, samples: SiteSamples): Promise<void> {
  const perPage = Math.max(1, Math.ceil(config.nextNavigations / config.coldPages));
  for (let p = 0; p < config.coldPages; p++) {
    const page = await browsers.ext.context.newPage();
    try {
      const cold = await openThread(page, site, config.levelTimeoutMs);
      samples.cold.push(cold);
      await page.evaluate(prepareAlternation, site);
      const openFor = await page.evaluate(() => performance.now());
      if (openFor < config.warmAfterMs) await page.waitForTimeout(config.warmAfterMs - openFor);
      let index = 0;
      const nav = () => page.evaluate(navigate, { site, index: index++, waitForLevel: true, timeoutMs: config.levelTimeoutMs });
      samples.warm.push((await nav()) as number);
      for (let n = 0; n < perPage; n++) {
        await page.waitForTimeout(BETWEEN_MS);
        samples.next.push((await nav()) as number);
      }
    } finally {
      await page.close();
    }
  }
}

export async function benchOpenToTone(browsers: Browsers, config: BenchConfig, sites: readonly Site[]): Promise<Row[]> {
  const rows: Row[] = [];
  for (const site of sites) {
    const samples: SiteSamples = { cold: [], warm: [], next: [] };
    await sampleSite(browsers, site, config, samples);
    rows.push(medianRow(`${site} cold (fresh tab, median)`, samples.cold, WITHIN_400, 'from navigation start'));
    rows.push(medianRow(`${site} page open 2 s (median)`, samples.warm, { max: 150, on: 'value', label: '≤ 150 ms' }, 'first in-page navigation'));
    rows.push(medianRow(`${site} next message (median)`, samples.next, { max: 50, on: 'value', label: '≤ 50 ms' }, 'in-page navigation'));
    rows.push({ section: SECTION, metric: `${site} next message (p95)`, value: summarise(samples.next).p95, unit: 'ms' });
  }
  return rows;
}

/**
 * The first message in a browser that has just installed the extension (a fresh profile). Chromium
 * installs a command-line extension (--load-extension, the only way to load one here) again at every
 * launch (onInstalled "install", the welcome tab), so a user's browser restart, where nothing is
 * installed, cannot be reproduced. The install also imports the worker's language module
 * (entrypoints/background/nlp-loader.ts), once. The mail tab opens as soon as the welcome tab has
 * loaded, the earliest a person installing it could open their mail; opened while the browser is still
 * starting it took about twice as long (a median of 764 ms). One sample per launch, so each is a
 * browser of its own (a single one swung from 332 to 411 ms between two runs). A worker starting
 * from nothing, the part of a browser start that is ours, is benchStoppedWorker.
 */
export async function benchFirstAfterInstall(resolverRules: string, config: BenchConfig): Promise<Row> {
  const samples: number[] = [];
  for (let i = 0; i < config.installLaunches; i++) {
    const ext = await launchWithExtension(resolverRules);
    try {
      const isWelcome = (page: Page) => page.url() === ext.extensionUrl('welcome.html');
      const welcome = ext.context.pages().find(isWelcome) ?? (await ext.context.waitForEvent('page', { predicate: isWelcome }));
      await welcome.waitForLoadState('load');
      await ext.context.addInitScript(NAME_HELPER);
      samples.push(await openThread(await ext.context.newPage(), 'gmail', config.levelTimeoutMs));
    } finally {
      await ext.close();
    }
  }
  return medianRow('gmail first tab after install (median)', samples, WITHIN_400, 'each a fresh profile; from navigation start, opened once the welcome tab has loaded');
}

/** Time for the language module to load after a sample, so the next one starts from a quiet worker. */
const SETTLE_AFTER_STOPPED_MS = 2_000;

/**
 * A fresh tab while the worker is stopped, as Chrome stops it after 30 s without events: the usual
 * state when a user opens the mail site. The worker is stopped through DevTools before each sample.
 */
export async function benchStoppedWorker(browsers: Browsers, config: BenchConfig): Promise<Row> {
  const samples: number[] = [];
  for (let i = 0; i < config.coldPages; i++) {
    const page = await browsers.ext.context.newPage();
    try {
      await stopServiceWorkers(browsers.ext.context, page);
      samples.push(await openThread(page, 'gmail', config.levelTimeoutMs));
      await page.waitForTimeout(SETTLE_AFTER_STOPPED_MS);
    } finally {
      await page.close();
    }
  }
  return medianRow('gmail worker stopped (fresh tab, median)', samples, WITHIN_400, 'from navigation start');
}
