/**
 * npx tsx bench/probe/page-load-variants.ts [--rounds 20] [--settle 1500] [--only plain,ext,...] [--page thread|list]
 *
 * Where does the page-load overhead come from? Loads the saved Gmail thread (or, --page list, the
 * bench's generated 100-row list) in several Chromiums
 * that differ in one thing each, round-robin (the order rotates every round, so a burst of load on
 * the shared machine lands on all of them), and prints median navigation timings per variant and
 * their ratio to the first variant. Not part of `npm run bench`: it is the experiment behind the
 * "page load" row, kept so it can be rerun. Needs `npm run build` first; the variants of the
 * extension are edited copies of .output/chrome-mv3.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { chromium, type BrowserContext } from 'playwright-core';
import { startMailServer } from '../../test/e2e/mail-server';
import { CHROMIUM_LAUNCH, chromiumArgs, extensionArgs } from '../../test/e2e/browser';
import { median } from '../lib/stats';
import { GMAIL_LIST, GMAIL_THREAD } from '../browser/urls';
import { preparePages } from '../browser/pages';
import { extensionCopy, VARIANTS, type Variant } from './variants';

const { values } = parseArgs({
  options: {
    rounds: { type: 'string', default: '20' },
    settle: { type: 'string', default: '1500' },
    only: { type: 'string' },
    page: { type: 'string', default: 'thread' },
  },
});
const pages = values.page === 'list' ? preparePages(100) : null;
const url = pages ? GMAIL_LIST : GMAIL_THREAD;

interface Sample {
  startDelay: number;
  responseStart: number;
  responseEnd: number;
  domInteractive: number;
  dcl: number;
  loadStart: number;
  load: number;
  /** loadEventEnd - loadEventStart: time spent in load event listeners. */
  inLoad: number;
  /** When the stamped content script ran (ext-stamp only), and the page's readyState then. */
  injected?: string;
}

async function launch(variant: Variant, resolverRules: string): Promise<{ context: BrowserContext; close(): Promise<void> }> {
  const userDataDir = mkdtempSync(path.join(os.tmpdir(), 'cr-probe-profile-'));
  const extDir = extensionCopy(variant);
  const context = await chromium.launchPersistentContext(userDataDir, {
    ...CHROMIUM_LAUNCH,
    ignoreDefaultArgs: variant.extensionsOn ? ['--disable-extensions'] : [],
    args: [...(extDir ? extensionArgs(extDir) : []), ...chromiumArgs(resolverRules)],
  });
  if (extDir && context.serviceWorkers().length === 0) await context.waitForEvent('serviceworker', { timeout: 10_000 }).catch(() => undefined);
  // Let the install settle (welcome tab, onInstalled work) before anything is measured.
  await new Promise((r) => setTimeout(r, 2_000));
  if (variant.closeWelcome) for (const p of context.pages()) if (p.url().includes('welcome.html')) await p.close();
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
      if (extDir) rmSync(extDir, { recursive: true, force: true });
    },
  };
}

async function loadOnce(context: BrowserContext, settleMs: number): Promise<Sample> {
  const page = await context.newPage();
  try {
    const before = Date.now();
    await page.goto(url, { waitUntil: 'load' });
    const nav = await page.evaluate(() => {
      const e = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
      return {
        origin: performance.timeOrigin,
        responseStart: e.responseStart,
        responseEnd: e.responseEnd,
        domInteractive: e.domInteractive,
        dcl: e.domContentLoadedEventEnd,
        loadStart: e.loadEventStart,
        load: e.loadEventEnd,
      };
    });
    await page.waitForTimeout(settleMs);
    const injected = (await page.evaluate(() => document.documentElement.getAttribute('data-cr-probe'))) ?? undefined;
    return { ...nav, startDelay: nav.origin - before, inLoad: nav.load - nav.loadStart, injected };
  } finally {
    await page.close();
  }
}

const rounds = Number(values.rounds);
const settleMs = Number(values.settle);
const only = values.only?.split(',').map((s) => s.trim());
const variants = only ? VARIANTS.filter((v) => only.includes(v.name)) : VARIANTS;

const server = await startMailServer(pages?.dir);
const launched: Awaited<ReturnType<typeof launch>>[] = [];
try {
  for (const v of variants) launched.push(await launch(v, server.resolverRules));
  const samples: Sample[][] = variants.map(() => []);
  // One unmeasured load each: a fresh browser's first navigation pays for its own start-up.
  for (const b of launched) await loadOnce(b.context, settleMs);
  for (let r = 0; r < rounds; r++) {
    for (let k = 0; k < variants.length; k++) {
      const i = (r + k) % variants.length;
      samples[i].push(await loadOnce(launched[i].context, settleMs));
    }
    process.stderr.write(`.`);
  }
  process.stderr.write('\n');
  const keys = ['startDelay', 'responseStart', 'responseEnd', 'domInteractive', 'dcl', 'loadStart', 'load', 'inLoad'] as const;
  const fmt = (n: number) => n.toFixed(1).padStart(8);
  console.log(`${rounds} rounds, settle ${settleMs} ms, load average ${os.loadavg()[0].toFixed(2)}; medians in ms from navigation start (startDelay: goto() to navigation start)`);
  console.log(`${'variant'.padEnd(16)}${keys.map((k) => k.padStart(14)).join('')}   load ÷ ${variants[0].name} (median of per-round ratios)`);
  variants.forEach((v, i) => {
    // Ratio within each round (the variants loaded seconds apart), then the median over rounds.
    const paired = median(samples[i].map((s, r) => s.load / samples[0][r].load));
    console.log(`${v.name.padEnd(16)}${keys.map((k) => fmt(median(samples[i].map((s) => s[k]))).padStart(14)).join('')}   ${paired.toFixed(3)}`);
  });
  console.log('');
  variants.forEach((v, i) => {
    const stamps = samples[i].map((s) => s.injected).filter(Boolean);
    if (stamps.length > 0) console.log(`${v.name} content script ran at (ms, readyState): ${stamps.join(' | ')}`);
  });
  console.log('');
  for (const v of variants) console.log(`${v.name}: ${v.what}`);
} finally {
  await Promise.allSettled(launched.map((b) => b.close()));
  await server.close();
  pages?.remove();
}
