/**
 * What each saved page contains, per provider: facts about the fixture pages (who wrote what,
 * which ids they carry), plus the few site-specific moves a test needs (navigate, open a reply).
 */
import type { JSDOM } from 'jsdom';
import { GMAIL_SELECTORS } from '../../lib/providers/gmail/selectors';
import { OUTLOOK_SELECTORS } from '../../lib/providers/outlook/selectors';
import type { SelectorEntry } from '../../lib/providers/shared/selector-entry';

export interface PageRef {
  file: string;
  url: string;
}

export interface ProviderSpec {
  id: 'gmail' | 'outlook';
  label: string;
  pages: { thread: PageRef; calm: PageRef; broken: PageRef; list: PageRef; reply: PageRef };
  user: string;
  thread: {
    id: string;
    subject: RegExp;
    messageCount: number;
    client: string;
    /** Sentences the analysed text must contain, and text it must not (quote, signature). */
    mustContain: RegExp[];
    mustNotContain: RegExp[];
    userReplies: number;
  };
  calm: { client: string; mustContain: RegExp; mustNotContain: RegExp[] };
  list: { rows: number; caseThreadId: string; unreadCount: number; client: string };
  reply: { draft: RegExp };
  /** The thread the fixture script shows after navigation. */
  next: { threadId: string; client: string };
  /** How the page orders a conversation (OWA shows newest on top by default). */
  order: 'oldest-first' | 'newest-first';
  /** Trigger the site's own route change in a page loaded with scripts. */
  navigate(dom: JSDOM): void;
  /** Selectors a test needs to reshape a page (long thread, forward, clipped). */
  message: SelectorEntry;
  body: SelectorEntry;
  sender: SelectorEntry;
  replyControl: SelectorEntry;
  /** Set the sender of a message element to someone else, as the site would show them. */
  setSender(messageEl: Element, name: string, address: string): void;
  /** Build the reply box the site shows after the reply control is pressed. */
  buildReplyBox(doc: Document): Element;
  /** Mark a message as clipped the way the site does, when the site clips at all. */
  clip?(messageEl: Element): void;
}

export const GMAIL: ProviderSpec = {
  id: 'gmail',
  label: 'Gmail',
  pages: {
    thread: { file: 'gmail-2025-thread.html', url: 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQcpKXhGbmsLwNfJpqkTzLvBcmR' },
    calm: { file: 'gmail-2025-thread-calm.html', url: 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQcpKXjBrQnWmZvHsLtDfGkPcRx' },
    broken: { file: 'gmail-2025-thread-broken.html', url: 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQcpKXmNbVcXzLkJhGfDsApQwEr' },
    list: { file: 'gmail-2025-list.html', url: 'https://mail.google.com/mail/u/0/#inbox' },
    reply: { file: 'gmail-2025-compose-reply.html', url: 'https://mail.google.com/mail/u/1/#inbox/FMfcgzQcpKXkVbWqTzRtLmNpHsDcBgFa' },
  },
  user: 'dana@northwind.studio',
  thread: {
    id: '19a97b394c0a5cd6',
    subject: /^Third outage this month/,
    messageCount: 3,
    client: 'maria.keller@acme-corp.com',
    mustContain: [/This is the third outage this month\./, /invoice 4471/, /looking at other vendors/],
    mustNotContain: [/wrote:/, /batch worker/, /Head of Operations/, /^>/m],
    userReplies: 1,
  },
  calm: { client: 'jonas@fjordline.no', mustContain: /Thanks for the draft plan/, mustNotContain: [/Fjordline AS/, /wrote:/] },
  list: { rows: 10, caseThreadId: '19a97b394c0a5cd6', unreadCount: 4, client: 'maria.keller@acme-corp.com' },
  reply: { draft: /^Hi Rui,/ },
  next: { threadId: '19abf51cb003031d', client: 'tom@brightline.io' },
  order: 'oldest-first',
  navigate(dom) {
    dom.window.location.hash = '#inbox/FMfcgzQcpKXnTbRwYvLsKdJhGpZmQcXf';
  },
  message: GMAIL_SELECTORS.message,
  body: GMAIL_SELECTORS.body,
  sender: GMAIL_SELECTORS.sender,
  replyControl: GMAIL_SELECTORS.replyControl,
  setSender(messageEl, name, address) {
    const el = messageEl.querySelector('span[email]');
    el?.setAttribute('email', address);
    el?.setAttribute('name', name);
    if (el) el.textContent = name;
  },
  buildReplyBox(doc) {
    const box = doc.createElement('div');
    box.className = 'M9';
    const editor = doc.createElement('div');
    editor.setAttribute('g_editable', 'true');
    editor.setAttribute('contenteditable', 'true');
    editor.setAttribute('role', 'textbox');
    editor.append(doc.createElement('br'));
    box.append(editor);
    return box;
  },
  clip(messageEl) {
    const notice = messageEl.ownerDocument.createElement('div');
    notice.className = 'iX';
    const link = messageEl.ownerDocument.createElement('a');
    link.setAttribute('href', '?ui=2&view=lg&permmsgid=msg-f:1');
    link.textContent = 'View entire message';
    notice.append('[Message clipped]  ', link);
    messageEl.querySelector('.a3s')?.append(notice);
  },
};

const OWA = 'https://outlook.office.com/mail/inbox/id/';
const CONV = {
  angry: 'AAQkADQ5ZTgwYjI1LTc1NDAtNGY2ZC1iMWM0LTJkNTcwMWUyOWZhOQAQAKx8Qw1mVUtFn3u2bzZ2WmE=',
  calm: 'AAQkADQ5ZTgwYjI1LTc1NDAtNGY2ZC1iMWM0LTJkNTcwMWUyOWZhOQAQAFt3rD0pQ0hKnJm1c8u4RcA=',
  next: 'AAQkADQ5ZTgwYjI1LTc1NDAtNGY2ZC1iMWM0LTJkNTcwMWUyOWZhOQAQAJ9w2kTzXkZCkq1qf3yVvZk=',
  broken: 'AAQkADQ5ZTgwYjI1LTc1NDAtNGY2ZC1iMWM0LTJkNTcwMWUyOWZhOQAQAGq8sL2mWUJEr0bT4nYc1xE=',
  reply: 'AAQkADQ5ZTgwYjI1LTc1NDAtNGY2ZC1iMWM0LTJkNTcwMWUyOWZhOQAQAD4kPz7aRk5MtG8w1yQxHbs=',
};
const owaUrl = (id: string) => OWA + encodeURIComponent(id);

export const OUTLOOK: ProviderSpec = {
  id: 'outlook',
  label: 'Outlook',
  pages: {
    thread: { file: 'outlook-2025-thread.html', url: owaUrl(CONV.angry) },
    calm: { file: 'outlook-2025-thread-calm.html', url: owaUrl(CONV.calm) },
    broken: { file: 'outlook-2025-thread-broken.html', url: owaUrl(CONV.broken) },
    list: { file: 'outlook-2025-list.html', url: 'https://outlook.office.com/mail/inbox' },
    reply: { file: 'outlook-2025-compose-reply.html', url: owaUrl(CONV.reply) },
  },
  user: 'dana@northwind.studio',
  thread: {
    id: CONV.angry,
    subject: /^Third outage this month/,
    messageCount: 3,
    client: 'maria.keller@acme-corp.com',
    mustContain: [/This is the third outage this month\./, /invoice 4471/, /looking at other vendors/],
    mustNotContain: [/From:/, /Sent:/, /batch worker/, /Head of Operations/, /^>/m],
    userReplies: 1,
  },
  calm: { client: 'jonas@fjordline.no', mustContain: /Thanks for the draft plan/, mustNotContain: [/Fjordline AS/, /From:/] },
  list: { rows: 10, caseThreadId: CONV.angry, unreadCount: 4, client: 'maria.keller@acme-corp.com' },
  reply: { draft: /^Hi Rui,/ },
  next: { threadId: CONV.next, client: 'tom@brightline.io' },
  order: 'newest-first',
  navigate(dom) {
    dom.window.history.pushState({}, '', owaUrl(CONV.next));
    dom.window.postMessage({ type: 'fixture-nav', to: 'calm' }, '*');
  },
  message: OUTLOOK_SELECTORS.message,
  body: OUTLOOK_SELECTORS.body,
  sender: OUTLOOK_SELECTORS.sender,
  replyControl: OUTLOOK_SELECTORS.replyControl,
  setSender(messageEl, name, address) {
    const label = messageEl.querySelector('[aria-label^="From:"]');
    label?.setAttribute('aria-label', `From: ${name}`);
    const text = messageEl.querySelector('.OZZZK');
    if (text) text.textContent = `${name}<${address}>`;
  },
  buildReplyBox(doc) {
    const editor = doc.createElement('div');
    editor.setAttribute('role', 'textbox');
    editor.setAttribute('contenteditable', 'true');
    editor.setAttribute('aria-multiline', 'true');
    editor.append(doc.createElement('br'));
    return editor;
  },
};
