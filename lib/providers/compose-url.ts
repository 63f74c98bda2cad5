/**
 * A link that opens each site's own compose window, pre-filled: how the escalation hand-off reaches
 * a colleague without us sending anything. These are the sites' documented deep links.
 */
import type { MailProviderId } from './types';

export interface ComposeFields {
  to: string;
  subject?: string;
  body: string;
}

export function composeUrlFor(site: MailProviderId, location: Pick<Location, 'origin' | 'pathname'>, draft: ComposeFields): string {
  if (site === 'gmail') {
    // Keep the account the user is in (/mail/u/1/ for a second account).
    const account = /\/mail\/u\/(\d+)\//.exec(location.pathname)?.[1] ?? '0';
    const params = new URLSearchParams({ view: 'cm', fs: '1', to: draft.to, su: draft.subject ?? '', body: draft.body });
    return `${location.origin}/mail/u/${account}/?${params}`;
  }
  const params = new URLSearchParams({ to: draft.to, subject: draft.subject ?? '', body: draft.body });
  return `${location.origin}/mail/deeplink/compose?${params}`;
}

/**
 * The same fields as a mailto: link, for pages outside the mail site (the dashboard): it opens the
 * user's own mail app. Null when `to` holds no address ("Head of Delivery" alone). Spaces are %20,
 * not the "+" of a query string, which mail apps would show as it is.
 */
export function mailtoUrl(draft: ComposeFields): string | null {
  const address = /<([^<>\s]+@[^<>\s]+)>/.exec(draft.to)?.[1] ?? /^[^\s<>@]+@[^\s<>@]+$/.exec(draft.to.trim())?.[0];
  if (!address) return null;
  const query = [`subject=${encodeURIComponent(draft.subject ?? '')}`, `body=${encodeURIComponent(draft.body)}`].join('&');
  return `mailto:${encodeURIComponent(address).replace('%40', '@')}?${query}`;
}
