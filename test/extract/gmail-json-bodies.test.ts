// @vitest-environment jsdom
/**
 * Real bodies written by Gmail's editor, as they travel in Gmail's own JSON (InboxSDK and gmail.js
 * test data in ../shared/fixtures/providers/gmail). Gmail prefixes classes in shown mail ("m_123gmail_signature").
 */
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { extractFromHtml } from '../../lib/extract';
import { describeShared, sharedPath } from '../support/shared';

type Json = unknown;
const at = (value: Json, ...path: (string | number)[]): Json =>
  path.reduce<Json>((v, key) => (v as Record<string | number, Json> | undefined)?.[key], value);
const load = (file: string): Json => JSON.parse(readFileSync(sharedPath('providers', 'gmail', file), 'utf8'));

describeShared('Gmail-written HTML from Gmail JSON', () => {
  it('2018 sync thread: each message keeps its own words, without quotes or m_-prefixed signatures', () => {
    const messages = at(load('inboxsdk__gmail-sync-thread-response-2018-03-14.json'), '2', 0, '3') as Json[];
    const texts = messages.map((m) => {
      const parts = at(m, '2', '6', '2') as Json[];
      return extractFromHtml(parts.map((p) => at(p, '3', '2') as string).join('')).text;
    });
    expect(texts[0]).toMatch(/^User: mike@answeringlegal\.com \(944 MRR\)\n\nUser wants to use Streak/);
    expect(texts[1]).toMatch(/^Another customer of mine thebusinessguru\.com uses a service/);
    expect(texts[2]).toBe('Thanks, Mike!');
    expect(texts[3]).toBe("Sara, It's called ZERO BOUNCE");
    for (const text of texts) {
      expect(text).not.toMatch(/wrote:|Customer Success|Sr\. AE|^--/m);
    }
  });

  it('2022 reply: nested gmail_quote history is dropped', () => {
    const parts = at(load('inboxsdk__gmail-2022-09-09-reply-send-request.json'), 1, 0, 0, 1, 1, 1, 0, 8, 1) as Json[];
    const html = parts.map((p) => at(p, 1) as string).join('');
    expect(html).toMatch(/gmail_quote/);
    expect(extractFromHtml(html).text).toBe('foo2 (no tracking)');
  });

  it('2022 draft holding only a signature has no text to analyse', () => {
    const html = at(load('inboxsdk__gmail-2022-09-09-draft-save-with-signature-request.json'), 1, 0, 0, 1, 1, 2, 0, 4, 0, 8, 1, 0, 1) as string;
    expect(html).toMatch(/data-smartmail="gmail_signature"/);
    expect(extractFromHtml(html).text).toBe('');
  });

  it('gmail.js 2022 thread: a body that is only a "-- " signature has no text to analyse', () => {
    const html = at(load('gmailjs__gmail-2022-09-fd-embedded-thread.json'), 1, 0, 1, 4, 0, 8, 1, 0, 2, 1) as string;
    expect(html).toMatch(/Vennlig hilsen/);
    expect(extractFromHtml(html).text).toBe('');
  });
});
