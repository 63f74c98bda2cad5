/**
 * What a person is told after acting on a case: the sidebar says the case was saved (and keeps saying
 * it while the message stays open), and an update logged from the toolbar popup takes the case off
 * the overdue list everywhere, the dashboard's case list included.
 */
import { describe, expect, it } from 'vitest';
import { screenshot } from './browser';
import { sidebar } from './sidebar';
import { useMailSession } from './session';
import { backdateCases } from './backdate';

const GMAIL_THREAD = 'https://mail.google.com/mail/u/0/?fixture=gmail-2025-thread#inbox/FMfcgzQcpKXhGbmsLwNfJpqkTzLvBcmR';

const session = useMailSession();

describe('feedback on a case', () => {
  it('says the case was saved, and still says so once the case panel has caught up', async () => {
    const page = await session.browser.context.newPage();
    await page.goto(GMAIL_THREAD);
    const bar = sidebar(page);
    await expect.poll(() => bar.level(), { timeout: 15_000 }).toMatch(/^(upset|escalation)$/);
    await bar.button('Open rescue case').click();
    await expect.poll(() => bar.host().locator('[data-cr="case-summary"]').count(), { timeout: 10_000 }).toBe(1);
    // The case is written, announced and read back: give those refreshes time to land.
    await page.waitForTimeout(1_500);
    expect(await bar.host().locator('.cr-notice-line').textContent()).toMatch(/Rescue case saved/);
    await page.close();
  });

  it('takes a case logged from the popup off the dashboard\'s overdue list, and says the day it fell due', async () => {
    // A week passes without an update: the case opened above fell due days ago.
    await backdateCases(session.browser, { openedDaysAgo: 7, dueDaysAgo: 6, seq: 2_000 });

    const dashboard = await session.browser.context.newPage();
    await dashboard.goto(session.browser.extensionUrl('dashboard.html'));
    const due = dashboard.locator('[data-cr="case-row"] .cr-case-due');
    await expect.poll(() => due.textContent(), { timeout: 10_000 }).toMatch(/^Overdue since/);

    const popup = await session.browser.context.newPage();
    await popup.setViewportSize({ width: 380, height: 400 });
    await popup.goto(session.browser.extensionUrl('popup.html'));
    const item = popup.locator('[data-cr="due-case"]');
    await expect.poll(() => item.count(), { timeout: 10_000 }).toBe(1);
    // "overdue since Sat, 21 Nov, …": a weekday alone would not tell this week from the last.
    const month = new Date(Date.now() - 6 * 24 * 3600_000).toLocaleString(undefined, { month: 'short' });
    expect(await item.locator('.due-when').textContent()).toContain(month);
    await screenshot(popup, 'popup-overdue-dated');
    await item.getByRole('button', { name: 'Log update' }).click();
    await popup.getByRole('textbox', { name: 'What you told the client' }).fill('Called Maria: fix deployed');
    await popup.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => item.count(), { timeout: 10_000 }).toBe(0);

    await dashboard.reload();
    await expect.poll(() => due.textContent(), { timeout: 10_000 }).toMatch(/^Due /);
    await popup.close();
    await dashboard.close();
  });
});
