/**
 * Settings reach open mail tabs without a reload, and the first-run page opens on install and saves
 * what the user enters. The mail pages are the Gmail fixtures plus the demo mailbox's (same structure),
 * whose upset email scores high enough to be flagged but below the strictest threshold.
 */
import { mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Settings } from '../../lib/settings/schema';
import { ensureDemoPages } from '../../scripts/demo';
import { launchWithExtension, screenshot, watchErrors, type ExtensionBrowser } from './browser';
import { PAGES_DIR, startMailServer, type MailServer } from './mail-server';
import { sidebar } from './sidebar';

declare const chrome: { storage: { local: { get(key: string): Promise<Record<string, unknown>> } } };

const ANGRY_THREAD = 'https://mail.google.com/mail/u/0/?fixture=gmail-2025-thread#inbox/FMfcgzQXJWDsKmVnbqLwZpNtRcGhBvSd';

let pagesDir: string;
let server: MailServer;
let browser: ExtensionBrowser;

beforeAll(async () => {
  // One folder serving both page sets.
  pagesDir = mkdtempSync(path.join(os.tmpdir(), 'client-rescue-pages-'));
  for (const dir of [PAGES_DIR, ensureDemoPages()]) {
    for (const file of readdirSync(dir)) symlinkSync(path.join(dir, file), path.join(pagesDir, file));
  }
  server = await startMailServer(pagesDir);
  browser = await launchWithExtension(server.resolverRules);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (pagesDir) rmSync(pagesDir, { recursive: true, force: true });
});

function storedSettings(): Promise<Partial<Settings>> {
  return browser.worker.evaluate(async () => ((await chrome.storage.local.get('settings')).settings ?? {}) as object);
}

async function openOptions(): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(browser.extensionUrl('options.html'));
  await page.getByRole('heading', { level: 1 }).waitFor();
  return page;
}

/** A page that was reloaded loses this mark. */
async function markPage(page: Page): Promise<() => Promise<boolean>> {
  await page.evaluate(() => ((window as unknown as { crMark: number }).crMark = 1));
  return () => page.evaluate(() => (window as unknown as { crMark?: number }).crMark === 1);
}

describe('first run', () => {
  it('opens the welcome page on install, and saves name, sign-off and working hours', async () => {
    await expect
      .poll(() => browser.context.pages().some((p) => p.url().endsWith('/welcome.html')), { timeout: 10_000 })
      .toBe(true);
    const page = browser.context.pages().find((p) => p.url().endsWith('/welcome.html'))!;
    const errors = watchErrors(page);
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.getByRole('heading', { name: 'Nothing leaves your browser' }).waitFor();
    await page.getByLabel('Your name').fill('Sam Carter');
    await page.getByLabel('Sign-off').fill('Kind regards');
    await page.getByLabel('Saturday').check();
    await page.getByLabel('Start').fill('08:30');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => page.getByRole('status').textContent()).toContain('Saved');
    await screenshot(page, 'welcome');

    const stored = await storedSettings();
    expect(stored.userName).toBe('Sam Carter');
    expect(stored.signOff).toBe('Kind regards');
    expect(stored.working?.days).toEqual([1, 2, 3, 4, 5, 6]);
    expect(stored.working?.start).toBe('08:30');
    // The links lead to the extension's own pages.
    expect(await page.getByRole('link', { name: 'dashboard' }).getAttribute('href')).toMatch(/^chrome-extension:\/\/[a-z]+\/dashboard\.html$/);
    expect(await page.getByRole('link', { name: 'settings' }).getAttribute('href')).toMatch(/\/options\.html$/);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('a settings change reaches an open mail tab', () => {
  it('turning Gmail off removes the sidebar from the open tab, and turning it on brings it back', async () => {
    const mail = await browser.context.newPage();
    const errors = watchErrors(mail);
    await mail.goto(ANGRY_THREAD);
    const bar = sidebar(mail);
    await expect.poll(() => bar.tone().count(), { timeout: 20_000 }).toBe(1);
    const notReloaded = await markPage(mail);

    const options = await openOptions();
    const gmail = options.getByLabel('Client Rescue on Gmail', { exact: true });
    await gmail.uncheck();
    await expect.poll(() => bar.host().count(), { timeout: 10_000 }).toBe(0);
    expect((await storedSettings()).sites?.gmail).toBe(false);

    await gmail.check();
    await expect.poll(() => bar.host().count(), { timeout: 10_000 }).toBe(1);
    await expect.poll(() => bar.tone().count(), { timeout: 10_000 }).toBe(1);
    expect(await notReloaded()).toBe(true);
    expect(errors).toEqual([]);
    await options.close();
    await mail.close();
  });

  it('the strictest flag sensitivity takes the Flagged line away from an upset email', async () => {
    const mail = await browser.context.newPage();
    const errors = watchErrors(mail);
    // An upset email scoring under 100: the least sensitive setting (threshold 100) still flags a 100.
    await mail.goto('https://mail.google.com/mail/u/0/?fixture=demo-thread-quoted#inbox');
    const bar = sidebar(mail);
    await expect.poll(() => bar.level(), { timeout: 20_000 }).toBe('upset');
    const flagLine = bar.host().locator('.cr-flag');
    await expect.poll(() => flagLine.count(), { timeout: 10_000 }).toBe(1);
    const notReloaded = await markPage(mail);

    const options = await openOptions();
    const slider = options.getByRole('slider', { name: 'Flag sensitivity' });
    // Keyboard, as a person would: Home = least sensitive = score threshold 100.
    await slider.focus();
    await slider.press('Home');
    await expect.poll(async () => (await storedSettings()).flagThreshold, { timeout: 5_000 }).toBe(100);
    await screenshot(options, 'settings');

    await expect.poll(() => flagLine.count(), { timeout: 10_000 }).toBe(0);
    // Still read and shown, just not flagged.
    expect(await bar.level()).toBe('upset');
    expect(await notReloaded()).toBe(true);

    await slider.press('End');
    await expect.poll(() => flagLine.count(), { timeout: 10_000 }).toBe(1);
    expect(errors).toEqual([]);
    await options.close();
    await mail.close();
  });
});
