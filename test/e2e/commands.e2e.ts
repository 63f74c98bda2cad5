/**
 * A keyboard command reaching the mail tab. A test cannot press an extension shortcut, so the service
 * worker sends the tab what its commands.onCommand listener sends: { crCommand }.
 */
import { expect, it } from 'vitest';
import { screenshot, watchErrors } from './browser';
import { sidebar } from './sidebar';
import { useMailSession } from './session';

// The worker's own global, inside worker.evaluate.
declare const chrome: {
  tabs: {
    query(q: { url: string }): Promise<{ id?: number }[]>;
    sendMessage(tabId: number, message: unknown): Promise<unknown>;
  };
};

const THREAD = 'https://mail.google.com/mail/u/0/?fixture=gmail-2025-thread#inbox/FMfcgzQXJWDsKmVnbqLwZpNtRcGhBvSd';

const session = useMailSession();

function sendCommand(crCommand: string): Promise<number> {
  return session.browser.worker.evaluate(async (message) => {
    const tabs = await chrome.tabs.query({ url: 'https://mail.google.com/*' });
    await Promise.all(tabs.map((tab) => chrome.tabs.sendMessage(tab.id!, message).catch(() => undefined)));
    return tabs.length;
  }, { crCommand });
}

it('toggle-sidebar collapses the sidebar in the mail tab, and a second one opens it again', async () => {
  const page = await session.browser.context.newPage();
  const errors = watchErrors(page);
  await page.goto(THREAD);
  const bar = sidebar(page);
  await expect.poll(() => bar.tone().count(), { timeout: 20_000 }).toBe(1);
  const aside = bar.host().locator('aside');
  expect(await aside.getAttribute('data-collapsed')).toBe('false');

  expect(await sendCommand('toggle-sidebar')).toBe(1);
  await expect.poll(() => aside.getAttribute('data-collapsed')).toBe('true');
  expect(await bar.tone().count()).toBe(0);
  await screenshot(page, 'command-collapsed');

  await sendCommand('toggle-sidebar');
  await expect.poll(() => aside.getAttribute('data-collapsed')).toBe('false');
  await expect.poll(() => bar.tone().count()).toBe(1);

  // Anything else sent to the tab is not a command and changes nothing.
  await sendCommand('delete-everything');
  await page.waitForTimeout(300);
  expect(await aside.getAttribute('data-collapsed')).toBe('false');
  expect(errors).toEqual([]);
  await page.close();
});

it('open-case says on the notice line that the case was saved, as the button does', async () => {
  const page = await session.browser.context.newPage();
  const errors = watchErrors(page);
  await page.goto(THREAD);
  const bar = sidebar(page);
  await expect.poll(() => bar.tone().count(), { timeout: 20_000 }).toBe(1);

  await sendCommand('open-case');
  await expect.poll(() => bar.host().locator('[data-cr="case-summary"]').count(), { timeout: 10_000 }).toBe(1);
  // Pressed with the focus in the mail page: the status line is what a screen reader hears.
  const notice = bar.host().locator('.cr-notice-line[role="status"]');
  await expect.poll(() => notice.textContent(), { timeout: 5_000 }).toMatch(/^Rescue case saved with \d+ issues? from this message\. Edit (them|it) and the plan in the dashboard\.$/);
  expect(errors).toEqual([]);
  await page.close();
});
