// @vitest-environment jsdom
/** Outlook-only rules the shared contract cannot express: page order without dates, on-premises hosts, recipients. */
import type { JSDOM } from 'jsdom';
import { afterEach, describe, expect, it } from 'vitest';
import { providerForLocation } from '../../lib/providers';
import { loadPage } from './pages';
import { OUTLOOK } from './specs';

let dom: JSDOM | null = null;
afterEach(() => dom?.window.close());

describe('Outlook adapter', () => {
  it('finds the newest message on a newest-first page even when no date can be read', () => {
    dom = loadPage(OUTLOOK.pages.thread.file, OUTLOOK.pages.thread.url);
    const doc = dom.window.document;
    for (const el of Array.from(doc.querySelectorAll('[data-testid="SentReceivedSavedTime"]'))) {
      el.setAttribute('title', 'mar. 25/11/2025 09:14');
      el.textContent = 'mar. 25/11/2025 09:14';
    }
    const result = providerForLocation(dom.window.location, doc)!.readThread();
    if (!result.ok) throw new Error(result.message);
    expect(result.value.messages.every((m) => m.sentAt === null)).toBe(true);
    expect(result.value.analysed?.text).toMatch(/This is the third outage this month\./);
    expect(result.value.messages.map((m) => m.state)).toEqual(['collapsed', 'collapsed', 'ok']);
  });

  it('reads every recipient of the recipient well', () => {
    dom = loadPage(OUTLOOK.pages.thread.file, OUTLOOK.pages.thread.url);
    const result = providerForLocation(dom.window.location, dom.window.document)!.readThread();
    if (!result.ok) throw new Error(result.message);
    expect(result.value.analysed?.recipients).toEqual([
      { name: 'Dana Lee', address: 'dana@northwind.studio' },
      { name: 'Northwind Support', address: 'support@northwind.studio' },
    ]);
  });

  it('runs on an on-premises OWA host only when the user added it', () => {
    dom = loadPage(OUTLOOK.pages.thread.file, 'https://webmail.example-corp.com/owa/');
    const { location, document } = dom.window;
    expect(providerForLocation(location, document)).toBeNull();
    expect(providerForLocation(location, document, { extraOutlookHosts: ['webmail.example-corp.com'] })?.id).toBe('outlook');
  });
});
