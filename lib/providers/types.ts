/**
 * The one interface the content script talks to, whatever the mail site. Gmail and Outlook
 * adapters implement it; the contract suite (test/providers/contract.test.ts) holds both to it.
 */
import type { ForwardedPart, Mailbox } from '../extract';

export type MailProviderId = 'gmail' | 'outlook';

export type MailView = 'list' | 'thread' | 'compose' | 'other';

/** Parts of the page a feature needs; health reports and layout-changed states name them. */
export type PagePart =
  | 'main'
  | 'thread'
  | 'subject'
  | 'message'
  | 'sender'
  | 'body'
  | 'user'
  | 'list'
  | 'row'
  | 'compose'
  | 'reply-control'
  | 'mount';

export type { Mailbox };

/**
 * ok: body read in full. collapsed: the site shows only a snippet (text is that snippet).
 * clipped: Gmail's "[Message clipped]"; text is the visible start. truncated: over our size cap.
 * empty / attachment-only: nothing to analyse.
 */
export type MessageState = 'ok' | 'collapsed' | 'clipped' | 'truncated' | 'empty' | 'attachment-only';

export interface ThreadMessage {
  /** Provider message id (Gmail `msg-f:…`, Outlook item-derived); stable across re-renders. */
  id: string;
  from: Mailbox;
  recipients: Mailbox[];
  subject: string;
  /** ISO 8601, or null when the page shows no parseable date. */
  sentAt: string | null;
  /** The date as the page shows it, for display. */
  dateText: string;
  /** New text of the message, quoted history and signature removed. For forwards: the forwarded part. */
  text: string;
  state: MessageState;
  attachments: string[];
  /** Written by the signed-in user (compared by address). */
  byUser: boolean;
  /** Set when the message forwards another: the text is attributed to `forwarded.from`. */
  forwarded: ForwardedPart | null;
}

export interface OpenThread {
  provider: MailProviderId;
  threadId: string;
  subject: string;
  /** Oldest first, as the page lists them. */
  messages: ThreadMessage[];
  userAddress: string | null;
  /** The newest message not written by the user: the one to analyse. Null when all are the user's. */
  analysed: ThreadMessage | null;
  /** Who the analysed text is from: the original sender for forwards, else the message sender. */
  analysedFrom: Mailbox | null;
  /** The user's own messages in this thread, for the update clock. */
  userReplies: { messageId: string; sentAt: string | null }[];
}

export interface PartHealth {
  part: PagePart;
  ok: boolean;
  /** The selector that matched (a fallback below the first means the layout is drifting). */
  matched: string | null;
  fallbackIndex: number | null;
}

export interface HealthReport {
  provider: MailProviderId;
  view: MailView;
  /** Parts required for the current view. */
  parts: PartHealth[];
  ok: boolean;
  missing: PagePart[];
}

export type ProviderResult<T> =
  | { ok: true; value: T }
  | { ok: false; missing: PagePart[]; message: string };

export interface NavigationEvent {
  view: MailView;
  threadId: string | null;
  url: string;
}

/** Where to put an element of ours: `attach` says how it relates to `element`. */
export interface Placement {
  element: Element;
  attach: 'append' | 'prepend' | 'before' | 'after';
}

export interface MountPoint extends Placement {
  /** True when no column beside the reading pane was found: float over the page instead. */
  floating: boolean;
}

export interface ComposeBox {
  element: HTMLElement;
  kind: 'contenteditable' | 'textarea';
  /** The compose body as plain text (the user's draft; quoted history below it is not removed). */
  readText(): string;
  /** Called with the text after each edit; stops on abort. */
  observe(listener: (text: string) => void, signal: AbortSignal): void;
}

export interface ListRow {
  threadId: string;
  from: Mailbox;
  subject: string;
  snippet: string;
  sentAt: string | null;
  dateText: string;
  unread: boolean;
  row: Element;
  /** Where a small chip goes, next to the subject. */
  chip: Placement;
}

export interface InsertedReply {
  box: ComposeBox;
  /** The box already held this letter, so nothing was added (a second click on "Insert reply"). */
  already: boolean;
}

export interface InsertOptions {
  signal?: AbortSignal;
  /** How long to wait for a reply box after clicking reply. */
  timeoutMs?: number;
  /** A whole letter (a draft): set apart from text already in the box, without a second greeting (lib/drafts/fit-letter.ts). */
  letter?: boolean;
}

export interface MailProvider {
  readonly id: MailProviderId;
  /** Product name for messages: "Gmail", "Outlook". */
  readonly label: string;
  currentView(): MailView;
  /** Fires when the view or the open thread changes (hash routes, pushState, pane swaps). */
  onNavigate(listener: (event: NavigationEvent) => void, signal: AbortSignal): void;
  /** The signed-in user's address, read from the page; null when not shown. */
  userAddress(): string | null;
  readThread(): ProviderResult<OpenThread>;
  /** readThread, retried on DOM changes until it succeeds or `timeoutMs` passes (the site renders late). */
  waitForThread(signal: AbortSignal, timeoutMs?: number): Promise<ProviderResult<OpenThread>>;
  mountPoint(): MountPoint;
  /** The open reply/compose box, if any. */
  findCompose(): ComposeBox | null;
  /** Opens a reply if none is open and types `text` at the cursor. Never sends. */
  insertReply(text: string, options?: InsertOptions): Promise<ProviderResult<InsertedReply>>;
  readListRows(): ProviderResult<ListRow[]>;
  /** Opens a thread listed in the message list; false when it is not there. */
  openThread(threadId: string): boolean;
  health(): HealthReport;
}
