/**
 * Whether a message is flagged. Every flag in the product (sidebar, list chips, badge) goes through
 * here, so a sensitivity change or a watched client moves them all together.
 */
import { domainOf, isFreeMailDomain, normaliseAddress } from '../cases/client-key';
import type { Settings } from '../settings/schema';
// From score.ts, not the tone index: the content script must not pull in the analyser itself.
import { isFlagged } from '../tone/score';

export interface FlagDecision {
  flagged: boolean;
  /** The sender is ignored: a colleague, a newsletter, or the user. */
  ignored: boolean;
  threshold: number;
}

/** Entries are full addresses or domains ("newsletter@x.com", "x.com", "@x.com"). */
function matches(address: string, entries: readonly string[]): boolean {
  const domain = domainOf(address);
  return entries.some((raw) => {
    const entry = normaliseAddress(raw).replace(/^@/, '');
    if (!entry) return false;
    return entry.includes('@') ? entry === address : entry === domain || domain.endsWith(`.${entry}`);
  });
}

/** The user's own domain is ignored by default (colleagues), or only their address on free mail. */
function isOwn(address: string, userAddress: string | null): boolean {
  if (!userAddress) return false;
  const user = normaliseAddress(userAddress);
  if (address === user) return true;
  const userDomain = domainOf(user);
  return Boolean(userDomain) && !isFreeMailDomain(userDomain) && domainOf(address) === userDomain;
}

export function flagDecision(
  score: number | null,
  senderAddress: string,
  userAddress: string | null,
  settings: Pick<Settings, 'flagThreshold' | 'watchedThreshold' | 'watchedDomains' | 'ignoredSenders'>,
): FlagDecision {
  const address = normaliseAddress(senderAddress);
  const ignored = isOwn(address, userAddress) || matches(address, settings.ignoredSenders);
  const threshold = matches(address, settings.watchedDomains) ? settings.watchedThreshold : settings.flagThreshold;
  return { flagged: !ignored && isFlagged(score, threshold), ignored, threshold };
}
