/**
 * Which of our scripts a loaded tab gets. The content scripts are not declared in the manifest: Chrome
 * injects a declared script before the load event of a page that loads quickly, and starting one
 * (mostly creating its isolated world) made the saved Gmail page load 1.2–1.3× slower (README, Speed).
 * The worker injects them once the tab has finished loading instead (entrypoints/background/inject.ts).
 */
import { MatchPattern } from 'wxt/utils/match-patterns';
import { SIDEBAR_APP_PATH } from '../content/load-app';
import { GMAIL_MATCHES, OUTLOOK_MATCHES } from '../providers/hosts';

export const CONTENT_SCRIPT = { gmail: '/content-scripts/gmail.js', outlook: '/content-scripts/outlook.js' } as const;

export type InjectedFile = (typeof CONTENT_SCRIPT)[keyof typeof CONTENT_SCRIPT] | typeof SIDEBAR_APP_PATH;

// Built once: the worker asks on every mail tab that finishes loading.
const GMAIL = GMAIL_MATCHES.map((p) => new MatchPattern(p));
const OUTLOOK = OUTLOOK_MATCHES.map((p) => new MatchPattern(p));
const matchesAny = (url: string, patterns: readonly MatchPattern[]) => patterns.some((p) => p.includes(url));

/** The files to inject, in order, into a tab showing `url`; null when it is not a mail page of ours. */
export function scriptsForTab(url: string, extraOutlookOrigins: readonly string[]): InjectedFile[] | null {
  let origin: string;
  try {
    origin = new URL(url).origin;
  } catch {
    return null;
  }
  if (matchesAny(url, GMAIL)) return [CONTENT_SCRIPT.gmail];
  if (matchesAny(url, OUTLOOK)) return [CONTENT_SCRIPT.outlook];
  // Stored as origins (lib/settings/outlook-servers.ts), ports included, which match patterns here cannot hold.
  // Other servers cannot import the sidebar app as a web-accessible resource: it goes in first, as a script.
  if (origin.startsWith('https://') && extraOutlookOrigins.includes(origin)) return [SIDEBAR_APP_PATH, CONTENT_SCRIPT.outlook];
  return null;
}
