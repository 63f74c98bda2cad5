/** Gmail's thread list rows, and opening one. */
import { SelectorMissError } from '../shared/errors';
import { readRowsSkippingOdd } from '../shared/rows';
import { findAll, findFirst } from '../shared/selector-entry';
import { parseShownDate } from '../shared/shown-date';
import { shownText } from '../shared/shown-text';
import type { ListRow } from '../types';
import { GMAIL_SELECTORS as S } from './selectors';

function rowThreadId(row: Element): string | null {
  const el = findFirst(row, S.rowThreadId)?.element;
  return el?.getAttribute('data-legacy-thread-id') || el?.getAttribute('data-thread-id')?.replace(/^#/, '') || null;
}

function readRow(row: Element): ListRow {
  const threadId = rowThreadId(row);
  const subjectEl = findFirst(row, S.rowSubject)?.element;
  const senderEl = findFirst(row, S.rowSender)?.element;
  if (!threadId || !subjectEl || !senderEl) throw new SelectorMissError('row');
  const address = (senderEl.getAttribute('email') ?? '').toLowerCase();
  const dateEl = findFirst(row, S.rowDate)?.element;
  const dateText = dateEl?.getAttribute('title') ?? shownText(dateEl);
  return {
    threadId,
    from: { name: senderEl.getAttribute('name') || shownText(senderEl) || address, address },
    subject: shownText(subjectEl),
    // The snippet starts with Gmail's " - " separator span.
    snippet: shownText(findFirst(row, S.rowSnippet)?.element).replace(/^[-–]\s*/u, ''),
    sentAt: parseShownDate(dateText),
    dateText,
    unread: S.rowUnread.fallbacks.some((f) => row.matches(f.css) || row.querySelector(f.css) !== null),
    row,
    chip: { element: subjectEl, attach: 'before' },
  };
}

export function readGmailRows(doc: Document): ListRow[] {
  const list = findFirst(doc, S.listContainer)?.element;
  if (!list) throw new SelectorMissError('list');
  return readRowsSkippingOdd(findAll(list, S.listRow), readRow);
}

export function findGmailRow(doc: Document, threadId: string): Element | null {
  const list = findFirst(doc, S.listContainer)?.element;
  if (!list) return null;
  return findAll(list, S.listRow).find((row) => rowThreadId(row) === threadId) ?? null;
}
