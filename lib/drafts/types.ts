/** The drafts' boundary types: what callers pass in and what every builder returns. */
import type { CaseIssue, CaseUpdate, Client, ClientCommitment, PlanAction, RescueCase } from '../cases/types';
import type { Settings } from '../settings/schema';

export type DraftKind = 'first-response' | 'call-follow-up' | 'plan-proposal' | 'status-update' | 'escalation';

export type DraftVariant = 'short' | 'full';

/** Plain text only: the sidebar puts `body` into a textarea or the provider's compose box as text. */
export interface Draft {
  kind: DraftKind;
  variant: DraftVariant;
  /** Present when the draft may go out as a new message rather than a reply in the thread. */
  subject?: string;
  /** Recipient, only for drafts addressed to someone other than the client (the escalation hand-off). */
  to?: string | null;
  body: string;
}

/** Who is writing and to whom; shared by every builder. */
export interface DraftPeople {
  settings: Settings;
  /** Already resolved with firstNameFrom; empty or absent means "greet without a name". */
  clientFirstName?: string | null;
}

/** Everything the case-based drafts read. Deleted records are ignored, so callers may pass raw rows. */
export interface CaseDraftInput {
  client: Client;
  case: RescueCase;
  issues: CaseIssue[];
  commitment?: ClientCommitment | null;
  actions: PlanAction[];
  updates: CaseUpdate[];
}

export type CoachFindingKind =
  | 'excuse'
  | 'defensive'
  | 'blame'
  | 'no-acknowledgement'
  | 'unanswered-issue'
  | 'no-date'
  | 'overpromise'
  | 'placeholder';

/** One thing to fix in the user's reply. `start`/`end` are UTF-16 offsets of `phrase` in the draft, when it is in it. */
export interface CoachFinding {
  kind: CoachFindingKind;
  phrase?: string;
  start?: number;
  end?: number;
  why: string;
  suggestion: string;
}
