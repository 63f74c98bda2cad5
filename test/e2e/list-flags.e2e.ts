/**
 * Identify before opening: on saved Gmail and Outlook message lists with calm and angry client threads, chips
 * appear exactly on the angry ones and on a calm thread that has an open case.
 */
import { describe, expect, it } from 'vitest';
import { isOnTop, screenshot, watchErrors } from './browser';
import { sidebar } from './sidebar';
import { useMailSession } from './session';

const session = useMailSession();

const ANGRY = ['Rui Costa', 'Maria Keller', 'Priya Okafor'];
const CALM = ['Tom Reyes', 'Team Calendar', 'Ana Ruiz', 'Lukas Weber', 'Claire Dubois', 'Mei Ito'];
const WITH_CASE = 'Jonas Berg';

describe('message list flags', () => {
  it('flags angry threads and the thread with an open case, and nothing else', async () => {
    // A calm thread the user still opened a case on (after a phone call, say).
    const thread = await session.browser.context.newPage();
    await thread.goto('https://mail.google.com/mail/u/0/?fixture=gmail-2025-thread-calm#inbox/FMfcgzQcalm');
    await expect.poll(() => sidebar(thread).level(), { timeout: 15_000 }).toBe('calm');
    await sidebar(thread).button('Open rescue case').click();
    await expect.poll(() => sidebar(thread).host().locator('[data-cr="case-summary"]').count(), { timeout: 10_000 }).toBe(1);
    await thread.close();

    const page = await session.browser.context.newPage();
    const errors = watchErrors(page);
    await page.goto('https://mail.google.com/mail/u/0/?fixture=gmail-2025-list#inbox');
    const rowOf = (name: string) => page.locator('tr[role="row"]', { has: page.locator(`[name="${name}"]`) });
    const chipOf = (name: string) => rowOf(name).locator('[data-cr="list-chip"]');

    for (const name of [...ANGRY, WITH_CASE]) {
      await expect.poll(() => chipOf(name).count(), { timeout: 15_000, message: name }).toBe(1);
    }
    for (const name of CALM) expect(await chipOf(name).count(), name).toBe(0);
    // A person sees them: no long subject pushes a chip out of its clipped cell.
    for (const name of [...ANGRY, WITH_CASE]) expect(await chipOf(name).evaluate(isOnTop), name).toBe(true);
    expect(await chipOf(WITH_CASE).getAttribute('aria-label')).toMatch(/case open/);
    expect(await chipOf('Maria Keller').getAttribute('aria-label')).toMatch(/^Client Rescue: (upset|escalation risk)/);

    // The sidebar lists them, most urgent first; clicking one opens it.
    const list = sidebar(page).host().locator('[data-cr="attention"] li');
    await expect.poll(() => list.count()).toBe(ANGRY.length + 1);
    await screenshot(page, 'list-flags');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('flags the angry threads in Outlook\'s list too, where a person can see them', async () => {
    const page = await session.browser.context.newPage();
    const errors = watchErrors(page);
    await page.goto('https://outlook.office.com/mail/inbox?fixture=outlook-2025-list');
    const chipOf = (subject: string) =>
      page.locator('[role="option"]', { has: page.locator(`[title="${subject}"]`) }).locator('[data-cr="list-chip"]');
    for (const subject of ['Wrong shipment – second time', 'Third outage this month – invoice 4471', 'Still waiting on the refund']) {
      await expect.poll(() => chipOf(subject).count(), { timeout: 15_000, message: subject }).toBe(1);
      expect(await chipOf(subject).evaluate(isOnTop), subject).toBe(true);
    }
    for (const subject of ['New dashboard – thank you', 'Weekly sync moved to Thursday']) expect(await chipOf(subject).count(), subject).toBe(0);
    await screenshot(page, 'list-flags-outlook');
    expect(errors).toEqual([]);
    await page.close();
  });
});
