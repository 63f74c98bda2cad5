/**
 * The one protocol between content scripts and the background, where the database and the analyser live.
 * Each request type names its payload schema and its response type; the router validates every payload
 * against its schema before a handler runs.
 */
import type { ToneLevel, ToneReport } from '../tone/types';
import type { CaseStep, ProviderId } from '../cases/types';
import type { CoachFinding } from '../drafts/types';
import { arr, bool, literal, nullable, num, obj, optional, str, type Check } from './schema';

/** Longest text a content script may send for analysis; the analyser reads less than this. */
export const MAX_ANALYSE_CHARS = 200_000;

const level = literal<ToneLevel>('calm', 'concerned', 'upset', 'escalation');
const provider = literal<ProviderId>('gmail', 'outlook');
const address = str({ max: 320 });
const shortText = str({ max: 1_000 });

const analyze = obj({
  text: str({ max: MAX_ANALYSE_CHARS }),
  subject: optional(shortText),
  sentAt: optional(str({ max: 64 })),
  /** Wait for the worker's language module: the request that follows a `partial` answer. */
  complete: optional(bool),
});

const issueDraft = obj({
  statement: str({ max: 2_000 }),
  evidence: str({ max: 4_000 }),
  kind: literal('specific', 'generality'),
});

const openCase = obj({
  sender: obj({ name: shortText, address }),
  provider,
  threadId: shortText,
  messageId: shortText,
  subject: shortText,
  sentAt: nullable(str({ max: 64 })),
  /** The analyser's level and score, both null when it did not score the message (another language, too short). */
  level: nullable(level),
  score: nullable(num({ min: 0, max: 100 })),
  issues: arr(issueDraft, { max: 100 }),
});

const threadRecord = obj({
  provider,
  threadId: shortText,
  newestMessageId: shortText,
  fromAddress: address,
  subject: shortText,
  level: nullable(level),
  score: nullable(num({ min: 0, max: 100 })),
  messageAt: nullable(str({ max: 64 })),
  preliminary: bool,
});

const threadRef = obj({ provider, threadId: shortText });

const logUpdate = obj({
  /** Chosen by the sender once per update, so a retry cannot log it twice. */
  updateId: str({ min: 1, max: 64 }),
  caseId: shortText,
  summary: str({ max: 4_000 }),
  channel: literal('email', 'call', 'meeting', 'chat', 'other'),
});

const replySeen = obj({
  provider,
  threadId: shortText,
  sentAt: str({ max: 64 }),
  text: str({ max: 20_000 }),
});

const prescore = obj({
  items: arr(obj({ id: shortText, text: str({ max: 4_000 }) }), { max: 100 }),
});

/** The client's message travels again rather than its report: re-analysis costs milliseconds. */
const firstResponse = obj({
  text: str({ max: MAX_ANALYSE_CHARS }),
  subject: optional(shortText),
  sentAt: optional(str({ max: 64 })),
  senderName: shortText,
  senderAddress: address,
  variant: literal('short', 'full'),
});

const coachCheck = obj({
  draft: str({ max: 40_000 }),
  clientText: str({ max: MAX_ANALYSE_CHARS }),
  issues: optional(arr(str({ max: 2_000 }), { max: 100 })),
});

const caseRef = obj({ caseId: shortText });
export const CASE_DRAFT_KINDS = ['status-update', 'plan-proposal', 'call-follow-up'] as const;
export type CaseDraftKind = (typeof CASE_DRAFT_KINDS)[number];
const caseDraft = obj({ caseId: shortText, kind: literal<CaseDraftKind>(...CASE_DRAFT_KINDS) });
const senderRef = obj({ address });
const threadsGet = obj({ provider, threadIds: arr(shortText, { max: 200 }) });
const dashboardOpen = obj({ caseId: optional(shortText), draft: optional(literal('status')) });
const empty = obj({});

/** What the sidebar shows of a client's open case. */
export interface CaseSummary {
  caseId: string;
  title: string;
  clientName: string;
  step: CaseStep;
  nextUpdateDue: string | null;
  dueState: 'overdue' | 'due-soon' | 'ok' | 'paused' | 'closed';
  openIssues: { id: string; statement: string }[];
  escalatedAt: string | null;
}

export interface ThreadFlag {
  threadId: string;
  level: ToneLevel | null;
  score: number | null;
  dismissed: boolean;
  caseId: string | null;
  overdue: boolean;
  preliminary: boolean;
}

export interface DraftText {
  to?: string;
  subject?: string;
  body: string;
}

type Payload<C> = C extends Check<infer T> ? T : never;

export const requestSchemas = {
  'tone:analyze': analyze,
  'tone:warm': empty,
  'tone:prescore': prescore,
  'draft:first-response': firstResponse,
  'coach:check': coachCheck,
  'case:for-sender': senderRef,
  'case:open-from-message': openCase,
  'case:log-update': logUpdate,
  'case:escalate': caseRef,
  'case:draft': caseDraft,
  'thread:record': threadRecord,
  'thread:dismiss': threadRef,
  /** Undo of "Not a complaint": the thread is flagged again wherever its level says so. */
  'thread:undismiss': threadRef,
  'threads:flags': threadsGet,
  'reply:seen': replySeen,
  'dashboard:open': dashboardOpen,
} satisfies Record<string, Check<unknown>>;

export type RequestType = keyof typeof requestSchemas;
export type RequestPayload<T extends RequestType> = Payload<(typeof requestSchemas)[T]>;

export interface ResponseMap {
  /**
   * `partial`: the worker answered before its language module was loaded, so deadline dates (other
   * than "within 48 hours") are missing and an issue may read "chasing…" for "having to chase…";
   * score, level and signals are final. Ask again with `complete`.
   */
  'tone:analyze': ToneReport & { partial?: true };
  'tone:warm': { ready: true };
  'tone:prescore': { id: string; status: ToneReport['status']; score: number | null; level: ToneLevel | null }[];
  'draft:first-response': DraftText;
  'coach:check': CoachFinding[];
  'case:for-sender': CaseSummary | null;
  /** `issuesAdded`: how many of the message's issues were new to the case (the rest it had already). */
  'case:open-from-message': { caseId: string; created: boolean; issuesAdded: number };
  'case:log-update': { ok: true };
  'case:escalate': DraftText & { to: string };
  'case:draft': DraftText;
  /** `dismissed`: the user marked this thread "Not a complaint" earlier (the record keeps that). */
  'thread:record': { ok: true; dismissed: boolean };
  'thread:dismiss': { ok: true };
  'thread:undismiss': { ok: true };
  'threads:flags': ThreadFlag[];
  'reply:seen': { logged: boolean };
  'dashboard:open': { ok: true };
}

/** The wire envelope; `cr` marks our messages apart from anything else on the runtime channel. */
export interface RequestEnvelope<T extends RequestType = RequestType> {
  cr: 1;
  type: T;
  payload: RequestPayload<T>;
}

export type ResponseEnvelope<T extends RequestType = RequestType> =
  | { ok: true; value: ResponseMap[T] }
  | { ok: false; error: string; code: 'invalid' | 'failed' | 'storage' };
