/** Outlook's message list rows, and opening one. */
import { parseMailbox } from '../../extract';
import { SelectorMissError } from '../shared/errors';
import { readRowsSkippingOdd } from '../shared/rows';
import { findAll, findFirst } from '../shared/selector-entry';
import { parseShownDate } from '../shared/shown-date';
import { shownText } from '../shared/shown-text';
import type { ListRow } from '../types';
import { OUTLOOK_SELECTORS as S } from './selectors';

function readRow(row: Element): ListRow {
  const threadId = row.getAttribute('data-convid');
  const subjectEl = findFirst(row, S.rowSubject)?.element;
  const senderEl = findFirst(row, S.rowSender)?.element;
  if (!threadId || !subjectEl || !senderEl) throw new SelectorMissError('row');
  const title = senderEl.getAttribute('title') ?? '';
  const address = title.includes('@') ? title.trim().toLowerCase() : parseMailbox(shownText(senderEl)).address;
  const dateEl = findFirst(row, S.rowDate)?.element;
  const dateText = dateEl?.getAttribute('title') ?? shownText(dateEl);
  return {
    threadId,
    from: { name: shownText(senderEl) || address, address },
    subject: subjectEl.getAttribute('title') || shownText(subjectEl),
    snippet: shownText(findFirst(row, S.rowSnippet)?.element),
    sentAt: parseShownDate(dateEl?.getAttribute('datetime') ?? dateText),
    dateText,
    unread: S.rowUnread.fallbacks.some((f) => row.matches(f.css)),
    row,
    chip: { element: subjectEl, attach: 'before' },
  };
}

export function readOutlookRows(doc: Document): ListRow[] {
  const list = findFirst(doc, S.listContainer)?.element;
  if (!list) throw new SelectorMissError('list');
  return readRowsSkippingOdd(findAll(list, S.listRow), readRow);
}

export function findOutlookRow(doc: Document, threadId: string): Element | null {
  const list = findFirst(doc, S.listContainer)?.element;
  if (!list) return null;
  return findAll(list, S.listRow).find((row) => row.getAttribute('data-convid') === threadId) ?? null;
}
