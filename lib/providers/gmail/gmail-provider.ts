/** Gmail adapter: mail.google.com, hash-routed. */
import { createProvider } from '../shared/create-provider';
import { press } from '../shared/press';
import { findFirst } from '../shared/selector-entry';
import type { MailProvider, MailView, MountPoint } from '../types';
import { findGmailRow, readGmailRows } from './list';
import { parseGmailRoute } from './route';
import { GMAIL_SELECTORS as S } from './selectors';
import { gmailThreadId, readGmailThread } from './thread';
import { readGmailUser } from './user';

export function createGmailProvider(win: Window & typeof globalThis): MailProvider {
  const doc = win.document;
  const main = () => findFirst(doc, S.main)?.element ?? null;

  const view = (): MailView => {
    // The DOM wins over the hash: after a hash change Gmail renders the new view a moment later.
    if (findFirst(doc, S.threadView)) return 'thread';
    if (findFirst(doc, S.listContainer)) return 'list';
    const route = parseGmailRoute(win.location);
    return route.view === 'thread' ? 'other' : route.view;
  };

  const mountPoint = (): MountPoint => {
    const panel = findFirst(doc, S.sidePanel)?.element;
    if (panel) return { element: panel, attach: 'before', floating: false };
    const column = main();
    if (column?.parentElement) return { element: column, attach: 'after', floating: false };
    return { element: doc.body, attach: 'append', floating: true };
  };

  return createProvider({
    id: 'gmail',
    label: 'Gmail',
    win,
    view,
    openThreadId: () => {
      const root = main();
      return root && findFirst(doc, S.threadView) ? gmailThreadId(root) : null;
    },
    navigationScope: main,
    threadRoot: () => main() ?? doc,
    health: S,
    user: () => readGmailUser(doc),
    readThread: () => readGmailThread(doc, readGmailUser(doc)?.address ?? null),
    readRows: () => readGmailRows(doc),
    openThread(threadId) {
      const row = findGmailRow(doc, threadId);
      if (!row) return false;
      // Gmail opens a conversation on a pointer click anywhere on its row.
      press(row);
      return true;
    },
    composeElement: () => findFirst<HTMLElement>(doc, S.composeBody)?.element ?? null,
    replyControl: () => findFirst<HTMLElement>(main() ?? doc, S.replyControl)?.element ?? null,
    mountPoint,
  });
}
