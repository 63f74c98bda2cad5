/**
 * The worker answers with the tone level before it loads its language module (compromise), which it
 * loads with importScripts() of a script kept from install time (entrypoints/background/nlp-loader.ts).
 * What a unit test cannot show: that a worker Chrome stopped (as it does after 30 s idle) and started
 * again for a newly opened message shows the level and can still load the module afterwards, whether
 * the script was kept by the first tab's request during the install or by the install's own import.
 */
import { describe, expect, it } from 'vitest';
import type { Worker } from 'playwright-core';
import { launchWithExtension, stopServiceWorkers } from './browser';
import { sidebar } from './sidebar';
import { useMailSession } from './session';

const THREAD = 'https://mail.google.com/mail/u/0/?fixture=gmail-2025-thread#inbox/FMfcgzQcpKXhGbmsLwNfJpqkTzLvBcmR';

const session = useMailSession();

function hasLanguageModule(worker: Worker): Promise<boolean> {
  return worker.evaluate(() => (globalThis as Record<symbol, unknown>)[Symbol.for('client-rescue.nlp')] !== undefined);
}

describe('a stopped service worker', () => {
  it('shows the level for a new message, then loads the language module again', async () => {
    const { context } = session.browser;
    const first = await context.newPage();
    await first.goto(THREAD);
    await expect.poll(() => sidebar(first).level(), { timeout: 15_000 }).toMatch(/^(upset|escalation)$/);
    const before = context.serviceWorkers()[0] ?? session.browser.worker;
    await expect.poll(() => hasLanguageModule(before), { timeout: 10_000 }).toBe(true);
    await first.close();

    // A mark in the running worker's global scope: gone once Chrome has stopped and restarted it.
    await before.evaluate(() => Object.assign(globalThis, { crRestartMark: true }));
    const page = await context.newPage();
    await stopServiceWorkers(context, page);

    await page.goto(THREAD);
    await expect.poll(() => sidebar(page).level(), { timeout: 15_000 }).toMatch(/^(upset|escalation)$/);
    const worker = context.serviceWorkers()[0] ?? before;
    expect(await worker.evaluate(() => 'crRestartMark' in globalThis)).toBe(false);
    await expect.poll(() => hasLanguageModule(worker), { timeout: 10_000 }).toBe(true);
    // The listen-first draft is built from the complete report, so it waited for the module too.
    const draft = sidebar(page).host().getByRole('textbox', { name: 'Draft text' });
    await expect.poll(() => draft.inputValue(), { timeout: 10_000 }).toMatch(/^Hi \w+,/);
    await page.close();
  });

  it('loads the module after a restart when no mail tab was open while it installed', async () => {
    const fresh = await launchWithExtension(session.server.resolverRules);
    try {
      const { context } = fresh;
      // Installed and active: the install's own import is what a restarted worker can import again.
      await expect.poll(() => fresh.worker.evaluate(() => (globalThis as unknown as { registration: { active: unknown } }).registration.active !== null), { timeout: 15_000 }).toBe(true);
      expect(await hasLanguageModule(fresh.worker)).toBe(false);
      const page = await context.newPage();
      await stopServiceWorkers(context, page);
      await page.goto(THREAD);
      await expect.poll(() => sidebar(page).level(), { timeout: 15_000 }).toMatch(/^(upset|escalation)$/);
      const worker = context.serviceWorkers()[0] ?? fresh.worker;
      await expect.poll(() => hasLanguageModule(worker), { timeout: 10_000 }).toBe(true);
    } finally {
      await fresh.close();
    }
  });
});
