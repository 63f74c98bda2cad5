/** Reading the open Gmail conversation. Throws SelectorMissError for a missing required part. */
import { parseMailbox, type Mailbox } from '../../extract';
import { SelectorMissError } from '../shared/errors';
import { findAll, findFirst } from '../shared/selector-entry';
import { parseShownDate } from '../shared/shown-date';
import { shownText } from '../shared/shown-text';
import { assembleThread, readBody } from '../shared/thread-assembly';
import type { OpenThread, ThreadMessage } from '../types';
import { timeFromGmailId } from './message-time';
import { GMAIL_SELECTORS as S } from './selectors';

function personFrom(el: Element): Mailbox {
  const address = (el.getAttribute('email') ?? '').toLowerCase();
  if (address) return { name: el.getAttribute('name') || shownText(el) || address, address };
  return parseMailbox(shownText(el));
}

/** Ids look like "#msg-f:1849…" on the element; the leading # is Gmail's, not part of the id. */
const cleanId = (id: string | null) => (id ?? '').replace(/^#/, '');

export function gmailThreadId(root: ParentNode): string | null {
  const heading = findFirst(root, S.subject)?.element;
  const id = heading?.getAttribute('data-legacy-thread-id') || cleanId(heading?.getAttribute('data-thread-perm-id') ?? null);
  return id || null;
}

function readMessage(el: Element, subject: string, index: number): Omit<ThreadMessage, 'byUser'> {
  const senderEl = findFirst(el, S.sender)?.element;
  if (!senderEl) throw new SelectorMissError('sender', `message ${index + 1}`);
  const collapsed = S.collapsedMessage.fallbacks.some((f) => el.matches(f.css));
  const bodyEl = collapsed ? null : (findFirst(el, S.body)?.element ?? null);
  // An expanded message without a body element means the layout changed, not that the mail is empty.
  if (!collapsed && !bodyEl) throw new SelectorMissError('body', `message ${index + 1}`);
  const attachments = findAll(el, S.attachment).map((a) => shownText(a)).filter(Boolean);
  const snippet = collapsed ? shownText(findFirst(el, S.snippet)?.element) : '';
  const body = readBody(bodyEl, subject, attachments, snippet);
  const clippedNotice = findFirst(el, S.clipped) !== null;
  const dateEl = findFirst(el, S.date)?.element;
  const dateText = dateEl?.getAttribute('title') ?? shownText(dateEl);
  const id = cleanId(el.getAttribute('data-message-id')) || el.getAttribute('data-legacy-message-id') || `index-${index}`;
  return {
    id,
    from: personFrom(senderEl),
    recipients: findAll(el, S.recipients).map(personFrom),
    subject,
    sentAt: parseShownDate(dateText) ?? timeFromGmailId(el.getAttribute('data-legacy-message-id') ?? id),
    dateText,
    text: body.text,
    state: clippedNotice && body.state === 'ok' ? 'clipped' : body.state,
    attachments,
    forwarded: body.forwarded,
  };
}

export function readGmailThread(doc: Document, userAddress: string | null): OpenThread {
  const main = findFirst(doc, S.main)?.element;
  if (!main) throw new SelectorMissError('main');
  if (!findFirst(doc, S.threadView)) throw new SelectorMissError('thread');
  const subjectEl = findFirst(main, S.subject)?.element;
  if (!subjectEl) throw new SelectorMissError('subject');
  const threadId = gmailThreadId(main);
  if (!threadId) throw new SelectorMissError('thread', 'no thread id');
  const subject = shownText(subjectEl);
  const elements = findAll(main, S.message);
  if (elements.length === 0) throw new SelectorMissError('message');
  const messages = elements.map((el, i) => readMessage(el, subject, i));
  return assembleThread('gmail', threadId, subject, messages, userAddress);
}
