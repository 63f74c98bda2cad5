/**
 * The signed-in address. Gmail shows it in the tab title ("Inbox (3) - dana@x.com - Gmail") and in
 * the account switcher's label; both follow the account of /mail/u/N/, so several signed-in
 * accounts are told apart without reading any other.
 */
import { findFirst } from '../shared/selector-entry';
import { GMAIL_SELECTORS as S } from './selectors';

const ADDRESS_RE = /[\w.+'-]+@[\w-]+(?:\.[\w-]+)+/u;

export interface UserAddress {
  address: string;
  source: string;
}

export function readGmailUser(doc: Document): UserAddress | null {
  // The title's address is the account's, in every UI language.
  const fromTitle = / - ([^\s]+@[^\s]+) - /u.exec(doc.title)?.[1];
  if (fromTitle && ADDRESS_RE.test(fromTitle)) return { address: fromTitle.toLowerCase(), source: 'title' };
  const button = findFirst(doc, S.accountButton);
  if (button) {
    const text = button.element.getAttribute('data-email') ?? button.element.getAttribute('aria-label') ?? '';
    const address = ADDRESS_RE.exec(text)?.[0];
    if (address) return { address: address.toLowerCase(), source: button.css };
  }
  return null;
}
