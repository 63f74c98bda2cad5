/**
 * What the UX review found, checked as a person meets it in the built extension: "Not a complaint"
 * can be undone (the list chip goes and comes back, the header's dot leaves alarm red), the sidebar
 * follows the mail site's theme while a message stays open, the phrases' "why" is reachable from the
 * keyboard, the collapsed toggle has a name, Escape closes the popup's and the dashboard's
 * update forms with the focus back on the button that opened them, and the case's steps stay
 * readable in a half-screen window.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { screenshot, watchErrors } from './browser';
import { sidebar } from './sidebar';
import { useMailSession } from './session';
import { backdateCases } from './backdate';

const GMAIL_THREAD = 'https://mail.google.com/mail/u/0/?fixture=gmail-2025-thread#inbox/FMfcgzQcpKXhGbmsLwNfJpqkTzLvBcmR';
const GMAIL_LIST = 'https://mail.google.com/mail/u/0/?fixture=gmail-2025-list#inbox';

const session = useMailSession();

/** The focused element's accessible-ish name, looked up inside the sidebar's shadow root. */
function focusedInSidebar(page: Page) {
  return page.evaluate(() => {
    const active = document.querySelector('[data-client-rescue="sidebar"]')?.shadowRoot?.activeElement;
    return active ? (active.getAttribute('aria-label') ?? active.textContent?.trim() ?? '') : null;
  });
}

async function mariaChipCount(page: Page): Promise<number> {
  return page.locator('tr[role="row"]', { has: page.locator('[name="Maria Keller"]') }).locator('[data-cr="list-chip"]').count();
}

describe('UX review fixes', () => {
  it('undoes "Not a complaint": the header dot, the notice and the list chip all follow', async () => {
    const page = await session.browser.context.newPage();
    const errors = watchErrors(page);
    await page.goto(GMAIL_THREAD);
    const bar = sidebar(page);
    await expect.poll(() => bar.level(), { timeout: 15_000 }).toMatch(/^(upset|escalation)$/);
    const level = await bar.level();
    const dot = bar.host().locator('.cr-dot');
    expect(await dot.getAttribute('class')).toContain(`cr-dot-${level}`);

    await bar.button('Not a complaint').click();
    const undo = bar.button('Undo');
    await expect.poll(() => undo.isVisible(), { timeout: 10_000 }).toBe(true);
    expect(await bar.host().locator('[data-cr="dismissed"]').textContent()).toContain('You marked this thread as not a complaint.');
    expect(await dot.getAttribute('class')).toContain('cr-dot-dismissed');
    expect(await bar.button('Client Rescue: not a complaint').count()).toBe(1);
    await expect.poll(() => focusedInSidebar(page)).toBe('Undo');
    await screenshot(page, 'ux-dismissed-with-undo');

    // The message list drops the thread's chip...
    const list = await session.browser.context.newPage();
    await list.goto(GMAIL_LIST);
    await expect.poll(() => list.locator('[data-cr="list-chip"]').count(), { timeout: 15_000 }).toBeGreaterThan(0);
    expect(await mariaChipCount(list)).toBe(0);

    // ...and the thread, opened again, still says it was dismissed, with Undo.
    await page.reload();
    await expect.poll(() => bar.button('Undo').count(), { timeout: 15_000 }).toBe(1);
    await bar.button('Undo').click();
    await expect.poll(() => bar.button('Not a complaint').count(), { timeout: 10_000 }).toBe(1);
    expect(await bar.host().locator('[data-cr="dismissed"]').count()).toBe(0);
    expect(await dot.getAttribute('class')).toContain(`cr-dot-${level}`);
    expect(await bar.host().locator('.cr-flag').textContent()).toMatch(/^Flagged/);
    await expect.poll(() => focusedInSidebar(page)).toBe('Not a complaint');

    // The chip comes back in the list that stayed open.
    await expect.poll(() => mariaChipCount(list), { timeout: 15_000 }).toBe(1);
    await screenshot(list, 'ux-undo-chip-back');
    expect(errors).toEqual([]);
    await list.close();
    await page.close();
  });

  it('names the collapsed toggle, and shows why a phrase counts from the keyboard', async () => {
    const page = await session.browser.context.newPage();
    await page.goto(GMAIL_THREAD);
    const bar = sidebar(page);
    await expect.poll(() => bar.level(), { timeout: 15_000 }).toMatch(/^(upset|escalation)$/);

    const phrase = bar.host().locator('[data-cr="signal"] button').first();
    const why = bar.host().locator('[data-cr="signal"] [data-cr="signal-why"]').first();
    expect(await why.isVisible()).toBe(false);
    await phrase.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => why.isVisible()).toBe(true);
    expect((await why.textContent())?.length).toBeGreaterThan(10);
    expect(await phrase.getAttribute('aria-expanded')).toBe('true');
    await screenshot(page, 'ux-phrase-why');
    await page.keyboard.press('Space');
    await expect.poll(() => why.isVisible()).toBe(false);

    const toggle = bar.button(/^Client Rescue: (Upset|Escalation risk)$/);
    await toggle.click();
    await expect.poll(() => toggle.getAttribute('aria-expanded')).toBe('false');
    // Collapsed to the dot, it is still found by its name.
    expect(await toggle.count()).toBe(1);
    expect(await bar.host().locator('.cr-title').count()).toBe(0);
    await screenshot(page, 'ux-collapsed');
    await toggle.click();
    await page.close();
  });

  it('follows the mail site switching between light and dark while the message stays open', async () => {
    const page = await session.browser.context.newPage();
    await page.goto(GMAIL_THREAD);
    const bar = sidebar(page);
    await expect.poll(() => bar.level(), { timeout: 15_000 }).toMatch(/^(upset|escalation)$/);
    const root = bar.host().locator('.cr-root');
    const background = () => root.evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(await root.getAttribute('class')).toContain('cr-light');

    // Gmail's dark theme, switched from its settings: the page's body paints dark.
    await page.evaluate(() => {
      document.body.style.backgroundColor = 'rgb(32, 33, 36)';
    });
    await expect.poll(() => root.getAttribute('class'), { timeout: 5_000 }).toContain('cr-dark');
    expect(await background()).toBe('rgb(32, 33, 36)');
    await screenshot(page, 'ux-theme-dark-live');
    await page.evaluate(() => {
      document.body.style.removeProperty('background-color');
    });
    await expect.poll(() => root.getAttribute('class'), { timeout: 5_000 }).toContain('cr-light');

    // A site that follows the system: the colour scheme changes and nothing in the page's markup does.
    await page.evaluate(() => {
      const style = document.createElement('style');
      style.textContent = '@media (prefers-color-scheme: dark) { body { background-color: rgb(32, 33, 36) !important; } }';
      document.head.append(style);
    });
    await page.waitForTimeout(300);
    expect(await root.getAttribute('class')).toContain('cr-light');
    await page.emulateMedia({ colorScheme: 'dark' });
    await expect.poll(() => root.getAttribute('class'), { timeout: 5_000 }).toContain('cr-dark');
    await page.emulateMedia({ colorScheme: 'light' });
    await expect.poll(() => root.getAttribute('class'), { timeout: 5_000 }).toContain('cr-light');
    await page.close();
  });

  it('closes the popup\'s and the dashboard\'s update forms on Escape, the focus back on their buttons', async () => {
    const page = await session.browser.context.newPage();
    await page.goto(GMAIL_THREAD);
    const bar = sidebar(page);
    await expect.poll(() => bar.level(), { timeout: 15_000 }).toMatch(/^(upset|escalation)$/);
    await bar.button('Open rescue case').click();
    await expect.poll(() => bar.host().locator('[data-cr="case-summary"]').count(), { timeout: 10_000 }).toBe(1);
    await page.close();

    const dashboard = await session.browser.context.newPage();
    await dashboard.goto(session.browser.extensionUrl('dashboard.html'));
    const row = dashboard.locator('[data-cr="case-row"]');
    await expect.poll(() => row.count(), { timeout: 10_000 }).toBe(1);
    await row.first().click();
    const logButton = dashboard.getByRole('button', { name: 'Log an update' });
    await logButton.click();
    const form = dashboard.getByRole('form', { name: 'Log an update' });
    await expect.poll(() => form.count()).toBe(1);
    await dashboard.getByRole('textbox', { name: 'Summary' }).fill('Called Maria');
    await screenshot(dashboard, 'ux-dashboard-update-form');
    await dashboard.keyboard.press('Escape');
    await expect.poll(() => form.count()).toBe(0);
    expect(await logButton.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await logButton.getAttribute('aria-expanded')).toBe('false');

    // Half a screen wide, each step's advice still reads as a line of text, not a 4em column.
    await dashboard.setViewportSize({ width: 640, height: 900 });
    const advice = dashboard.locator('.cr-step-next .cr-step-advice');
    await expect.poll(async () => (await advice.boundingBox())?.width ?? 0).toBeGreaterThan(300);
    await advice.scrollIntoViewIfNeeded();
    await screenshot(dashboard, 'ux-dashboard-steps-narrow');
    await dashboard.close();

    // The case falls due, so the popup lists it with Log update.
    await backdateCases(session.browser, { openedDaysAgo: 7, dueDaysAgo: 1, seq: 3_000 });
    const popup = await session.browser.context.newPage();
    await popup.setViewportSize({ width: 380, height: 400 });
    await popup.goto(session.browser.extensionUrl('popup.html'));
    const item = popup.locator('[data-cr="due-case"]');
    await expect.poll(() => item.count(), { timeout: 10_000 }).toBe(1);
    const open = item.getByRole('button', { name: 'Log update' });
    await open.focus();
    await popup.keyboard.press('Enter');
    const field = popup.getByRole('textbox', { name: 'What you told the client' });
    await expect.poll(() => field.count()).toBe(1);
    await field.fill('Called Maria');
    await screenshot(popup, 'ux-popup-log-form');
    await popup.keyboard.press('Escape');
    await expect.poll(() => field.count()).toBe(0);
    expect(await item.getByRole('button', { name: 'Log update' }).evaluate((el) => el === document.activeElement)).toBe(true);
    // Nothing was logged: the case is still due.
    expect(await item.count()).toBe(1);
    await popup.close();
  });
});
