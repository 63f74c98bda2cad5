/** What the sidebar can be showing. The content script computes it; components only render it. */
import type { ToneReport } from '../tone/types';
import type { CaseSummary } from '../messaging/protocol';

export interface AnalysedMessage {
  senderName: string;
  senderAddress: string;
  subject: string;
  sentAt: string | null;
  threadId: string;
  messageId: string;
  /** The text that was analysed; signal offsets point into it. */
  text: string;
}

export type SidebarState =
  | { kind: 'waiting' }
  | { kind: 'no-message' }
  | { kind: 'reading' }
  | { kind: 'own-message' }
  | { kind: 'layout-changed'; message: string; missing: string[] }
  | {
      kind: 'analysed';
      message: AnalysedMessage;
      report: ToneReport;
      flagged: boolean;
      dismissed: boolean;
      openCase: CaseSummary | null;
    }
  | { kind: 'error'; message: string }
  | { kind: 'invalidated'; message: string };

/**
 * Whether the thread shows as needing attention: the analyser's flag (`flagged`) unless the user marked
 * it "Not a complaint" (`dismissed`). Both are kept, so an undo shows the flag again.
 */
export function flagShown(state: { flagged: boolean; dismissed: boolean }): boolean {
  return state.flagged && !state.dismissed;
}

/** A draft the sidebar offers; `id` is what the controller builds it from. */
export interface DraftOption {
  id: string;
  label: string;
}

/** What "Open rescue case" (or "Add this message's issues") did, for the notice that says so. */
export interface OpenedCase {
  created: boolean;
  issuesAdded: number;
}

/**
 * A line the sidebar says in answer to something the user did. Each saying is a new object, so the
 * same words said twice (a shortcut pressed again after collapsing the sidebar) open it again.
 */
export interface Notice {
  text: string;
}
