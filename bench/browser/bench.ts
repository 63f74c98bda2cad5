/**
 * Browser section: one Chromium with the extension and one without, launched once and shared by
 * every measurement here (launching is the slowest thing on this machine), run one after another.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import type { BenchConfig } from '../lib/config';
import type { Row } from '../lib/result';
import { startMailServer } from '../../test/e2e/mail-server';
import { benchDashboard } from './dashboard';
import { launchBoth } from './launch';
import { benchMemory } from './memory';
import { benchMessageList } from './message-list';
import { benchFirstAfterInstall, benchOpenToTone, benchStoppedWorker } from './open-to-tone';
import { benchPageLoad } from './page-load';
import { preparePages } from './pages';

/** Long enough for the install's work to finish on this machine (first-tab samples take ~0.7 s). */
const INSTALL_SETTLE_MS = 3_000;

export async function benchBrowser(config: BenchConfig): Promise<Row[]> {
  const pages = preparePages(config.listRows);
  const server = await startMailServer(pages.dir);
  const rows: Row[] = [];
  const step = async (name: string, run: () => Promise<Row | Row[]>) => {
    const t = Date.now();
    const out = await run();
    rows.push(...(Array.isArray(out) ? out : [out]));
    process.stderr.write(` [${name} ${((Date.now() - t) / 1000).toFixed(1)} s]`);
  };
  try {
    // Browsers of its own, each closed before the next launches, so nothing else is running.
    await step('first tab', () => benchFirstAfterInstall(server.resolverRules, config));
    const browsers = await launchBoth(server.resolverRules);
    try {
      // The install (language module, welcome tab) is the row above; "cold" is a fresh tab later on.
      await sleep(INSTALL_SETTLE_MS);
      await step('open-to-tone', () => benchOpenToTone(browsers, config, ['gmail', 'outlook']));
      await step('stopped worker', () => benchStoppedWorker(browsers, config));
      await step('page load', () => benchPageLoad(browsers, config));
      await step('list', () => benchMessageList(browsers, config));
      await step('memory', () => benchMemory(browsers, config));
      await step('dashboard', () => benchDashboard(browsers, config));
      const offHost = server.requests.filter((r) => !r.url.includes('fixture=') && !r.url.endsWith('/favicon.ico'));
      if (offHost.length > 0) process.stderr.write(`bench: unexpected requests to the mail hosts: ${offHost.map((r) => r.url).join(', ')}\n`);
      return rows;
    } finally {
      await browsers.close();
    }
  } finally {
    await server.close();
    pages.remove();
  }
}
