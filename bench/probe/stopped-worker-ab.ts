/**
 * npx tsx bench/probe/stopped-worker-ab.ts --other DIR [--rounds 8]
 *
 * "Worker stopped (fresh tab)" for two builds side by side: the current build (.output/chrome-mv3)
 * and another one (DIR, e.g. a build of an older commit: `git worktree add /tmp/old <commit> &&
 * (cd /tmp/old && npm ci && npx wxt build)`, then --other /tmp/old/.output/chrome-mv3). Both
 * Chromiums run at once and take turns, the order alternating each round, so a burst of load on the
 * shared machine lands on both. Each sample stops the worker through DevTools, opens the Gmail thread
 * in a fresh tab and times navigation start → tone level shown.
 */
import { parseArgs } from 'node:util';
import { EXTENSION_DIR, launchWithExtension, stopServiceWorkers } from '../../test/e2e/browser';
import { startMailServer } from '../../test/e2e/mail-server';
import { NAME_HELPER } from '../browser/launch';
import { openThread } from '../browser/open-to-tone';
import { median } from '../lib/stats';

const { values } = parseArgs({ options: { other: { type: 'string' }, rounds: { type: 'string', default: '8' } } });
if (!values.other) throw new Error('--other DIR: the other build to compare with');
/** Time for the language module to load after a sample, as in the bench. */
const SETTLE_MS = 2_500;

const server = await startMailServer();
const builds = { current: EXTENSION_DIR, other: values.other };
const browsers = {
  current: await launchWithExtension(server.resolverRules, builds.current),
  other: await launchWithExtension(server.resolverRules, builds.other),
};
try {
  for (const b of Object.values(browsers)) {
    await b.context.addInitScript(NAME_HELPER);
    const page = await b.context.newPage();
    await openThread(page, 'gmail', 30_000);
    await page.close();
  }
  const samples: Record<keyof typeof builds, number[]> = { current: [], other: [] };
  for (let round = 0; round < Number(values.rounds); round++) {
    for (const name of round % 2 ? (['other', 'current'] as const) : (['current', 'other'] as const)) {
      const page = await browsers[name].context.newPage();
      await stopServiceWorkers(browsers[name].context, page);
      samples[name].push(await openThread(page, 'gmail', 30_000));
      await page.waitForTimeout(SETTLE_MS);
      await page.close();
    }
  }
  for (const name of ['current', 'other'] as const) {
    console.log(`${name.padEnd(8)} median ${median(samples[name]).toFixed(0)} ms  (${samples[name].map((v) => v.toFixed(0)).join(' ')})  ${builds[name]}`);
  }
} finally {
  await Promise.allSettled([browsers.current.close(), browsers.other.close()]);
  await server.close();
}
