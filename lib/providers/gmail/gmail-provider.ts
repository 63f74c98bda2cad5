/** Gmail adapter: mail.google.com, hash-routed. */
import { createProvider } from '../shared/create-provider';
import { press } from '../shared/press';
import { probePart, valuePart } from '../shared/health';
import { findFirst } from '../shared/selector-entry';
import type { MailProvider, MailView, MountPoint, PartHealth } from '../types';
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

  const healthParts = (current: MailView): PartHealth[] => {
    const user = readGmailUser(doc);
    const parts: PartHealth[] = [probePart(doc, 'main', S.main), valuePart('user', user?.address, user?.source ?? null)];
    if (current === 'thread') {
      const root = main() ?? doc;
      parts.push(
        probePart(root, 'subject', S.subject),
        probePart(root, 'message', S.message),
        probePart(root, 'sender', S.sender),
        probePart(root, 'body', S.body),
      );
    }
    if (current === 'list') parts.push(probePart(doc, 'list', S.listContainer), probePart(doc, 'row', S.listRow));
    return parts;
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
    userAddress: () => readGmailUser(doc)?.address ?? null,
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
    healthParts,
  });
}
