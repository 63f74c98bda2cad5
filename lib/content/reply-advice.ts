/**
 * Whether the message in view calls for a rescue reply, and which draft to start from. A calm thank-you
 * or a message the analyser did not score must not be answered with "So that I understand exactly what
 * went wrong…": the sidebar keeps its draft panel to one line there, and the insert-reply shortcut says
 * why instead of inserting. The user can still ask for a draft.
 */
import { flagShown, type SidebarState } from './sidebar-state';

type Analysed = Extract<SidebarState, { kind: 'analysed' }>;

export type ReplyAdvice =
  /** A rescue reply fits; `draftId` is the draft to offer first (an id from draftOptions). */
  | { kind: 'suggest'; draftId: 'first-full' | 'status-update' }
  /** Scored calm, no issue found, not flagged (or marked "Not a complaint"), no open case. */
  | { kind: 'calm' }
  /** The analyser did not read it (another language, or too short), and the thread has no open case. */
  | { kind: 'unscored'; status: 'too-short' | 'unsupported-language' };

export function replyAdvice(state: Pick<Analysed, 'report' | 'flagged' | 'dismissed' | 'openCase'>): ReplyAdvice {
  const { report, openCase } = state;
  const scored = report.status === 'ok' && !!report.level;
  // Flagged counts too: a watched client's lower threshold can flag a message whose level reads calm.
  const troubled = flagShown(state) || report.issues.length > 0 || (scored && report.level !== 'calm');
  // A client with an open case is owed updates whatever this message's tone: a calm or unscored one
  // gets the status update first, a new complaint the listen-first answer to it.
  if (openCase) return { kind: 'suggest', draftId: troubled ? 'first-full' : 'status-update' };
  if (report.status !== 'ok') return { kind: 'unscored', status: report.status };
  return troubled ? { kind: 'suggest', draftId: 'first-full' } : { kind: 'calm' };
}
