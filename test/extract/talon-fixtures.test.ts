// @vitest-environment jsdom
/**
 * talon's reply fixtures with talon's own expectations (tests/html_quotations_test.py, tests/text_quotations_test.py):
 * every HTML reply reduces to "Hi. I am fine. Thanks, Alex" compared without whitespace, and every
 * standard reply to "Hello" unless a `<name>_reply_text` file says otherwise.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { extractFromHtml, extractFromPlain, stripQuotedText } from '../../lib/extract';
import { describeShared, sharedPath } from '../support/shared';
import { parseEml } from './eml';

const talon = (...p: string[]) => sharedPath('emails', 'talon', ...p);
const squash = (s: string) => s.replace(/\s+/g, '');
const list = (dir: string, ext: string) => (existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith(ext)).sort() : []);

describeShared('talon html replies', () => {
  it.each(list(talon('html_replies'), '.html'))('%s keeps only the reply', (file) => {
    const { text } = extractFromHtml(readFileSync(talon('html_replies', file), 'utf8'));
    expect(squash(text)).toBe(squash('Hi. I am fine.\n\nThanks,\nAlex'));
  });

  it('Outlook for Mac OLK_SRC_BODY_SECTION is cut', () => {
    expect(extractFromHtml(readFileSync(talon('OLK_SRC_BODY_SECTION.html'), 'utf8')).text).toBe('Reply');
  });

  it('a reply separated by <hr> and a header block is cut at the header', () => {
    expect(extractFromHtml(readFileSync(talon('reply-separated-by-hr.html'), 'utf8')).text).toBe('Hi\nthere\nBob');
  });
});

describeShared('talon standard replies (text/plain part)', () => {
  const expected = (file: string) => {
    const replyFile = talon('standard_replies', file.replace(/\.eml$/, '_reply_text'));
    // We strip "-- " signatures on purpose (talon keeps them), so the expectation is read up to the delimiter.
    return existsSync(replyFile) ? readFileSync(replyFile, 'utf8').split(/^-- ?$/m)[0].trim() : 'Hello';
  };

  it.each(list(talon('standard_replies'), '.eml'))('%s', (file) => {
    const mail = parseEml(readFileSync(talon('standard_replies', file), 'latin1'));
    expect(mail.plain).not.toBeNull();
    expect(stripQuotedText(mail.plain ?? '')).toBe(expected(file));
  });

  it.each(list(talon('standard_replies'), '.eml'))('%s (text/html part, where present)', (file) => {
    const mail = parseEml(readFileSync(talon('standard_replies', file), 'latin1'));
    if (mail.html === null) return;
    const { text } = extractFromHtml(mail.html);
    // outlook.eml's HTML part carries a different first line than its text part; both are the reply only.
    expect(text).not.toMatch(/From:|Sent:|wrote:|^>/m);
    expect(text.length).toBeGreaterThan(0);
  });

  it('reply-quotations-share-block keeps the reply and drops the Yahoo quote', () => {
    const mail = parseEml(readFileSync(talon('reply-quotations-share-block.eml'), 'latin1'));
    const plain = extractFromPlain(mail.plain ?? '').text;
    expect(plain).toMatch(/^Hi Katharine\./);
    expect(plain).not.toMatch(/From|wrote:/);
  });
});

describeShared('other shared mail', () => {
  const read = (p: string) => parseEml(readFileSync(sharedPath('emails', p), 'latin1'));

  it('chatwoot support reply: gmail_quote and gmail_signature removed', () => {
    const mail = read('chatwoot/mail_with_quote.eml');
    expect(extractFromHtml(mail.html ?? '').text).toBe('Yes, I am providing you step how to reproduce this issue');
    expect(stripQuotedText(mail.plain ?? '')).toBe('Yes, I am providing you step how to reproduce this issue');
  });

  it('a real multipart mail with attachments yields its short text', () => {
    const mail = read('mailparser/nodemailer.eml');
    expect(extractFromHtml(mail.html ?? '').text).toMatch(/^Hello to myself/);
  });

  it('a long calendar invitation (layout tables) still gives readable text within the cap', () => {
    const mail = read('postal-mime/calendar-event.eml');
    const { text, truncated } = extractFromHtml(mail.html ?? '');
    expect(truncated).toBe(false);
    expect(text).toMatch(/Google Meet/);
    expect(text).not.toMatch(/<[a-z]/i);
  });
});
