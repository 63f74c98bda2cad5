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

export function assembleThread(
  provider: MailProviderId,
  threadId: string,
  subject: string,
  messages: Omit<ThreadMessage, 'byUser'>[],
  userAddress: string | null,
): OpenThread {
  // Sites can list newest first (OWA's default); with every date known, order by time, else trust the page.
  const dated = messages.every((m) => m.sentAt !== null);
  const ordered = dated ? [...messages].sort((a, b) => (a.sentAt ?? '').localeCompare(b.sentAt ?? '')) : messages;
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
