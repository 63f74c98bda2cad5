/**
 * The signed-in address. Gmail shows it in the tab title ("Inbox (3) - dana@x.com - Gmail") and in
 * the account switcher's label; both follow the account of /mail/u/N/, so several signed-in
 * accounts are told apart without reading any other.
 */
import { findFirst } from '../shared/selector-entry';
import { firstAddress, type UserAddress } from '../shared/user-address';
import { GMAIL_SELECTORS as S } from './selectors';

export function readGmailUser(doc: Document): UserAddress | null {
  // The title's address is the account's, in every UI language.
  const fromTitle = firstAddress([/ - ([^\s]+@[^\s]+) - /u.exec(doc.title)?.[1]]);
  if (fromTitle) return { address: fromTitle, source: 'title' };
  const button = findFirst(doc, S.accountButton);
  if (!button) return null;
  const address = firstAddress([button.element.getAttribute('data-email'), button.element.getAttribute('aria-label')]);
  return address ? { address, source: button.css } : null;
}
