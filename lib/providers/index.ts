/** Picks the adapter for the page the content script runs in. */
import { createGmailProvider } from './gmail/gmail-provider';
import { OUTLOOK_MATCHES } from './hosts';
import { createOutlookProvider } from './outlook/outlook-provider';
import type { MailProvider, MailProviderId } from './types';

export type * from './types';
export { SelectorMissError, layoutChangedMessage } from './shared/errors';

const hostOf = (pattern: string) => new URL(pattern.replace('/*', '/')).hostname;
const OUTLOOK_HOSTS = new Set(OUTLOOK_MATCHES.map(hostOf));

export interface ProviderOptions {
  /** Extra Outlook hosts (on-premises OWA the user granted, from settings.extraOutlookOrigins). */
  extraOutlookHosts?: readonly string[];
}

/** The one map from site to adapter; the sidebar app is started with its site already known. */
export function providerFor(site: MailProviderId, win: Window & typeof globalThis): MailProvider {
  return site === 'gmail' ? createGmailProvider(win) : createOutlookProvider(win);
}

/** `doc` must belong to a window (the content script's page); returns null on other sites. */
export function providerForLocation(location: Location | URL, doc: Document, options: ProviderOptions = {}): MailProvider | null {
  const win = doc.defaultView as (Window & typeof globalThis) | null;
  if (!win) return null;
  if (location.hostname === 'mail.google.com') return providerFor('gmail', win);
  if (OUTLOOK_HOSTS.has(location.hostname) || options.extraOutlookHosts?.includes(location.hostname)) return providerFor('outlook', win);
  return null;
}
