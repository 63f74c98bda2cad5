/** The signed-in address: the primary mailbox's folder-tree root, else the header account card. */
import { findFirst } from '../shared/selector-entry';
import { firstAddress, type UserAddress } from '../shared/user-address';
import { OUTLOOK_SELECTORS as S } from './selectors';

export function readOutlookUser(doc: Document): UserAddress | null {
  for (const entry of [S.userRoot, S.accountManager]) {
    const match = findFirst(doc, entry);
    if (!match) continue;
    const el = match.element;
    const address = firstAddress([el.getAttribute('data-folder-name'), el.getAttribute('title'), el.getAttribute('aria-label'), el.textContent]);
    if (address) return { address, source: match.css };
  }
  return null;
}
