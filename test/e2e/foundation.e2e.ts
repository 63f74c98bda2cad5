/**
 * The foundation in a real browser: the built extension loads, its manifest asks for exactly what it
 * needs, its pages open, and the sidebar mounts beside the reading pane of Gmail and Outlook pages
 * served on their real host names.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXTENSION_DIR, screenshot, watchErrors } from './browser';
import { sidebar } from './sidebar';
import { useMailSession } from './session';

const session = useMailSession();

describe('manifest', () => {
  const hosts = [
    'https://mail.google.com/*',
    'https://outlook.office.com/*',
    'https://outlook.office365.com/*',
    'https://outlook.live.com/*',
    'https://outlook.cloud.microsoft/*',
  ];

  it.each(['chrome-mv3', 'firefox-mv3'])('%s asks for exactly the permissions it needs', (target) => {
    const manifest = JSON.parse(readFileSync(path.join(EXTENSION_DIR, '..', target, 'manifest.json'), 'utf8'));
    expect([...manifest.permissions].sort()).toEqual(['alarms', 'notifications', 'scripting', 'storage', 'unlimitedStorage']);
    expect([...(manifest.host_permissions ?? [])].sort()).toEqual([...hosts].sort());
    // Other Outlook servers: asked for one at a time on the settings page, never at install.
    expect(manifest.optional_permissions ?? []).toEqual([]);
    expect(manifest.optional_host_permissions ?? []).toEqual(['https://*/*']);
    // Injected by the worker once a mail tab has loaded, not declared (lib/injection/scripts-for-tab.ts).
    expect(manifest.content_scripts ?? []).toEqual([]);
  });

  it('declares no data collection on Firefox', () => {
    const manifest = JSON.parse(readFileSync(path.join(EXTENSION_DIR, '..', 'firefox-mv3', 'manifest.json'), 'utf8'));
    expect(manifest.browser_specific_settings.gecko.data_collection_permissions).toEqual({ required: ['none'] });
  });
});

describe('extension pages', () => {
  it('opens the popup and the dashboard', async () => {
    const page = await session.browser.context.newPage();
    const errors = watchErrors(page);
    await page.goto(session.browser.extensionUrl('popup.html'));
    await expect.poll(() => page.locator('main').count()).toBeGreaterThan(0);
    await page.goto(session.browser.extensionUrl('dashboard.html'));
    await expect.poll(() => page.getByRole('heading', { level: 1 }).count()).toBeGreaterThan(0);
    await screenshot(page, 'dashboard-empty');
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('sidebar mount', () => {
  it.each([
    ['gmail', 'https://mail.google.com/mail/u/0/?fixture=gmail-2025-thread#inbox/FMfcgzQXJWDsKmVnbqLwZpNtRcGhBvSd'],
    ['outlook', 'https://outlook.office.com/mail/inbox/id/AAQkAGI2TG93AAA%3D?fixture=outlook-2025-thread'],
  ])('mounts beside the %s reading pane without errors', async (name, url) => {
    const page = await session.browser.context.newPage();
    const errors = watchErrors(page);
    await page.goto(url);
    const bar = sidebar(page);
    await expect.poll(() => bar.host().count(), { timeout: 15_000 }).toBe(1);
    await expect.poll(() => bar.tone().count(), { timeout: 15_000 }).toBe(1);
    await screenshot(page, `sidebar-${name}`);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('comes in once per page, however often the address changes within it', async () => {
    const page = await session.browser.context.newPage();
    const errors = watchErrors(page);
    await page.goto('https://mail.google.com/mail/u/0/?fixture=gmail-2025-thread#inbox');
    const bar = sidebar(page);
    await expect.poll(() => bar.host().count(), { timeout: 15_000 }).toBe(1);
    await bar.host().evaluate((host) => host.setAttribute('data-test-first', ''));
    // Gmail moves between messages by changing the address in the page; each change reports the tab
    // complete again, and a second copy of the script would retire the first (and its sidebar).
    for (const hash of ['#inbox/FMfcgzQXJWDsKmVnbqLwZpNtRcGhBvSd', '#sent', '#inbox/FMfcgzQXJWDsKmVnbqLwZpNtRcGhBvSd']) {
      await page.evaluate((h) => (location.hash = h), hash);
      await page.waitForTimeout(300);
    }
    await expect.poll(() => bar.tone().count(), { timeout: 15_000 }).toBe(1);
    expect(await bar.host().count()).toBe(1);
    expect(await bar.host().getAttribute('data-test-first')).toBe('');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('clears a sidebar left in the page by an earlier copy of the extension', async () => {
    const page = await session.browser.context.newPage();
    // What Firefox leaves after an update: the old copy's host, its script gone.
    await page.addInitScript(() =>
      document.addEventListener('DOMContentLoaded', () => {
        const stale = document.createElement('div');
        stale.setAttribute('data-client-rescue', 'sidebar');
        stale.setAttribute('data-test-stale', '');
        document.body.append(stale);
      }),
    );
    await page.goto('https://mail.google.com/mail/u/0/?fixture=gmail-2025-thread#inbox/FMfcgzQXJWDsKmVnbqLwZpNtRcGhBvSd');
    const bar = sidebar(page);
    await expect.poll(() => bar.tone().count(), { timeout: 15_000 }).toBe(1);
    expect(await page.locator('[data-test-stale]').count()).toBe(0);
    expect(await bar.host().count()).toBe(1);
    await page.close();
  });

  it('leaves a page it does not recognise untouched', async () => {
    const page = await session.browser.context.newPage();
    const errors = watchErrors(page);
    await page.goto('https://mail.google.com/mail/u/0/?fixture=not-a-mail-page');
    await page.waitForTimeout(1500);
    expect(await sidebar(page).host().count()).toBe(0);
    expect(await page.locator('[data-cr]').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });
});
