// @vitest-environment jsdom
/** Gmail-only rules the shared contract cannot express: URL routes, id timestamps, selector drift. */
import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { afterEach, describe, expect, it } from 'vitest';
import { providerForLocation } from '../../lib/providers';
import { GMAIL_SELECTORS } from '../../lib/providers/gmail/selectors';
import { findFirst } from '../../lib/providers/shared/selector-entry';
import { describeShared, sharedPath } from '../support/shared';
import { timeFromGmailId } from '../../lib/providers/gmail/message-time';
import { parseGmailRoute } from '../../lib/providers/gmail/route';
import { loadPage } from './pages';
import { GMAIL } from './specs';

let dom: JSDOM | null = null;
afterEach(() => dom?.window.close());

describe('parseGmailRoute', () => {
  const route = (url: string) => parseGmailRoute(new URL(url));
  it.each([
    ['https://mail.google.com/mail/u/0/#inbox', 0, 'list', null],
    ['https://mail.google.com/mail/u/2/#inbox/FMfcgzQcpKXhGbmsLwNfJpqkTzLvBcmR', 2, 'thread', 'FMfcgzQcpKXhGbmsLwNfJpqkTzLvBcmR'],
    ['https://mail.google.com/mail/u/1/#search/invoice/FMfcgzQcpKXhGbmsLwNfJpqkTzLvBcmR', 1, 'thread', 'FMfcgzQcpKXhGbmsLwNfJpqkTzLvBcmR'],
    ['https://mail.google.com/mail/u/0/#label/Clients%2FAcme', 0, 'list', null],
    ['https://mail.google.com/mail/u/0/#inbox?compose=new', 0, 'compose', null],
    ['https://mail.google.com/mail/#settings/general', 0, 'other', null],
  ])('%s', (url, account, view, token) => {
    expect(route(url)).toEqual({ account, view, urlThreadToken: token });
  });
});

describe('timeFromGmailId', () => {
  it('reads the send time from hex and decimal ids alike', () => {
    // Both ids of the newest message in gmail-2025-thread.html, whose page date is Tue, Nov 25, 2025, 9:14 AM UTC.
    expect(timeFromGmailId('19aba4a8fc0ca264')).toBe('2025-11-25T09:14:00.000Z');
    expect(timeFromGmailId('#msg-f:1849753117655868004')).toBe('2025-11-25T09:14:00.000Z');
  });

  it('refuses what is not a Gmail id', () => {
    for (const id of ['', 'index-3', 'msg-a:r-123', '0000000000000001']) expect(timeFromGmailId(id)).toBeNull();
  });
});

describe('selector drift', () => {
  it('falls back when the preferred attribute disappears, and the health report shows it', () => {
    dom = loadPage(GMAIL.pages.thread.file, GMAIL.pages.thread.url);
    const doc = dom.window.document;
    for (const el of Array.from(doc.querySelectorAll('[data-message-id]'))) el.removeAttribute('data-message-id');
    const provider = providerForLocation(dom.window.location, doc)!;
    const message = provider.health().parts.find((p) => p.part === 'message');
    expect(message).toMatchObject({ ok: true, fallbackIndex: 1, matched: 'div[data-legacy-message-id]' });
    const result = provider.readThread();
    expect(result.ok && result.value.analysed?.id).toBe('19aba4a8fc0ca264');
  });

  it('without a title address, reads the user from the account switcher', () => {
    dom = loadPage(GMAIL.pages.thread.file, GMAIL.pages.thread.url);
    dom.window.document.title = 'Posteingang (3) – Gmail';
    expect(providerForLocation(dom.window.location, dom.window.document)!.userAddress()).toBe(GMAIL.user);
  });
});

describeShared('the real 2014 Gmail list page', () => {
  it('has the row structure we read, but no thread ids yet: rows are reported unreadable, not guessed', () => {
    const html = readFileSync(sharedPath('providers', 'gmail', 'inboxsdk__gmail-2014-12-thread-list-page.html'), 'utf8');
    dom = new JSDOM(html, { url: 'https://mail.google.com/mail/u/0/#inbox' });
    const doc = dom.window.document;
    const rows = Array.from(doc.querySelectorAll(GMAIL_SELECTORS.listRow.fallbacks[0].css));
    expect(rows.length).toBeGreaterThan(10);
    for (const row of rows) expect(findFirst(row, GMAIL_SELECTORS.rowSender)?.element.getAttribute('email')).toMatch(/@/);
    const provider = providerForLocation(dom.window.location, doc)!;
    expect(provider.currentView()).toBe('list');
    expect(provider.readListRows()).toEqual({ ok: false, missing: ['row'], message: "Gmail's layout changed: list rows not found" });
  });
});
