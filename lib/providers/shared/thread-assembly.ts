/** Provider-independent rules for a read thread: who wrote what, and which message to analyse. */
import { extractFromElement, type Mailbox } from '../../extract';
import type { MessageState, OpenThread, MailProviderId, ThreadMessage } from '../types';

export interface BodyRead {
  text: string;
  state: MessageState;
  forwarded: ThreadMessage['forwarded'];
}

/** Body text and its state; `snippet` stands in for collapsed messages whose body is not in the page. */
export function readBody(bodyEl: Element | null, subject: string, attachments: string[], snippet = ''): BodyRead {
  if (!bodyEl) return { text: snippet.trim(), state: 'collapsed', forwarded: null };
  const body = extractFromElement(bodyEl, { subject });
  const state: MessageState = body.clipped
    ? 'clipped'
    : body.truncated
      ? 'truncated'
      : body.text
        ? 'ok'
        : attachments.length > 0
          ? 'attachment-only'
          : 'empty';
  return { text: body.text, state, forwarded: body.forwarded };
}

export const sameAddress = (a: string | null | undefined, b: string | null | undefined) =>
  !!a && !!b && a.trim().toLowerCase() === b.trim().toLowerCase();

export type PageOrder = 'oldest-first' | 'newest-first';

type Unattributed = Omit<ThreadMessage, 'byUser'>;

/**
 * Oldest first. Sites may list newest first (OWA's default), so: every date known → sort by time;
 * some known → their order on the page tells the direction; none → the adapter's best guess.
 */
function chronological(messages: Unattributed[], guess: PageOrder): Unattributed[] {
  if (messages.every((m) => m.sentAt !== null)) return [...messages].sort((a, b) => (a.sentAt ?? '').localeCompare(b.sentAt ?? ''));
  const dated = messages.map((m) => m.sentAt).filter((d): d is string => d !== null);
  const descending = dated.length >= 2 && dated.every((d, i) => i === 0 || d <= dated[i - 1]) && dated[0] !== dated[dated.length - 1];
  const ascending = dated.length >= 2 && dated.every((d, i) => i === 0 || d >= dated[i - 1]) && dated[0] !== dated[dated.length - 1];
  const newestFirst = descending || (!ascending && guess === 'newest-first');
  return newestFirst ? [...messages].reverse() : messages;
}

export function assembleThread(
  provider: MailProviderId,
  threadId: string,
  subject: string,
  messages: Unattributed[],
  userAddress: string | null,
  pageOrderGuess: PageOrder = 'oldest-first',
): OpenThread {
  const ordered = chronological(messages, pageOrderGuess);
  const withAuthor: ThreadMessage[] = ordered.map((m) => ({ ...m, byUser: sameAddress(m.from.address, userAddress) }));
  const analysed = [...withAuthor].reverse().find((m) => !m.byUser) ?? null;
  const analysedFrom: Mailbox | null = analysed
    ? analysed.forwarded?.from.address
      ? analysed.forwarded.from
      : analysed.from
    : null;
  return {
    provider,
    threadId,
    subject,
    messages: withAuthor,
    userAddress,
    analysed,
    analysedFrom,
    userReplies: withAuthor.filter((m) => m.byUser).map((m) => ({ messageId: m.id, sentAt: m.sentAt })),
  };
}
