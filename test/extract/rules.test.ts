// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { extractFromElement, extractFromHtml, extractFromPlain, MAX_HTML_CHARS, stripQuotedText } from '../../lib/extract';

describe('stripQuotedText: attribution lines in many languages', () => {
  const cases: [string, string][] = [
    ['en', 'On Tue, Nov 25, 2025 at 9:14 AM Dana Lee <dana@northwind.studio> wrote:'],
    ['fr', 'Le mar. 25 nov. 2025 à 09:14, Dana Lee <dana@northwind.studio> a écrit :'],
    ['de', 'Am Di., 25. Nov. 2025 um 09:14 Uhr schrieb Dana Lee <dana@northwind.studio>:'],
    ['es', 'El mar, 25 nov 2025 a las 9:14, Dana Lee (<dana@northwind.studio>) escribió:'],
    ['it', 'Il giorno mar 25 nov 2025 alle ore 09:14 Dana Lee <dana@northwind.studio> ha scritto:'],
    ['nl', 'Op di 25 nov 2025 om 09:14 schreef Dana Lee <dana@northwind.studio>:'],
    ['pt', 'Em ter., 25 de nov. de 2025 às 09:14, Dana Lee <dana@northwind.studio> escreveu:'],
    ['sv', 'Den tis 25 nov. 2025 kl 09:14 skrev Dana Lee <dana@northwind.studio>:'],
    ['pl', 'W dniu 25.11.2025 o 09:14, Dana Lee <dana@northwind.studio> napisał:'],
    ['ru', '25 нояб. 2025 г., в 09:14, Dana Lee <dana@northwind.studio> написал:'],
  ];
  it.each(cases)('%s', (_lang, attribution) => {
    const text = `Das ist nicht akzeptabel.\nBitte rufen Sie mich an.\n\n${attribution}\n\n> Hallo, wie geht's?\n> Dana`;
    expect(stripQuotedText(text)).toBe('Das ist nicht akzeptabel.\nBitte rufen Sie mich an.');
  });

  it('keeps a bottom-posted reply under the quote', () => {
    expect(stripQuotedText('On 04/02/2012 06:26 PM, Megan wrote:\n> Hi\nStill broken.')).toBe('Still broken.');
  });

  it('cuts at an Outlook header block in German', () => {
    const text = 'Bitte um Rückruf.\n\n________________________________\nVon: Dana Lee <dana@northwind.studio>\nGesendet: Dienstag, 25. November 2025 09:14\nAn: Max <max@kunde.de>\nBetreff: Status\n\nHallo Max';
    expect(stripQuotedText(text)).toBe('Bitte um Rückruf.');
  });

  it('drops the "-- " signature but keeps text that merely contains dashes', () => {
    expect(stripQuotedText('Fix it -- today.\n\n-- \nMaria Keller\nHead of Ops')).toBe('Fix it -- today.');
  });

  it('keeps paragraphs', () => {
    expect(stripQuotedText('One.\r\n\r\n\r\n\r\nTwo.\r\nThree.')).toBe('One.\n\nTwo.\nThree.');
  });
});

describe('HTML extraction', () => {
  it('removes Gmail quote, attribution and signature, keeps paragraphs', () => {
    const html =
      '<div dir="ltr"><div>This is the third outage this month.</div><div><br></div><div>Call me today.</div>' +
      '<br><div class="gmail_signature" data-smartmail="gmail_signature">Maria Keller<br>Acme Corp</div></div>' +
      '<div class="gmail_quote"><div dir="ltr" class="gmail_attr">On Mon, Nov 24, 2025 Dana wrote:<br></div>' +
      '<blockquote class="gmail_quote">We are on it.</blockquote></div>';
    expect(extractFromHtml(html).text).toBe('This is the third outage this month.\n\nCall me today.');
  });

  it('cuts an Outlook on the web reply at appendonsend / divRplyFwdMsg (x_ ids in received mail)', () => {
    const html =
      '<div class="x_elementToProof">Where is the fix you promised?</div><div id="x_appendonsend"></div><hr>' +
      '<div id="x_divRplyFwdMsg"><b>From:</b> Dana<br><b>Sent:</b> Monday<br><b>To:</b> Max</div><div>Old text</div>';
    expect(extractFromHtml(html).text).toBe('Where is the fix you promised?');
  });

  it('analyses a Gmail forward on its forwarded part and names the original sender', () => {
    const html =
      '<div dir="ltr">FYI, Acme is not happy.<br><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">' +
      '---------- Forwarded message ---------<br>From: <strong class="gmail_sendername">Maria Keller</strong> ' +
      '<span>&lt;<a href="mailto:maria@acme-corp.com">maria@acme-corp.com</a>&gt;</span><br>Date: Tue, Nov 25, 2025 at 9:14 AM<br>' +
      'Subject: Outage again<br>To: Sam &lt;sam@northwind.studio&gt;<br></div><br><br>' +
      '<div dir="ltr">This is unacceptable. We are considering other vendors.</div>' +
      '<div class="gmail_quote"><div class="gmail_attr">On Mon, Dana wrote:</div><blockquote class="gmail_quote">We are on it</blockquote></div></div></div>';
    const body = extractFromHtml(html);
    expect(body.text).toBe('This is unacceptable. We are considering other vendors.');
    expect(body.forwarded?.from).toEqual({ name: 'Maria Keller', address: 'maria@acme-corp.com' });
    expect(body.forwarded?.subject).toBe('Outage again');
    expect(body.forwarded?.note).toBe('FYI, Acme is not happy.');
  });

  it('analyses an Outlook forward ("WG:" subject) on the forwarded part', () => {
    const html =
      '<div>Siehe unten.</div><div id="appendonsend"></div><hr><div id="divRplyFwdMsg"><b>Von:</b> Max Braun &lt;max@kunde.de&gt;<br>' +
      '<b>Gesendet:</b> Dienstag, 25. November 2025 09:14<br><b>An:</b> Dana<br><b>Betreff:</b> Rechnung falsch</div>' +
      '<div>Die Rechnung ist schon wieder falsch.</div>';
    const body = extractFromHtml(html, { subject: 'WG: Rechnung falsch' });
    expect(body.text).toBe('Die Rechnung ist schon wieder falsch.');
    expect(body.forwarded?.from.address).toBe('max@kunde.de');
  });

  it('plain-text forward (Apple Mail "Begin forwarded message:")', () => {
    const body = extractFromPlain('See below\n\nBegin forwarded message:\n\nFrom: Maria <maria@acme-corp.com>\nSubject: Down again\nDate: 25 Nov 2025\nTo: Sam <sam@x.io>\n\n> We are down again.\n');
    expect(body.forwarded?.from.address).toBe('maria@acme-corp.com');
    expect(body.text).toBe('We are down again.');
  });

  it('flags a clipped Gmail message and removes the notice', () => {
    const body = extractFromHtml('<div>Start of a long message</div><div>[Message clipped]&nbsp; View entire message</div>');
    expect(body.clipped).toBe(true);
    expect(body.text).not.toMatch(/clipped/);
  });

  it('empty and attachment-only bodies give empty text, not an error', () => {
    expect(extractFromHtml('').text).toBe('');
    expect(extractFromHtml('<div><img src="cid:x" alt="scan.pdf"></div>').text).toBe('');
  });

  it('caps huge input and says so', () => {
    const big = `<div>${'Angry words. '.repeat(Math.ceil(MAX_HTML_CHARS / 12) + 10)}</div>`;
    const body = extractFromHtml(big);
    expect(body.truncated).toBe(true);
    expect(body.text.length).toBeLessThanOrEqual(MAX_HTML_CHARS);
  });

  it('where Trusted Types refuse DOMParser strings, copies the nodes into an inert document instead', () => {
    class RefusingParser {
      parseFromString(): Document {
        throw new TypeError("Failed to execute 'parseFromString' on 'DOMParser': This document requires 'TrustedHTML' assignment.");
      }
    }
    const host = document.createElement('div');
    const quote = document.createElement('div');
    quote.className = 'gmail_quote';
    quote.textContent = 'On Mon, Dana wrote: old text';
    host.append('We are still waiting.', quote);
    const body = extractFromElement(host, { view: { DOMParser: RefusingParser as unknown as typeof DOMParser } });
    expect(body.text).toBe('We are still waiting.');
    expect(host.childNodes).toHaveLength(2); // the page's element is untouched
  });

  it('reads a live element without changing it or running its handlers', () => {
    const host = document.createElement('div');
    const img = document.createElement('img');
    img.setAttribute('src', 'https://tracker.invalid/pixel.gif');
    img.setAttribute('onerror', 'window.__ran = true');
    host.append('Please call me back.', img);
    document.body.append(host);
    const before = new XMLSerializer().serializeToString(host);
    expect(extractFromElement(host).text).toBe('Please call me back.');
    expect(new XMLSerializer().serializeToString(host)).toBe(before);
    expect((window as unknown as { __ran?: boolean }).__ran).toBeUndefined();
    host.remove();
  });
});

describe('Outlook header blocks in other languages', () => {
  it.each([
    ['fr', '<b>De :</b> Dana Lee<br><b>Envoyé :</b> mardi 25 novembre 2025 09:14<br><b>À :</b> Claire<br><b>Objet :</b> Facture'],
    ['es', '<b>De:</b> Dana Lee<br><b>Enviado:</b> martes, 25 de noviembre de 2025 9:14<br><b>Para:</b> Ana<br><b>Asunto:</b> Factura'],
    ['nl', '<b>Van:</b> Dana Lee<br><b>Verzonden:</b> dinsdag 25 november 2025 09:14<br><b>Aan:</b> Sanne<br><b>Onderwerp:</b> Factuur'],
  ])('%s', (_lang, header) => {
    const html = `<p class="MsoNormal">Ceci n'est pas acceptable.</p><div style="border-top:solid #E1E1E1 1pt"><p class="MsoNormal">${header}</p></div><p>Old message</p>`;
    expect(extractFromHtml(html).text).toBe("Ceci n'est pas acceptable.");
  });
});
