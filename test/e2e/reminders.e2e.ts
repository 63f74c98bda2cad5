/**
 * Over-communicate: a case whose update is overdue shows as a red count on the toolbar badge (read
 * through the service worker) and in the popup, and logging an update there clears it.
 */
import { describe, expect, it } from 'vitest';
import { screenshot } from './browser';
import { sidebar } from './sidebar';
import { useMailSession } from './session';
import { backdateCases } from './backdate';

// The worker's own global, inside worker.evaluate.
declare const chrome: {
  action: { getBadgeText(details: object): Promise<string>; getTitle(details: object): Promise<string> };
};

const session = useMailSession();

async function badge() {
  const worker = session.browser.context.serviceWorkers()[0] ?? session.browser.worker;
  return worker.evaluate(async () => ({
    text: await chrome.action.getBadgeText({}),
    title: await chrome.action.getTitle({}),
  }));
}

describe('update reminders', () => {
  it('counts an overdue case on the badge and lists it in the popup until an update is logged', async () => {
    const page = await session.browser.context.newPage();
    await page.goto('https://mail.google.com/mail/u/0/?fixture=gmail-2025-thread#inbox/FMfcgzQcpKXhGbmsLwNfJpqkTzLvBcmR');
    await expect.poll(() => sidebar(page).level(), { timeout: 15_000 }).toMatch(/^(upset|escalation)$/);
    await sidebar(page).button('Open rescue case').click();
    await expect.poll(() => sidebar(page).host().locator('[data-cr="case-summary"]').count(), { timeout: 10_000 }).toBe(1);
    // Writes are announced once they settle, so the badge follows a moment after the sidebar.
    await expect.poll(async () => (await badge()).text, { timeout: 10_000 }).toBe('');

    // A week passes without an update: move the case's opening back in the extension's own database.
    await backdateCases(session.browser, { openedDaysAgo: 7, seq: 1_000 });

    await expect.poll(async () => (await badge()).text, { timeout: 10_000 }).toBe('1');
    expect((await badge()).title).toMatch(/overdue: Acme Corp — Third outage this month/);

    const popup = await session.browser.context.newPage();
    await popup.setViewportSize({ width: 380, height: 400 });
    await popup.goto(session.browser.extensionUrl('popup.html'));
    const item = popup.locator('[data-cr="due-case"]');
    await expect.poll(() => item.count(), { timeout: 10_000 }).toBe(1);
    expect(await item.textContent()).toMatch(/overdue since/);
    await screenshot(popup, 'popup-overdue');

    await item.getByRole('button', { name: 'Log update' }).click();
    await popup.getByRole('textbox', { name: 'What you told the client' }).fill('Called Maria: fix deployed, report follows Friday');
    await popup.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => item.count(), { timeout: 10_000 }).toBe(0);
    await expect.poll(async () => (await badge()).text, { timeout: 10_000 }).toBe('');
    await popup.close();
    await page.close();
  });
});
