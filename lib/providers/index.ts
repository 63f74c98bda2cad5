/** Picks the adapter for the page the content script runs in. */
import { createGmailProvider } from './gmail/gmail-provider';
import type { MailProvider } from './types';

export type * from './types';
export { SelectorMissError, layoutChangedMessage } from './shared/errors';


/** `doc` must belong to a window (the content script's page); returns null on other sites. */
export function providerForLocation(location: Location | URL, doc: Document): MailProvider | null {
  const win = doc.defaultView as (Window & typeof globalThis) | null;
  if (!win) return null;
  if (location.hostname === 'mail.google.com') return createGmailProvider(win);
  return null;
}
