/** Outlook on the web adapter: routes by pushState (/mail/inbox/id/<id>), list and reading pane side by side. */
import { createProvider } from '../shared/create-provider';
import { press } from '../shared/press';
import { findAll, findFirst } from '../shared/selector-entry';
import { parseShownDate } from '../shared/shown-date';
import type { MailProvider, MailView, MountPoint } from '../types';
import { findOutlookRow, readOutlookRows } from './list';
import { OUTLOOK_SELECTORS as S } from './selectors';
import { outlookThreadId, readOutlookThread } from './thread';
import { readOutlookUser } from './user';

/** Every message has its own reply button; reply to the newest one that is open (dated, else the first shown). */
function newestExpandedMessage(root: ParentNode): Element | null {
  const expanded = findAll(root, S.message).filter((m) => findFirst(m, S.body) !== null);
  const dated = expanded
    .map((element) => ({ element, at: parseShownDate(findFirst(element, S.date)?.element.getAttribute('title')) }))
    .filter((m): m is { element: Element; at: string } => m.at !== null)
    .sort((a, b) => b.at.localeCompare(a.at));
  return dated[0]?.element ?? expanded[0] ?? null;
}

export function createOutlookProvider(win: Window & typeof globalThis): MailProvider {
  const doc = win.document;
  const pane = () => findFirst(doc, S.readingPane)?.element ?? null;
  const threadOpen = () => {
    const p = pane();
    return !!p && findFirst(p, S.subject) !== null;
  };

  const view = (): MailView => {
    if (threadOpen()) return 'thread';
    if (/\/compose\b/.test(win.location.pathname) || findFirst(doc, S.composeBody)) return 'compose';
    if (findFirst(doc, S.listContainer)) return 'list';
    return 'other';
  };

  const mountPoint = (): MountPoint => {
    const readingPane = pane();
    if (readingPane?.parentElement) return { element: readingPane, attach: 'after', floating: false };
    const main = findFirst(doc, S.main)?.element;
    if (main) return { element: main, attach: 'append', floating: false };
    return { element: doc.body, attach: 'append', floating: true };
  };

  return createProvider({
    id: 'outlook',
    label: 'Outlook',
    win,
    view,
    openThreadId: () => (threadOpen() ? outlookThreadId(doc, win.location) : null),
    // The list and the pane share role=main; observing it sees pane swaps and selection changes.
    navigationScope: () => findFirst(doc, S.main)?.element ?? pane(),
    threadRoot: () => pane() ?? doc,
    health: S,
    user: () => readOutlookUser(doc),
    readThread: () => readOutlookThread(doc, win.location, readOutlookUser(doc)?.address ?? null),
    readRows: () => readOutlookRows(doc),
    openThread(threadId) {
      const row = findOutlookRow(doc, threadId);
      if (!row) return false;
      press(row);
      return true;
    },
    composeElement: () => findFirst<HTMLElement>(doc, S.composeBody)?.element ?? null,
    replyControl: () => {
      const root = pane() ?? doc;
      return findFirst<HTMLElement>(newestExpandedMessage(root) ?? root, S.replyControl)?.element ?? null;
    },
    mountPoint,
  });
}
