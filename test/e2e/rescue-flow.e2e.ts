/**
 * What a person does with an unhappy client's message: reads the tone and issues in the sidebar,
 * follows navigation, opens a rescue case in one click and finds it in the dashboard, and puts a
 * listen-first draft into the reply box. Gmail pages are served with Gmail's Trusted Types CSP.
 */
import { describe, expect, it } from 'vitest';
import { screenshot, watchErrors } from './browser';
import { sidebar } from './sidebar';
import { useMailSession } from './session';


const GMAIL_THREAD = 'https://mail.google.com/mail/u/0/?fixture=gmail-2025-thread#inbox/FMfcgzQcpKXhGbmsLwNfJpqkTzLvBcmR';
const OUTLOOK_THREAD =
  'https://outlook.office.com/mail/inbox/id/AAQkADQ5ZTgwYjI1LTc1NDAtNGY2ZC1iMWM0LTJkNTcwMWUyOWZhOQAQAKx8Qw1mVUtFn3u2bzZ2WmE%3D?fixture=outlook-2025-thread';

const session = useMailSession();

describe('reading a message', () => {
  it('shows an angry Gmail message as flagged, with the phrases and the issues behind it', async () => {
    const page = await session.browser.context.newPage();
    const errors = watchErrors(page);
    await page.goto(GMAIL_THREAD);
    const bar = sidebar(page);
    await expect.poll(() => bar.level(), { timeout: 15_000 }).toMatch(/^(upset|escalation)$/);
    expect(await bar.issues().count()).toBeGreaterThanOrEqual(2);
    await expect.poll(() => bar.host().getByText(/Flagged/).count()).toBe(1);
    expect(await bar.host().locator('[data-cr="signal"]').count()).toBeGreaterThan(0);
    await bar.host().locator('aside').screenshot({ path: 'test-results/screenshots/sidebar-gmail-angry.png' });
    // Trusted Types are enforced on this page: any violation or error from us would show here.
    expect(errors).toEqual([]);

    // Gmail routes by hash: the sidebar follows to the next (calm) thread without a reload.
    await page.evaluate(() => {
      location.hash = '#inbox/FMfcgzQcalmThreadNextOne';
    });
    await expect.poll(() => bar.level(), { timeout: 15_000 }).toBe('calm');
    expect(await bar.host().getByText(/Flagged/).count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('follows Outlook from an angry message to a calm one by pushState', async () => {
    const page = await session.browser.context.newPage();
    const errors = watchErrors(page);
    await page.goto(OUTLOOK_THREAD);
    const bar = sidebar(page);
    await expect.poll(() => bar.level(), { timeout: 15_000 }).toMatch(/^(upset|escalation)$/);
    await screenshot(page, 'outlook-angry');
    // A mark on the sidebar's host: still there after the message changes if the sidebar moved with
    // the new reading pane instead of being built again.
    await page.evaluate(() => Object.assign(document.querySelector('[data-client-rescue="sidebar"]') ?? {}, { crMark: true }));
    await page.evaluate(() => {
      history.pushState({}, '', '/mail/inbox/id/AAQkADQ5ZTgwYjI1LTc1NDAtNGY2ZC1iMWM0LTJkNTcwMWUyOWZhOQAQAJ9w2kTzXkZCkq1qf3yVvZk%3D');
      window.postMessage({ type: 'fixture-nav', to: 'calm' }, '*');
    });
    await expect.poll(() => bar.level(), { timeout: 15_000 }).toBe('calm');
    const hosts = await page.evaluate(() => [...document.querySelectorAll('[data-client-rescue="sidebar"]')].map((h) => 'crMark' in h));
    expect(hosts).toEqual([true]);
    // Beside the new pane, as before.
    expect(await page.evaluate(() => document.getElementById('ReadingPaneContainerId')?.nextElementSibling?.getAttribute('data-client-rescue'))).toBe('sidebar');
    expect(errors).toEqual([]);
    await page.close();
  });

  it.each([
    ['gmail', 'https://mail.google.com/mail/u/0/?fixture=gmail-2025-thread-broken#inbox/FMfcgzQbroken'],
    ['outlook', 'https://outlook.office.com/mail/inbox/id/AAQkbroken%3D?fixture=outlook-2025-thread-broken'],
  ])('says which part of a changed %s layout it cannot find, instead of guessing', async (_name, url) => {
    const page = await session.browser.context.newPage();
    const errors = watchErrors(page);
    await page.goto(url);
    const notice = sidebar(page).host().locator('[data-cr="layout-changed"]');
    await expect.poll(() => notice.count(), { timeout: 20_000 }).toBe(1);
    expect(await notice.textContent()).toMatch(/layout changed|not found/i);
    expect(await sidebar(page).tone().count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('rescue case', () => {
  it('opens a case from the message in one click and finds it with its issues in the dashboard', async () => {
    const page = await session.browser.context.newPage();
    await page.goto(GMAIL_THREAD);
    const bar = sidebar(page);
    await expect.poll(() => bar.level(), { timeout: 15_000 }).toMatch(/^(upset|escalation)$/);
    const issueTexts = await bar.issues().allTextContents();
    await bar.button('Open rescue case').click();
    await expect.poll(() => bar.host().locator('[data-cr="case-summary"]').count(), { timeout: 10_000 }).toBe(1);

    const dashboard = await session.browser.context.newPage();
    await dashboard.goto(session.browser.extensionUrl('dashboard.html'));
    const row = dashboard.locator('[data-cr="case-row"]');
    await expect.poll(() => row.count(), { timeout: 10_000 }).toBe(1);
    expect(await row.first().textContent()).toMatch(/Third outage this month/);
    await row.first().click();
    const firstIssue = issueTexts[0].replace(/ask for an example$/, '').trim();
    await expect.poll(() => dashboard.getByText(firstIssue, { exact: false }).count(), { timeout: 10_000 }).toBeGreaterThan(0);
    await screenshot(dashboard, 'dashboard-case');
    await dashboard.close();
    await page.close();
  });
});

describe('reply drafts', () => {
  it.each([
    ['gmail', 'https://mail.google.com/mail/u/0/?fixture=gmail-2025-compose-reply#inbox/FMfcgzQcompose'],
    ['outlook', 'https://outlook.office.com/mail/inbox/id/AAQkADQ5ZTgwYjI1LTc1NDAtNGY2ZC1iMWM0LTJkNTcwMWUyOWZhOQAQAD4kPz7aRk5MtG8w1yQxHbs%3D?fixture=outlook-2025-compose-reply'],
  ])('puts the listen-first draft into the %s reply box on "Insert reply"', async (name, url) => {
    const page = await session.browser.context.newPage();
    const errors = watchErrors(page);
    await page.goto(url);
    const bar = sidebar(page);
    await expect.poll(() => bar.tone().count(), { timeout: 15_000 }).toBe(1);
    const draft = bar.host().getByRole('textbox', { name: 'Draft text' });
    await expect.poll(() => draft.inputValue(), { timeout: 10_000 }).toMatch(/\w/);
    const draftText = await draft.inputValue();
    const [firstLine, , body] = draftText.split('\n');
    await bar.button('Insert reply').click();
    const box = page.locator('[contenteditable="true"][role="textbox"][aria-multiline="true"]');
    await expect.poll(() => box.innerText(), { timeout: 10_000 }).toContain(body);
    // The user had already typed the greeting: the letter goes in after it, without a second one.
    const inserted = await box.innerText();
    expect(inserted.split(firstLine).length - 1).toBe(1);
    expect(inserted.indexOf(firstLine)).toBeLessThan(inserted.indexOf(body));
    // The coach reads the reply as it stands; a defensive line added by the user is called out.
    const coach = bar.host().locator('[data-cr="coach"]');
    await expect.poll(() => coach.count(), { timeout: 10_000 }).toBe(1);
    await box.click();
    // Typed at the top, where a reply is written (the quoted history sits below it).
    await page.keyboard.press('Control+Home');
    await page.keyboard.type('As I already said, you should have read the release notes. ');
    const finding = bar.host().locator('[data-cr="coach-finding"]');
    await expect.poll(() => finding.allTextContents(), { timeout: 10_000 }).toContainEqual(expect.stringMatching(/As I already said/i));
    // Nothing is sent: the user edits and sends.
    await screenshot(page, `insert-reply-${name}`);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('escalation', () => {
  it('records the escalation in one click and opens a pre-filled message to the escalation contact', async () => {
    const worker = session.browser.context.serviceWorkers()[0] ?? session.browser.worker;
    await worker.evaluate(() =>
      (globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } }).chrome.storage.local.set({
        settings: { escalationContact: 'head.of.delivery@northwind.studio' },
      }),
    );
    const page = await session.browser.context.newPage();
    await page.goto(GMAIL_THREAD);
    const bar = sidebar(page);
    await expect.poll(() => bar.level(), { timeout: 15_000 }).toMatch(/^(upset|escalation)$/);
    const popup = page.waitForEvent('popup');
    await bar.button(/^Escalate/).first().click();
    const compose = new URL((await popup).url());
    expect(compose.host).toBe('mail.google.com');
    expect(compose.searchParams.get('view')).toBe('cm');
    expect(compose.searchParams.get('to')).toBe('head.of.delivery@northwind.studio');
    expect(compose.searchParams.get('body')).toMatch(/Acme Corp/);
    await expect.poll(() => bar.host().locator('[data-cr="case-summary"]').count(), { timeout: 10_000 }).toBe(1);
    expect(await bar.host().locator('[data-cr="case-summary"]').getByRole('button', { name: 'Escalate again' }).count()).toBe(1);
    await page.close();
  });
});
