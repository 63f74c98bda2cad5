/**
 * What the sidebar does, without the DOM: reads the open thread through the provider, asks the
 * background to analyse it and to look up the client's case, and turns every outcome, including
 * failures, into a SidebarState the components render.
 */
import type { MailProvider, OpenThread, ProviderResult, ThreadMessage } from '../providers/types';
import { CASE_DRAFT_KINDS, type RequestPayload, type RequestType, type ResponseMap } from '../messaging/protocol';
import { ContextInvalidatedError } from '../messaging/client';
import type { Settings } from '../settings/schema';
import { flagDecision } from './flag-rule';
import { i18n } from './page-i18n';
import { replyAdvice, type ReplyAdvice } from './reply-advice';
import type { AnalysedMessage, DraftOption, OpenedCase, SidebarState } from './sidebar-state';
import { errorMessage } from '../error-message';

export type Requester = <T extends RequestType>(type: T, payload: RequestPayload<T>) => Promise<ResponseMap[T]>;

export type InsertOutcome = 'inserted' | 'already';

export interface ControllerDeps {
  provider: MailProvider;
  request: Requester;
  settings(): Settings;
  /** How long to wait for the site to render a thread before saying what is missing. */
  readTimeoutMs?: number;
}

export interface SidebarController {
  readonly state: SidebarState;
  subscribe(listener: (state: SidebarState) => void): () => void;
  /** Re-reads the page; an older refresh still running is abandoned. `force` re-analyses the same message. */
  refresh(options?: { force?: boolean }): Promise<void>;
  /** Re-reads only the client's case (after a change elsewhere), without re-reading the page. */
  refreshCase(): Promise<void>;
  draftOptions(): DraftOption[];
  loadDraft(id: string): Promise<string>;
  /** 'already' when the reply box held this letter, so nothing was added. */
  insertReply(text: string): Promise<InsertOutcome>;
  /**
   * The insert-reply shortcut: inserts the suggested draft when a rescue reply fits, and otherwise
   * inserts nothing and returns the advice, so the caller can say why.
   */
  insertSuggestedReply(): Promise<ReplyAdvice>;
  openCase(): Promise<OpenedCase>;
  /** "Not a complaint": the flag goes off for this thread (sidebar, list chips, reminders) until undone. */
  dismiss(): Promise<void>;
  /** Undoes `dismiss`: the analyser's own flag shows again. */
  undismiss(): Promise<void>;
  escalate(): Promise<{ to: string; subject?: string; body: string }>;
  logUpdate(summary: string, updateId: string): Promise<void>;
  dispose(): void;
}

function toAnalysed(thread: OpenThread, message: ThreadMessage): AnalysedMessage {
  const from = thread.analysedFrom ?? message.from;
  return {
    senderName: from.name,
    senderAddress: from.address,
    subject: message.subject || thread.subject,
    sentAt: message.sentAt,
    threadId: thread.threadId,
    messageId: message.id,
    text: message.text,
  };
}

type Analysed = Extract<SidebarState, { kind: 'analysed' }>;

export function createSidebarController(deps: ControllerDeps): SidebarController {
  const { provider, request } = deps;
  let state: SidebarState = { kind: 'waiting' };
  /** The complete report for the message shown, when the worker's first answer was partial. */
  let completing: Promise<void> = Promise.resolve();
  let generation = 0;
  let readAbort = new AbortController();
  const listeners = new Set<(s: SidebarState) => void>();

  function set(next: SidebarState) {
    state = next;
    for (const listener of listeners) listener(state);
  }

  /**
   * The state now, if it still shows the message `shown` showed. An answer that arrives late updates
   * that message only, and merges into whatever else changed meanwhile (a dismissal, a case opened,
   * the complete report).
   */
  function stillShowing(shown: Analysed): Analysed | null {
    return state.kind === 'analysed' && state.message.threadId === shown.message.threadId && state.message.messageId === shown.message.messageId
      ? state
      : null;
  }

  function fail(error: unknown) {
    if (error instanceof ContextInvalidatedError) set({ kind: 'invalidated', message: error.message });
    else set({ kind: 'error', message: i18n.t('sidebar.errors.generic', [errorMessage(error)]) });
  }

  /**
   * Marked "Not a complaint" on an earlier visit, asked beside the analysis so such a thread is never
   * shown flagged first. Not knowing is not a reason to fail: the record below says it again.
   */
  async function dismissedBefore(thread: OpenThread): Promise<boolean> {
    try {
      const [known] = await request('threads:flags', { provider: provider.id, threadIds: [thread.threadId] });
      return known?.dismissed ?? false;
    } catch {
      return false;
    }
  }

  async function analyse(thread: OpenThread, gen: number) {
    const message = thread.analysed;
    if (!message) return set({ kind: 'own-message' });
    const analysed = toAnalysed(thread, message);
    const toneRequest = { text: message.text, subject: analysed.subject, sentAt: message.sentAt ?? undefined };
    const [{ partial, ...report }, openCase, dismissed] = await Promise.all([
      request('tone:analyze', toneRequest),
      request('case:for-sender', { address: analysed.senderAddress }),
      dismissedBefore(thread),
    ]);
    if (gen !== generation) return;
    const decision = flagDecision(report.score, analysed.senderAddress, thread.userAddress, deps.settings());
    const shown: Analysed = { kind: 'analysed', message: analysed, report, flagged: decision.flagged, dismissed, openCase };
    set(shown);
    // A worker that had just started answered with the level first; the deadline dates follow.
    completing = partial ? completeReport(toneRequest, shown) : Promise.resolve();
    if (report.status === 'ok' && !decision.ignored) {
      const recorded = await request('thread:record', {
        provider: provider.id,
        threadId: thread.threadId,
        newestMessageId: message.id,
        fromAddress: analysed.senderAddress,
        subject: analysed.subject,
        level: report.level ?? null,
        score: report.score,
        messageAt: message.sentAt,
        preliminary: false,
      });
      // Marked "Not a complaint" on an earlier visit: it stays so here too (and can be undone here).
      const now = recorded.dismissed ? stillShowing(shown) : null;
      if (now) set({ ...now, dismissed: true });
    }
  }

  async function completeReport(toneRequest: RequestPayload<'tone:analyze'>, shown: Analysed) {
    try {
      const report = await request('tone:analyze', { ...toneRequest, complete: true });
      const now = stillShowing(shown);
      if (now) set({ ...now, report });
    } catch (error) {
      // The first answer stays shown (only deadline dates are missing from it), unless the extension is gone.
      if (error instanceof ContextInvalidatedError && stillShowing(shown)) fail(error);
    }
  }

  /** The user's newest reply in the thread resets a linked case's update clock (the background decides). */
  async function reportUserReply(thread: OpenThread) {
    const reply = thread.messages.filter((m) => m.byUser && m.sentAt).at(-1);
    if (!reply?.sentAt) return;
    await request('reply:seen', { provider: provider.id, threadId: thread.threadId, sentAt: reply.sentAt, text: reply.text.slice(0, 20_000) });
  }

  function messageKey(thread: OpenThread): string {
    return `${thread.threadId}\u0000${thread.analysed?.id ?? ''}`;
  }

  function showsMessage(current: SidebarState, thread: OpenThread): boolean {
    return (
      current.kind === 'analysed' &&
      current.message.threadId === thread.threadId &&
      current.message.messageId === (thread.analysed?.id ?? null)
    );
  }

  interface Work {
    /** The message being worked on, once the page has shown which one. */
    key: string | null;
    done: Promise<void>;
  }
  let inFlight: Work | null = null;

  async function readAndAnalyse(work: Work, gen: number, ready: ProviderResult<OpenThread>) {
    try {
      const result = ready.ok ? ready : await provider.waitForThread(readAbort.signal, deps.readTimeoutMs);
      if (gen !== generation) return;
      if (!result.ok) return set({ kind: 'layout-changed', message: result.message, missing: result.missing });
      work.key = messageKey(result.value);
      await Promise.all([analyse(result.value, gen), reportUserReply(result.value)]);
    } catch (error) {
      if (gen === generation) fail(error);
    } finally {
      if (inFlight === work) inFlight = null;
    }
  }

  async function refresh(options: { force?: boolean } = {}) {
    const ready = provider.currentView() === 'thread' ? provider.readThread() : null;
    // A second navigation event for the same message (Outlook fires one for the URL and one for the
    // pane) or a re-render changes nothing: keep what is shown, or what is being worked out, instead
    // of analysing it again.
    if (!options.force && ready?.ok && inFlight?.key === messageKey(ready.value)) return inFlight.done;
    const gen = ++generation;
    readAbort.abort();
    readAbort = new AbortController();
    inFlight = null;
    if (!ready) return set({ kind: 'no-message' });
    if (!options.force && ready.ok && showsMessage(state, ready.value)) return;
    set({ kind: 'reading' });
    const work: Work = { key: ready.ok ? messageKey(ready.value) : null, done: Promise.resolve() };
    inFlight = work;
    work.done = readAndAnalyse(work, gen, ready);
    return work.done;
  }

  function analysedState() {
    if (state.kind !== 'analysed') throw new Error(i18n.t('sidebar.errors.noMessage'));
    return state;
  }

  async function refreshCase() {
    const current = analysedState();
    const openCase = await request('case:for-sender', { address: current.message.senderAddress });
    const now = stillShowing(current);
    if (now) set({ ...now, openCase });
  }

  async function ensureCase(): Promise<string> {
    const current = analysedState();
    if (current.openCase) return current.openCase.caseId;
    const { caseId } = await openCaseRequest();
    await refreshCase();
    return caseId;
  }

  /** A case keeps the issues as stated in the complete report, so it waits for that report. */
  async function openCaseRequest() {
    const clicked = analysedState();
    await completing;
    const { message, report } = stillShowing(clicked) ?? clicked;
    const opened = await request('case:open-from-message', {
      sender: { name: message.senderName, address: message.senderAddress },
      provider: provider.id,
      threadId: message.threadId,
      messageId: message.messageId,
      subject: message.subject,
      sentAt: message.sentAt,
      // The tone as scored, calm included; null when the analyser did not score the message, so the case
      // records "not scored" rather than a level nobody measured (lib/cases/open-case.ts).
      level: report.status === 'ok' ? (report.level ?? null) : null,
      score: report.status === 'ok' ? report.score : null,
      issues: report.issues.map((i) => ({ statement: i.statement, evidence: i.evidence, kind: i.kind })),
    });
    // A case says the thread is a complaint after all, and linking it took the record's dismissal back
    // (linkThread, lib/cases/threads.ts): the sidebar follows, or it would offer to undo what is gone.
    const now = stillShowing(clicked);
    if (now?.dismissed) set({ ...now, dismissed: false });
    return opened;
  }

  return {
    get state() {
      return state;
    },
    subscribe(listener) {
      listeners.add(listener);
      listener(state);
      return () => listeners.delete(listener);
    },
    refresh,
    async refreshCase() {
      if (state.kind === 'analysed') await refreshCase();
    },
    draftOptions() {
      const options: DraftOption[] = [
        { id: 'first-full', label: i18n.t('sidebar.draft.kinds.firstFull') },
        { id: 'first-short', label: i18n.t('sidebar.draft.kinds.firstShort') },
      ];
      if (state.kind === 'analysed' && state.openCase) {
        options.push(
          { id: 'status-update', label: i18n.t('sidebar.draft.kinds.statusUpdate') },
          { id: 'plan-proposal', label: i18n.t('sidebar.draft.kinds.planProposal') },
          { id: 'call-follow-up', label: i18n.t('sidebar.draft.kinds.callFollowUp') },
        );
      }
      return options;
    },
    async loadDraft(id) {
      const current = analysedState();
      const caseKind = CASE_DRAFT_KINDS.find((kind) => kind === id);
      if (caseKind) {
        if (!current.openCase) throw new Error(i18n.t('sidebar.errors.noCase'));
        return (await request('case:draft', { caseId: current.openCase.caseId, kind: caseKind })).body;
      }
      const { message } = current;
      const draft = await request('draft:first-response', {
        text: message.text,
        subject: message.subject,
        sentAt: message.sentAt ?? undefined,
        senderName: message.senderName,
        senderAddress: message.senderAddress,
        variant: id === 'first-short' ? 'short' : 'full',
      });
      return draft.body;
    },
    async insertReply(text) {
      const result = await provider.insertReply(text, { letter: true });
      if (!result.ok) throw new Error(result.message);
      return result.value.already ? 'already' : 'inserted';
    },
    async insertSuggestedReply() {
      const advice = replyAdvice(analysedState());
      if (advice.kind !== 'suggest') return advice;
      const text = await this.loadDraft(advice.draftId);
      await this.insertReply(text);
      return advice;
    },
    async openCase() {
      const { created, issuesAdded } = await openCaseRequest();
      await refreshCase();
      return { created, issuesAdded };
    },
    // `flagged` stays the analyser's call and `dismissed` the user's, so an undo shows the flag again.
    async dismiss() {
      const current = analysedState();
      await request('thread:dismiss', { provider: provider.id, threadId: current.message.threadId });
      const now = stillShowing(current);
      if (now) set({ ...now, dismissed: true });
    },
    async undismiss() {
      const current = analysedState();
      await request('thread:undismiss', { provider: provider.id, threadId: current.message.threadId });
      const now = stillShowing(current);
      if (now) set({ ...now, dismissed: false });
    },
    async escalate() {
      const caseId = await ensureCase();
      const draft = await request('case:escalate', { caseId });
      await refreshCase();
      return draft;
    },
    async logUpdate(summary, updateId) {
      const current = analysedState();
      if (!current.openCase) throw new Error(i18n.t('sidebar.errors.noCase'));
      await request('case:log-update', { updateId, caseId: current.openCase.caseId, summary, channel: 'email' });
      await refreshCase();
    },
    dispose() {
      generation += 1;
      readAbort.abort();
      listeners.clear();
    },
  };
}
