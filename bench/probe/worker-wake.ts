/**
 * npx tsx bench/probe/worker-wake.ts [--runs 5] [--extension DIR]   (DIR: another build's chrome-mv3, to compare)
 *
 * What the worker's tabs.onUpdated listener (entrypoints/background/inject.ts) costs away from mail:
 * Chrome's tabs.onUpdated has no URL filter, so a stopped worker is started for a page loading on
 * any site. Stops the worker through DevTools, loads a page that is not a mail site, and reports
 * whether the worker started and how long after the page's load it was running. Needs `npm run build`.
 */
import { parseArgs } from 'node:util';
import type { CDPSession } from 'playwright-core';
import { EXTENSION_DIR, launchWithExtension, stopServiceWorkers } from '../../test/e2e/browser';
import { startMailServer } from '../../test/e2e/mail-server';
import { median } from '../lib/stats';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '5' }, extension: { type: 'string' } } });
const NOT_MAIL = 'data:text/html,<title>news</title><p>Not a mail site.</p>';

type Status = { runningStatus: string; scriptURL: string };

const server = await startMailServer();
const browser = await launchWithExtension(server.resolverRules, values.extension ?? EXTENSION_DIR);
try {
  const watcher = await browser.context.newPage();
  const cdp: CDPSession = await browser.context.newCDPSession(watcher);
  let running: number | null = null;
  cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }: { versions: Status[] }) => {
    if (running === null && versions.some((v) => v.scriptURL.includes(browser.extensionId) && v.runningStatus === 'running')) running = performance.now();
  });
  await cdp.send('ServiceWorker.enable');
  await watcher.waitForTimeout(3_000);
  const woke: number[] = [];
  let asleep = 0;
  for (let i = 0; i < Number(values.runs); i++) {
    await stopServiceWorkers(browser.context, watcher);
    await watcher.waitForTimeout(1_000);
    running = null;
    const page = await browser.context.newPage();
    await page.goto(NOT_MAIL, { waitUntil: 'load' });
    const loaded = performance.now();
    await page.waitForTimeout(2_000);
    if (running === null) asleep++;
    else woke.push((running as number) - loaded);
    await page.close();
  }
  console.log(`a page on another site, worker stopped before it: started the worker ${woke.length} of ${Number(values.runs)} times` + (woke.length ? ` (running ${median(woke).toFixed(0)} ms after the page's load, median)` : '') + `; left it asleep ${asleep} times`);
} finally {
  await browser.close();
  await server.close();
}
