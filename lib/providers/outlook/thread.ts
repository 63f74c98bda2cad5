/** Reading the open Outlook on the web conversation. Throws SelectorMissError for a missing required part. */
import { parseMailbox, type Mailbox } from '../../extract';
import { SelectorMissError } from '../shared/errors';
import { findAll, findFirst } from '../shared/selector-entry';
import { parseShownDate } from '../shared/shown-date';
import { shownText } from '../shared/shown-text';
import { assembleThread, readBody } from '../shared/thread-assembly';
import type { OpenThread, ThreadMessage } from '../types';
import { OUTLOOK_SELECTORS as S } from './selectors';

/** "To: Dana Lee <dana@x>; Support <support@x>" → mailboxes (the label word is dropped in any language). */
function parseRecipientWell(value: string): Mailbox[] {
  return value
    .replace(/^[^:<@]*:\s*/u, '')
    .split(/[;,](?![^<]*>)/u)
    .map((part) => parseMailbox(part))
    .filter((m) => m.address || m.name);
}

/**
 * OWA item ids are not in the reading pane; a message is keyed by its thread, sender and shown time
 * instead, plus a counter for the rare messages that share both.
 */
function messageKey(threadId: string, from: Mailbox, dateText: string, seen: Map<string, number>): string {
  let hash = 0x811c9dc5;
  for (const ch of `${from.address}|${dateText}`) hash = Math.imul(hash ^ ch.charCodeAt(0), 0x01000193) >>> 0;
  const base = `${threadId}:${hash.toString(16)}`;
  const n = seen.get(base) ?? 0;
  seen.set(base, n + 1);
  return n === 0 ? base : `${base}-${n}`;
}

function readMessage(el: Element, threadId: string, subject: string, index: number, seen: Map<string, number>): Omit<ThreadMessage, 'byUser'> {
  const senderEl = findFirst(el, S.sender)?.element;
  if (!senderEl) throw new SelectorMissError('sender', `message ${index + 1}`);
  const from = parseMailbox(shownText(senderEl));
  const bodyEl = findFirst(el, S.body)?.element ?? null;
  const snippetEl = findFirst(el, S.snippet)?.element;
  // No body and no preview line: not a collapsed message but a layout we do not know.
  if (!bodyEl && !snippetEl) throw new SelectorMissError('body', `message ${index + 1}`);
  const attachments = findAll(el, S.attachment).map((a) => a.getAttribute('title') ?? shownText(a)).filter(Boolean);
  const body = readBody(bodyEl, subject, attachments, shownText(snippetEl));
  const dateEl = findFirst(el, S.date)?.element;
  const dateText = dateEl?.getAttribute('title') ?? dateEl?.getAttribute('datetime') ?? shownText(dateEl);
  return {
    id: messageKey(threadId, from, dateText, seen),
    from,
    recipients: findAll(el, S.recipients).flatMap((r) => parseRecipientWell(shownText(r))),
    subject,
    sentAt: parseShownDate(dateEl?.getAttribute('datetime') ?? dateText),
    dateText,
    text: body.text,
    state: body.state,
    attachments,
    forwarded: body.forwarded,
  };
}

/** The open conversation's id: the selected row's conversation id, else the /id/<id> of the URL. */
export function outlookThreadId(doc: Document, location: Location): string | null {
  const selected = findFirst(doc, S.selectedRow)?.element.getAttribute('data-convid');
  if (selected) return selected;
  const fromUrl = /\/id\/([^/?#]+)/.exec(location.pathname)?.[1];
  return fromUrl ? decodeURIComponent(fromUrl) : null;
}

export function readOutlookThread(doc: Document, location: Location, userAddress: string | null): OpenThread {
  const pane = findFirst(doc, S.readingPane)?.element;
  if (!pane) throw new SelectorMissError('thread');
  const subjectEl = findFirst(pane, S.subject)?.element;
  if (!subjectEl) throw new SelectorMissError('subject');
  const threadId = outlookThreadId(doc, location);
  if (!threadId) throw new SelectorMissError('thread', 'no conversation id');
  const subject = subjectEl.getAttribute('title') || shownText(subjectEl);
  const elements = findAll(pane, S.message);
  if (elements.length === 0) throw new SelectorMissError('message');
  const seen = new Map<string, number>();
  const messages = elements.map((el, i) => readMessage(el, threadId, subject, i, seen));
  // OWA expands the newest message and collapses older ones: an expanded top above collapsed rest means newest first.
  const newestOnTop = messages.length > 1 && messages[0].state !== 'collapsed' && messages[messages.length - 1].state === 'collapsed';
  return assembleThread('outlook', threadId, subject, messages, userAddress, newestOnTop ? 'newest-first' : 'oldest-first');
}
