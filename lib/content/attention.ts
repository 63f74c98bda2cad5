/**
 * Which threads in the message list need the user's attention, and why, in words for the chip's
 * label. A thread needs attention when its newest client message was analysed as upset or worse,
 * when it belongs to an open case, or when that case's update is overdue.
 */
import type { ToneLevel } from '../tone/types';
import type { ThreadFlag } from '../messaging/protocol';
import type { Settings } from '../settings/schema';
import { flagDecision } from './flag-rule';
import { i18n } from './page-i18n';

export interface PreScore {
  status: 'ok' | 'too-short' | 'unsupported-language';
  score: number | null;
  level: ToneLevel | null;
}

export interface AttentionInput {
  threadId: string;
  subject: string;
  senderName: string;
  senderAddress: string;
  /** What the database knows from a full analysis or a case. */
  known: ThreadFlag | null;
  /** A score of the row's own text (sender, subject, snippet), until the thread is opened. */
  prescore: PreScore | null;
}

export interface Attention {
  threadId: string;
  subject: string;
  sender: string;
  level: ToneLevel | null;
  preliminary: boolean;
  caseOpen: boolean;
  overdue: boolean;
  /** Why, in words: "upset — case open, update overdue". */
  why: string;
  /** The same with the product's name, for a chip's accessible label: "Client Rescue: upset — …". */
  label: string;
  /** Higher first. */
  urgency: number;
}

// Lower-case words inside a phrase, unlike the level names on their own (LEVEL_LABEL).
const LEVEL_WORD: Record<ToneLevel, () => string> = {
  calm: () => i18n.t('inbox.attention.calm'),
  concerned: () => i18n.t('inbox.attention.concerned'),
  upset: () => i18n.t('inbox.attention.upset'),
  escalation: () => i18n.t('inbox.attention.escalation'),
};
const LEVEL_RANK: Record<ToneLevel, number> = { calm: 0, concerned: 1, upset: 2, escalation: 3 };

export function attentionFor(
  input: AttentionInput,
  userAddress: string | null,
  settings: Pick<Settings, 'flagThreshold' | 'watchedThreshold' | 'watchedDomains' | 'ignoredSenders'>,
): Attention | null {
  const { known, prescore } = input;
  if (known?.dismissed) return null;
  const fromKnown = known && known.score !== null && !known.preliminary;
  const score = fromKnown ? known.score : prescore?.status === 'ok' ? prescore.score : null;
  const level = fromKnown ? known.level : prescore?.status === 'ok' ? prescore.level : null;
  const decision = flagDecision(score, input.senderAddress, userAddress, settings);
  if (decision.ignored) return null;
  const caseOpen = Boolean(known?.caseId);
  const overdue = Boolean(known?.overdue);
  if (!decision.flagged && !caseOpen) return null;

  // Flagged without a level cannot happen (a score always has one); a case is the other way in.
  const what = decision.flagged && level ? LEVEL_WORD[level]() : i18n.t('inbox.attention.clientCase');
  const details = [
    caseOpen && i18n.t('inbox.attention.caseOpen'),
    overdue && i18n.t('inbox.attention.overdue'),
    !fromKnown && decision.flagged && i18n.t('inbox.attention.preliminary'),
  ].filter((d): d is string => Boolean(d));
  const why = details.length ? i18n.t('inbox.attention.details', [what, details.join(', ')]) : what;
  return {
    threadId: input.threadId,
    subject: input.subject,
    sender: input.senderName || input.senderAddress,
    level: decision.flagged ? level : null,
    preliminary: !fromKnown,
    caseOpen,
    overdue,
    why,
    label: i18n.t('inbox.attention.label', [why]),
    urgency: (overdue ? 100 : 0) + (decision.flagged && level ? LEVEL_RANK[level] * 10 : 0) + (caseOpen ? 5 : 0) + (score ?? 0) / 100,
  };
}

export function mostUrgentFirst(items: Attention[]): Attention[] {
  return [...items].sort((a, b) => b.urgency - a.urgency);
}
