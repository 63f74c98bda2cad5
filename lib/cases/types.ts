/** The rescue-case data model, shared by the database, the drafts, the nudges and the UI. */
import type { ToneLevel } from '../tone/types';

/** Every record carries these; deletes are soft so they can be undone and exported. */
export interface Stamped {
  id: string;
  createdAt: string; // ISO 8601
  updatedAt: string; // ISO 8601
  deletedAt?: string | null;
}

export type CaseStep = 'listen' | 'quantify' | 'agree' | 'plan' | 'execute' | 'monitor';
export const CASE_STEPS: readonly CaseStep[] = ['listen', 'quantify', 'agree', 'plan', 'execute', 'monitor'];

export type CaseOutcome = 'open' | 'resolved' | 'lost';

export type ProviderId = 'gmail' | 'outlook' | 'manual';

export interface Client extends Stamped {
  /** Domain, or the full address for free-mail senders (see clientKeyFor). */
  key: string;
  name: string;
  domain: string;
  addresses: string[];
  mainContact?: { name: string; email: string } | null;
}

export interface RescueCase extends Stamped {
  clientId: string;
  title: string;
  step: CaseStep;
  outcome: CaseOutcome;
  severity: ToneLevel;
  /** Analyser score of the message that opened the case, if any. */
  severityScore?: number | null;
  openedAt: string;
  closedAt?: string | null;
  /** Working days between updates; null means "use the default for the step". */
  cadenceDays?: number | null;
  nextUpdateDue?: string | null;
  lastUpdateAt?: string | null;
  waitingOnClient: boolean;
  escalationContact?: string | null;
  escalatedAt?: string | null;
  /** Date the client agreed to the issue list. */
  agreedAt?: string | null;
  /** Date the client agreed to the plan. */
  planAgreedAt?: string | null;
  /** Date a plan was promised to the client. */
  planPromisedBy?: string | null;
  /** Snoozed notifications until this time. */
  snoozedUntil?: string | null;
  /** The user's own promise of the next update, found in a sent reply (see lib/nudges findCommitments). */
  promisedUpdate?: { dueAt: string; madeAt: string; phrase: string } | null;
  /** When "waiting on client" was last switched off: the update clock restarts from there. */
  waitingEndedAt?: string | null;
  /**
   * Search tokens (client, title, issue text, subjects), derived and kept current by lib/cases;
   * never exported. Added in schema v2.
   */
  words?: string[];
}

export type IssueStatus = 'open' | 'in-progress' | 'resolved';

export interface CaseIssue extends Stamped {
  caseId: string;
  statement: string;
  evidence: string;
  /** Link back to the message the evidence came from. */
  messageLinkId?: string | null;
  kind: 'specific' | 'generality';
  agreed: boolean;
  status: IssueStatus;
  resolvedWhen: string;
  order: number;
}

export interface ClientCommitment extends Stamped {
  caseId: string;
  /** What the client will do once the issues are fixed: pay invoice 4411, give a referral, renew. */
  text: string;
  status: 'proposed' | 'agreed' | 'fulfilled' | 'declined';
}

export type ActionStatus = 'todo' | 'doing' | 'done';

export interface PlanAction extends Stamped {
  caseId: string;
  issueId: string | null;
  action: string;
  owner: 'us' | 'client';
  due: string | null; // ISO date
  quickWin: boolean;
  /** How both sides will know the action is done ("refund shows on the March statement"). */
  doneWhen?: string | null;
  order: number;
  status: ActionStatus;
  doneAt?: string | null;
}

export type UpdateChannel = 'email' | 'call' | 'meeting' | 'chat' | 'other';

export interface CaseUpdate extends Stamped {
  caseId: string;
  at: string;
  channel: UpdateChannel;
  summary: string;
  /** How the update was recorded: logged by hand or seen as a sent reply in a linked thread. */
  source: 'manual' | 'seen-reply';
}

export interface LinkedMessage extends Stamped {
  caseId: string;
  provider: ProviderId;
  threadId: string;
  messageId: string;
  subject: string;
  sentAt: string | null;
  level: ToneLevel | null;
  score: number | null;
  fromAddress: string;
}

/** A thread the analyser has seen, with or without a case: inbox flags and the update clock read these. */
export interface AnalysedThread {
  /** `${provider}:${threadId}` */
  id: string;
  provider: ProviderId;
  threadId: string;
  newestMessageId: string;
  fromAddress: string;
  subject: string;
  level: ToneLevel | null;
  score: number | null;
  analysedAt: string;
  /** Newest message time, for "no reply for 4 working hours". */
  messageAt: string | null;
  /** Time the user was last seen replying in this thread. */
  repliedAt?: string | null;
  dismissed: boolean;
  caseId?: string | null;
  /** Last time this row was written; import merges by it, falling back to analysedAt when absent. */
  updatedAt?: string;
}
