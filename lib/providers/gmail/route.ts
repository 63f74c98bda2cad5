/** Gmail's URL: /mail/u/N/ picks the account, the hash picks the view (#inbox, #inbox/<id>, #search/q/<id>). */
import type { MailView } from '../types';

export interface GmailRoute {
  /** The N of /mail/u/N/; 0 when absent. */
  account: number;
  /** What the hash alone says; the DOM has the last word (a thread may still be rendering). */
  view: MailView;
  /** Opaque id from the hash when it names a conversation (Gmail's URL token, not the DOM id). */
  urlThreadToken: string | null;
}

/** Conversation tokens are long base-62 strings (FMfcgz…) or 16-hex legacy ids. */
const TOKEN_RE = /^[A-Za-z0-9_-]{16,}$/;

export function parseGmailRoute(location: Location | URL): GmailRoute {
  const account = Number(/\/mail\/u\/(\d+)/.exec(location.pathname)?.[1] ?? 0);
  const hash = decodeURIComponent(location.hash.replace(/^#/, ''));
  const [path, query = ''] = hash.split('?');
  const segments = path.split('/').filter(Boolean);
  const last = segments[segments.length - 1] ?? '';
  const urlThreadToken = segments.length >= 2 && TOKEN_RE.test(last) ? last : null;
  let view: MailView = 'list';
  if (urlThreadToken) view = 'thread';
  else if (/(?:^|&)compose=/.test(query) || segments[0] === 'compose') view = 'compose';
  else if (segments[0] === 'settings') view = 'other';
  return { account, view, urlThreadToken };
}
