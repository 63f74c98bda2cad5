/**
 * No rescue reply by default where none is called for. A calm thank-you shows one line and "Draft a
 * reply anyway" instead of "So that I understand exactly what went wrong…", and the insert-reply
 * shortcut says why it inserted nothing; a German message says it was not read for complaints, and a
 * case opened from it is not plotted as "Concerned"; once the client has an open case, the calm
 * message gets the status update and "Insert reply" again. The pages are the saved Gmail reply page
 * with the client's message replaced.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, it } from 'vitest';
import { screenshot, watchErrors } from './browser';
import { PAGES_DIR } from './mail-server';
import { sidebar } from './sidebar';
import { useMailSession } from './session';

// The worker's own global, inside worker.evaluate.
declare const chrome: {
  tabs: {
    query(q: { url: string }): Promise<{ id?: number }[]>;
    sendMessage(tabId: number, message: unknown): Promise<unknown>;
  };
};

const SAVED = readFileSync(path.join(PAGES_DIR, 'gmail-2025-compose-reply.html'), 'utf8');
const COMPLAINT =
  'For the second time in a row we received the wrong pallets. Our kitchen had to close the grill station for a day. I expect a credit note and a call from your logistics lead.';
if (!SAVED.includes(COMPLAINT)) throw new Error('gmail-2025-compose-reply.html changed: update this test');

const pages = mkdtempSync(path.join(tmpdir(), 'cr-quiet-'));
function page(name: string, body: string, sender = 'r.costa@vela-foods.pt') {
  writeFileSync(path.join(pages, `${name}.html`), SAVED.replaceAll(COMPLAINT, body).replaceAll('r.costa@vela-foods.pt', sender));
}
page('calm-reply', 'Thanks for the draft plan, it reads well.');
page('german-reply', 'die Lieferung ist schon wieder falsch. Wir haben das jetzt zum zweiten Mal reklamiert und erwarten bis Freitag eine Gutschrift.');
// Another client, without a case: the draft comes from the message alone.
page('angry-reply', COMPLAINT, 'ana@tasca-norte.pt');

const url = (fixture: string) => `https://mail.google.com/mail/u/0/?fixture=${fixture}#inbox/FMfcgzQcompose`;
const session = useMailSession(() => pages);

function sendCommand(crCommand: string): Promise<number> {
  return session.browser.worker.evaluate(async (message) => {
    const tabs = await chrome.tabs.query({ url: 'https://mail.google.com/*' });
    await Promise.all(tabs.map((tab) => chrome.tabs.sendMessage(tab.id!, message).catch(() => undefined)));
    return tabs.length;
  }, { crCommand });
}

it('a calm thank-you gets one line instead of a rescue draft, and the shortcut says why it inserted nothing', async () => {
  const tab = await session.browser.context.newPage();
  const errors = watchErrors(tab);
  await tab.goto(url('calm-reply'));
  const bar = sidebar(tab);
  await expect.poll(() => bar.level(), { timeout: 20_000 }).toBe('calm');
  const quiet = bar.host().locator('[data-cr="draft-quiet"]');
  await expect.poll(() => quiet.textContent()).toContain('Reads calm: no rescue reply needed.');
  expect(await bar.button('Insert reply').count()).toBe(0);
  expect(await bar.host().getByRole('textbox', { name: 'Draft text' }).count()).toBe(0);
  expect(await bar.host().locator('aside').textContent()).not.toContain('what went wrong');
  expect(await bar.host().locator('aside').textContent()).toContain('No specific complaint found');
  expect(await bar.button('Open rescue case').count()).toBe(1);

  const box = tab.locator('[contenteditable="true"][role="textbox"][aria-multiline="true"]');
  expect(await sendCommand('insert-reply')).toBe(1);
  const notice = bar.host().locator('.cr-notice-line');
  await expect.poll(() => notice.textContent(), { timeout: 10_000 }).toMatch(/^Nothing inserted: this message reads calm/);
  expect((await box.innerText()).trim()).toBe('Hi Rui,');
  await bar.host().locator('aside').screenshot({ path: 'test-results/screenshots/sidebar-calm-no-draft.png' });

  // The user can still write one.
  await bar.button('Draft a reply anyway').click();
  const draft = bar.host().getByRole('textbox', { name: 'Draft text' });
  await expect.poll(() => draft.inputValue(), { timeout: 10_000 }).toMatch(/\w/);
  const firstLine = (await draft.inputValue()).split('\n')[0];
  await bar.button('Insert reply').click();
  await expect.poll(() => box.innerText(), { timeout: 10_000 }).toContain(firstLine);
  expect(errors).toEqual([]);
  await tab.close();
});

it('a German message is not read for complaints, gets no draft by default, and its case is not plotted as "Concerned"', async () => {
  const tab = await session.browser.context.newPage();
  const errors = watchErrors(tab);
  await tab.goto(url('german-reply'));
  const bar = sidebar(tab);
  await expect.poll(() => bar.level(), { timeout: 20_000 }).toBe('unsupported');
  const notRead = bar.host().locator('[data-cr="issues-not-read"]');
  await expect.poll(() => notRead.textContent()).toMatch(/^Not read for complaints/);
  expect(await bar.host().locator('aside').textContent()).not.toContain('No specific complaint found');
  await expect.poll(() => bar.host().locator('[data-cr="draft-quiet"]').textContent()).toContain('Tone not scored: no rescue reply suggested.');
  expect(await bar.button('Insert reply').count()).toBe(0);
  await bar.host().locator('aside').screenshot({ path: 'test-results/screenshots/sidebar-unscored.png' });

  await bar.button('Open rescue case').click();
  await expect.poll(() => bar.host().locator('[data-cr="case-summary"]').count(), { timeout: 10_000 }).toBe(1);
  const dashboard = await session.browser.context.newPage();
  await dashboard.goto(session.browser.extensionUrl('dashboard.html'));
  const row = dashboard.locator('[data-cr="case-row"]');
  await expect.poll(() => row.count(), { timeout: 10_000 }).toBe(1);
  await row.first().click();
  // The message is linked, but its tone was never measured: the chart has nothing to plot.
  await expect.poll(() => dashboard.getByText('No analysed messages linked to this case yet.').count(), { timeout: 10_000 }).toBe(1);
  expect(await dashboard.locator('.cr-tone-chart').count()).toBe(0);
  await screenshot(dashboard, 'dashboard-unscored-case');
  await dashboard.locator('section:has(#tone-heading)').screenshot({ path: 'test-results/screenshots/dashboard-unscored-tone.png' });
  await dashboard.close();
  expect(errors).toEqual([]);
  await tab.close();
});

it('with the client\'s case open, the calm message offers the status update, and the shortcut inserts it', async () => {
  const tab = await session.browser.context.newPage();
  const errors = watchErrors(tab);
  await tab.goto(url('calm-reply'));
  const bar = sidebar(tab);
  await expect.poll(() => bar.level(), { timeout: 20_000 }).toBe('calm');
  await expect.poll(() => bar.host().locator('[data-cr="case-summary"]').count(), { timeout: 10_000 }).toBe(1);
  expect(await bar.host().locator('[data-cr="draft-quiet"]').count()).toBe(0);
  const draft = bar.host().getByRole('textbox', { name: 'Draft text' });
  await expect.poll(() => draft.inputValue(), { timeout: 10_000 }).toMatch(/\w/);
  expect(await bar.host().locator('select').evaluate((s) => (s as HTMLSelectElement).selectedOptions[0]?.textContent)).toBe('Status update');
  expect(await bar.button('Insert reply').count()).toBe(1);

  const box = tab.locator('[contenteditable="true"][role="textbox"][aria-multiline="true"]');
  await sendCommand('insert-reply');
  const firstLine = (await draft.inputValue()).split('\n')[0];
  await expect.poll(() => box.innerText(), { timeout: 10_000 }).toContain(firstLine);
  await screenshot(tab, 'calm-with-case-status-update');
  expect(errors).toEqual([]);
  await tab.close();
});

it('an angry message still gets the listen-first draft, from the button and from the shortcut', async () => {
  const tab = await session.browser.context.newPage();
  const errors = watchErrors(tab);
  await tab.goto(url('angry-reply'));
  const bar = sidebar(tab);
  await expect.poll(() => bar.level(), { timeout: 20_000 }).toMatch(/^(concerned|upset|escalation)$/);
  expect(await bar.host().locator('[data-cr="draft-quiet"]').count()).toBe(0);
  const draft = bar.host().getByRole('textbox', { name: 'Draft text' });
  await expect.poll(() => draft.inputValue(), { timeout: 10_000 }).toMatch(/\w/);
  expect(await bar.button('Insert reply').count()).toBe(1);
  const box = tab.locator('[contenteditable="true"][role="textbox"][aria-multiline="true"]');
  await sendCommand('insert-reply');
  await expect.poll(() => box.innerText(), { timeout: 10_000 }).toContain((await draft.inputValue()).split('\n')[0]);
  expect(errors).toEqual([]);
  await tab.close();
});
