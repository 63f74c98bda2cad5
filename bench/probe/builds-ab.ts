/**
 * npx tsx bench/probe/builds-ab.ts --other DIR [--current DIR] [--case stopped-worker|first-tab|next-message] [--site gmail|outlook] [--rounds 8]
 *
 * One bench row for two builds side by side: the current build (.output/chrome-mv3, or --current) and another one
 * (DIR, e.g. a build of an older commit: `git worktree add /tmp/old <commit> && (cd /tmp/old &&
 * npm ci && npx wxt build)`, then --other /tmp/old/.output/chrome-mv3). The builds take turns, the
 * order alternating each round, so a burst of load on the shared machine lands on both. Each sample
 * times navigation start → tone level shown on the Gmail thread:
 * - stopped-worker: "worker stopped (fresh tab)". Both Chromiums run throughout; each sample stops
 *   the worker through DevTools, then opens the thread in a fresh tab.
 * - first-tab: "first tab after install". Each sample launches a Chromium with a fresh profile (the
 *   extension installs) and opens the thread at once, as the bench does.
 * - next-message: "next message" on --site (default outlook). Each sample opens the thread in a fresh
 *   tab, waits 2 s, then times 10 in-page navigations as the bench does and takes their median.
 */
import { parseArgs } from 'node:util';
import type { Page } from 'playwright-core';
import { EXTENSION_DIR, launchWithExtension, stopServiceWorkers, type ExtensionBrowser } from '../../test/e2e/browser';
import { startMailServer } from '../../test/e2e/mail-server';
import { NAME_HELPER } from '../browser/launch';
import { navigate, prepareAlternation } from '../browser/in-page';
import { openThread } from '../browser/open-to-tone';
import type { Site } from '../browser/urls';
import { median } from '../lib/stats';

const { values } = parseArgs({
  options: { other: { type: 'string' }, current: { type: 'string' }, case: { type: 'string', default: 'stopped-worker' }, site: { type: 'string', default: 'outlook' }, rounds: { type: 'string', default: '8' } },
});
if (!values.other) throw new Error('--other DIR: the other build to compare with');
const CASES = ['stopped-worker', 'first-tab', 'next-message'];
if (!CASES.includes(values.case)) throw new Error(`--case ${CASES.join('|')}`);
const site = values.site as Site;
/** Time for the language module to load after a sample, as in the bench. */
const SETTLE_MS = 2_500;
const LEVEL_TIMEOUT_MS = 30_000;

const server = await startMailServer();
const builds = { current: values.current ?? EXTENSION_DIR, other: values.other };
type Build = keyof typeof builds;

async function launch(build: Build): Promise<ExtensionBrowser> {
  const browser = await launchWithExtension(server.resolverRules, builds[build]);
  await browser.context.addInitScript(NAME_HELPER);
  return browser;
}

async function sampleOn(browser: ExtensionBrowser, before: (page: Page) => Promise<void>): Promise<number> {
  const page = await browser.context.newPage();
  try {
    await before(page);
    const ms = await openThread(page, 'gmail', LEVEL_TIMEOUT_MS);
    await page.waitForTimeout(SETTLE_MS);
    return ms;
  } finally {
    await page.close();
  }
}

/** The median of 10 in-page navigations, in a tab open for 2 s (bench/browser/open-to-tone.ts). */
async function nextMessagesOn(browser: ExtensionBrowser): Promise<number> {
  const page = await browser.context.newPage();
  try {
    await openThread(page, site, LEVEL_TIMEOUT_MS);
    await page.evaluate(prepareAlternation, site);
    await page.waitForTimeout(2_000);
    const times: number[] = [];
    for (let index = 0; index < 10; index++) {
      await page.waitForTimeout(150);
      times.push((await page.evaluate(navigate, { site, index, waitForLevel: true, timeoutMs: LEVEL_TIMEOUT_MS })) as number);
    }
    return median(times);
  } finally {
    await page.close();
  }
}

/** Running browsers (each warmed by one unmeasured tab), except for first-tab, which launches one per sample. */
const running: Partial<Record<Build, ExtensionBrowser>> = {};
try {
  if (values.case !== 'first-tab') {
    for (const build of ['current', 'other'] as const) {
      running[build] = await launch(build);
      await sampleOn(running[build], async () => undefined);
    }
  }
  const samples: Record<Build, number[]> = { current: [], other: [] };
  for (let round = 0; round < Number(values.rounds); round++) {
    for (const build of round % 2 ? (['other', 'current'] as const) : (['current', 'other'] as const)) {
      const browser = running[build];
      if (browser) {
        const sample = values.case === 'next-message' ? nextMessagesOn(browser) : sampleOn(browser, (page) => stopServiceWorkers(browser.context, page));
        samples[build].push(await sample);
        continue;
      }
      const fresh = await launch(build);
      try {
        samples[build].push(await sampleOn(fresh, async () => undefined));
      } finally {
        await fresh.close();
      }
    }
  }
  for (const build of ['current', 'other'] as const) {
    console.log(`${build.padEnd(8)} median ${median(samples[build]).toFixed(0)} ms  (${samples[build].map((v) => v.toFixed(0)).join(' ')})  ${builds[build]}`);
  }
} finally {
  await Promise.allSettled(Object.values(running).map((b) => b.close()));
  await server.close();
}
