/** Forwarded mail: the part worth analysing is the forwarded message, attributed to its original sender. */
import { stripQuotedText, tidyParagraphs } from './plain-quotes';
import { DATE_LINE_RE, FORWARD_MARKER_RE, FROM_LINE_RE, SUBJECT_LINE_RE, TO_LINE_RE } from './patterns';

export interface Mailbox {
  name: string;
  /** Lower-case; empty when the header names no address. */
  address: string;
}

export interface ForwardedPart {
  from: Mailbox;
  subject: string;
  dateText: string;
  /** The forwarded message with its own quoted history removed. */
  text: string;
  /** What the forwarder wrote above it ("FYI, see below"). */
  note: string;
}

const ADDRESS_RE = /[\w.+'-]+@[\w-]+(?:\.[\w-]+)+/u;

/** "Maria Keller <maria@acme.com>", "maria@acme.com", "Keller, Maria [mailto:maria@acme.com]". */
export function parseMailbox(value: string): Mailbox {
  const address = (ADDRESS_RE.exec(value)?.[0] ?? '').toLowerCase();
  const name = value
    .replace(/\[mailto:[^\]]*\]/giu, '')
    .replace(/<[^>]*>/gu, '')
    .replace(ADDRESS_RE, '')
    .replace(/["'()]/gu, '')
    .trim();
  return { name: name || address, address };
}

const afterLabel = (line: string) => line.slice(line.indexOf(':') + 1).trim();

/** Lines quoted as a whole (Apple Mail forwards inside a cite blockquote) lose one level of "> ". */
function unquoteWholly(lines: string[]): string[] {
  const content = lines.filter((l) => l.trim() !== '');
  if (content.length === 0 || !content.every((l) => /^\s*>/.test(l))) return lines;
  return lines.map((l) => l.replace(/^\s*> ?/, ''));
}

/** Split text at the first forward marker; null when the text is not a forward. */
export function splitForwarded(text: string): ForwardedPart | null {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const marker = lines.findIndex((l) => FORWARD_MARKER_RE.test(l.replace(/^\s*>\s?/, '')));
  if (marker < 0) return null;
  let rest = lines.slice(marker + 1);
  let from: Mailbox = { name: '', address: '' };
  let subject = '';
  let dateText = '';
  let i = 0;
  while (i < rest.length && rest[i].trim() === '') i++;
  for (; i < rest.length; i++) {
    const line = rest[i];
    if (FROM_LINE_RE.test(line)) from = parseMailbox(afterLabel(line));
    else if (SUBJECT_LINE_RE.test(line)) subject = afterLabel(line);
    else if (DATE_LINE_RE.test(line)) dateText = afterLabel(line);
    else if (!TO_LINE_RE.test(line)) break;
  }
  rest = unquoteWholly(rest.slice(i));
  return {
    from,
    subject,
    dateText,
    text: stripQuotedText(rest.join('\n')),
    note: stripQuotedText(tidyParagraphs(lines.slice(0, marker).join('\n'))),
  };
}
