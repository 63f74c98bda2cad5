/**
 * Browser section: one Chromium with the extension and one without, launched once and shared by
 * every measurement here (launching is the slowest thing on this machine), run one after another.
 */
import type { BenchConfig } from '../lib/config';
import type { Row } from '../lib/result';
import { startMailServer } from '../../test/e2e/mail-server';
import { benchDashboard } from './dashboard';
import { launchBoth } from './launch';
import { benchMemory } from './memory';
import { benchMessageList } from './message-list';
import { benchFirstAfterLaunch, benchOpenToTone } from './open-to-tone';
import { benchPageLoad } from './page-load';
import { preparePages } from './pages';

export async function benchBrowser(config: BenchConfig): Promise<Row[]> {
  const pages = preparePages(config.listRows);
  const server = await startMailServer(pages.dir);
  try {
    const browsers = await launchBoth(server.resolverRules);
    try {
      const rows: Row[] = [];
      // First, before anything else warms the service worker.
      rows.push(await benchFirstAfterLaunch(browsers, config));
      rows.push(...(await benchOpenToTone(browsers, config, ['gmail', 'outlook'])));
      rows.push(...(await benchPageLoad(browsers, config)));
      rows.push(...(await benchMessageList(browsers, config)));
      rows.push(...(await benchMemory(browsers, config)));
      rows.push(...(await benchDashboard(browsers, config)));
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
