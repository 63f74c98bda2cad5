/**
 * The demo mailbox as `npm run demo -- --headless` runs it: the demo inbox opens in a throwaway
 * Chromium with the built extension, a click on the escalation email opens it, and the sidebar reads
 * it as an escalation.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launchDemo, type Demo } from '../../scripts/demo';
import { isOnTop, screenshot, watchErrors } from './browser';
import { sidebar } from './sidebar';

let demo: Demo;

beforeAll(async () => {
  demo = await launchDemo({ headless: true });
});

afterAll(async () => {
  await demo?.close();
});

it('flags the escalation email opened from the demo inbox', async () => {
  const page = demo.page;
  const errors = watchErrors(page);
  const bar = sidebar(page);
  await expect.poll(() => bar.host().count(), { timeout: 20_000 }).toBe(1);
  // Seven rows in the inbox; the escalation is the newest. The three unhappy clients carry a chip
  // a person can see before opening anything; the calm ones carry none.
  expect(await page.locator('tr.zA').count()).toBe(7);
  const chipOf = (sender: string) => page.locator('tr.zA', { hasText: sender }).locator('[data-cr="list-chip"]');
  for (const sender of ['Daniel Brooks', 'Priya Okafor', 'Aisha Rahman']) {
    await expect.poll(() => chipOf(sender).count(), { timeout: 15_000, message: sender }).toBe(1);
    expect(await chipOf(sender).evaluate(isOnTop), sender).toBe(true);
  }
  for (const sender of ['Elena Varga', 'Lukas Meyer', 'SaaS Weekly']) expect(await chipOf(sender).count(), sender).toBe(0);
  await screenshot(page, 'demo-inbox');
  await page.locator('tr.zA', { hasText: 'Daniel Brooks' }).click();
  await page.waitForURL(/fixture=demo-thread-escalation#inbox\/[0-9a-f]{16}$/);
  await expect.poll(() => page.locator('[data-client-rescue="sidebar"] [data-cr="tone"][data-level="escalation"]').count(), { timeout: 20_000 }).toBe(1);
  await expect.poll(() => bar.host().getByText('Flagged').count()).toBeGreaterThan(0);
  await screenshot(page, 'demo-escalation');
  expect(errors).toEqual([]);
  // Everything the page asked for came from the local demo server.
  expect(demo.server.requests.every((r) => r.host === 'mail.google.com')).toBe(true);
});

it.each([
  ['calm', 'calm', 'Elena Varga'],
  ['concerned', 'concerned', 'Kenji Watanabe'],
  ['upset', 'upset', 'Priya Okafor'],
  ['quoted', 'upset', 'Aisha Rahman'],
])('reads the %s demo email as %s', async (_key, level, sender) => {
  const page = demo.page;
  await page.goto('https://mail.google.com/mail/u/0/?fixture=demo-inbox#inbox');
  await page.locator('tr.zA', { hasText: sender }).click();
  await expect.poll(() => sidebar(page).level(), { timeout: 20_000 }).toBe(level);
});

it('lets the user scroll the sidebar down to "Insert reply" on a long thread', async () => {
  const page = demo.page;
  await page.goto('https://mail.google.com/mail/u/0/?fixture=demo-inbox#inbox');
  await page.locator('tr.zA', { hasText: 'Daniel Brooks' }).click();
  const bar = sidebar(page);
  await expect.poll(() => bar.level(), { timeout: 20_000 }).toBe('escalation');
  const insert = bar.button('Insert reply');
  await insert.waitFor();
  // As a person does: the mouse wheel over the sidebar, as far down as it goes.
  const box = (await bar.host().boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + Math.min(box.height, page.viewportSize()!.height) / 2);
  for (let i = 0; i < 15; i++) await page.mouse.wheel(0, 400);
  await expect
    .poll(() =>
      insert.evaluate((button) => {
        const r = button.getBoundingClientRect();
        const root = button.getRootNode() as ShadowRoot;
        const hit = root.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
        return r.bottom <= window.innerHeight && (hit === button || button.contains(hit));
      }),
    )
    .toBe(true);
  await screenshot(page, 'demo-sidebar-scrolled-to-bottom');
});
