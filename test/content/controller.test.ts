import { describe, expect, it, vi } from 'vitest';
import { createSidebarController, type Requester } from '../../lib/content/controller';
import { ContextInvalidatedError } from '../../lib/messaging/client';
import type { MailProvider, MailView, OpenThread, ProviderResult, ThreadMessage } from '../../lib/providers/types';
import { DEFAULT_SETTINGS } from '../../lib/settings/schema';
import { analyzeTone } from '../../lib/tone';
import { analyze } from '../../lib/tone/analyze';

const ANGRY = 'This is the third outage this month and you promised a fix by Friday. Nothing happened. We will look at other vendors.';

function message(over: Partial<ThreadMessage> = {}): ThreadMessage {
  return {
    id: 'm2',
    from: { name: 'Maria Keller', address: 'maria@acme-corp.com' },
    recipients: [],
    subject: 'Outage',
    sentAt: '2026-11-25T09:00:00Z',
    dateText: '',
    text: ANGRY,
    state: 'ok',
    attachments: [],
    byUser: false,
    forwarded: null,
    ...over,
  };
}

function thread(analysed: ThreadMessage | null, messages: ThreadMessage[] = analysed ? [analysed] : []): OpenThread {
  return {
    provider: 'gmail',
    threadId: 't1',
    subject: 'Outage',
    messages,
    userAddress: 'dana@northwind.studio',
    analysed,
    analysedFrom: analysed?.from ?? null,
    userReplies: [],
  };
}

function fakeProvider(view: MailView, read: ProviderResult<OpenThread>): MailProvider {
  return {
    id: 'gmail',
    label: 'Gmail',
    currentView: () => view,
    readThread: () => read,
    waitForThread: async () => read,
  } as unknown as MailProvider;
}

function fakeRequest() {
  const calls: string[] = [];
  const request = vi.fn(async (type: string, payload: { text?: string }) => {
    calls.push(type);
    if (type === 'tone:analyze') return analyzeTone(payload.text ?? '');
    if (type === 'case:for-sender') return null;
    return { ok: true };
  }) as unknown as Requester;
  return { request, calls };
}

const settings = () => DEFAULT_SETTINGS;

describe('sidebar controller', () => {
  it('analyses the newest client message and flags it, recording the thread', async () => {
    const { request, calls } = fakeRequest();
    const c = createSidebarController({ provider: fakeProvider('thread', { ok: true, value: thread(message()) }), request, settings });
    await c.refresh();
    expect(c.state.kind).toBe('analysed');
    if (c.state.kind !== 'analysed') return;
    expect(c.state.flagged).toBe(true);
    expect(c.state.message.senderAddress).toBe('maria@acme-corp.com');
    expect(calls).toEqual(expect.arrayContaining(['tone:analyze', 'case:for-sender', 'thread:record']));
  });

  it('shows a partial answer at once and the complete report when the worker sends it, for the same message only', async () => {
    const partialOf = (text: string) => {
      const report = analyzeTone(text);
      return { ...report, partial: true as const, deadlines: report.deadlines.map((d) => ({ ...d, resolved: null })) };
    };
    const completions: Array<() => void> = [];
    const payloads: Array<{ complete?: boolean }> = [];
    const request = vi.fn(async (type: string, payload: { text: string; complete?: boolean }) => {
      if (type !== 'tone:analyze') return type === 'case:for-sender' ? null : { ok: true };
      payloads.push({ complete: payload.complete });
      if (!payload.complete) return partialOf(payload.text);
      await new Promise<void>((resolve) => completions.push(resolve));
      return analyzeTone(payload.text, { sentAt: '2026-11-25T09:00:00Z' });
    }) as unknown as Requester;
    let read: ProviderResult<OpenThread> = { ok: true, value: thread(message()) };
    const provider = { ...fakeProvider('thread', read), readThread: () => read } as MailProvider;
    const c = createSidebarController({ provider, request, settings });
    await c.refresh();
    const shown = () => (c.state.kind === 'analysed' ? c.state.report : null);
    const friday = () => shown()?.deadlines.find((d) => d.phrase === 'by Friday');
    expect(friday()).toMatchObject({ resolved: null });
    expect(shown()).not.toHaveProperty('partial');
    await vi.waitFor(() => expect(completions).toHaveLength(1));
    completions[0]();
    await vi.waitFor(() => expect(friday()?.resolved).toMatch(/^2026-11-27/));
    expect(payloads).toEqual([{ complete: undefined }, { complete: true }]);

    // A completion that arrives after another message was opened is not shown for it.
    await c.refresh({ force: true });
    await vi.waitFor(() => expect(completions).toHaveLength(2));
    read = { ok: true, value: thread(message({ id: 'm3', text: 'Thanks, the report arrived and looks great. See you Monday.' })) };
    await c.refresh();
    completions[1]();
    await vi.waitFor(() => expect(completions).toHaveLength(3));
    await new Promise((r) => setTimeout(r, 10));
    expect(c.state.kind === 'analysed' && c.state.message.messageId).toBe('m3');
    expect(shown()?.deadlines.map((d) => d.resolved)).toEqual([null]);
  });

  describe('while the complete report is on its way', () => {
    const TIRED = 'I am tired of chasing your team for the March invoice. It was charged twice and nobody answered.';
    /** A worker that answers partial first and the complete report when the test says so. */
    function startingWorker() {
      let release: () => void = () => undefined;
      const released = new Promise<void>((resolve) => (release = resolve));
      let answerDismiss: () => void = () => undefined;
      const dismissAnswered = new Promise<void>((resolve) => (answerDismiss = resolve));
      const opened: Array<{ issues: { statement: string }[] }> = [];
      const calls: string[] = [];
      const request = vi.fn(async (type: string, payload: { text: string; complete?: boolean; issues?: { statement: string }[] }) => {
        calls.push(payload.complete ? 'tone:complete' : type);
        if (type === 'tone:analyze') {
          if (!payload.complete) return { ...analyze(payload.text, {}, null), partial: true };
          await released;
          return analyzeTone(payload.text);
        }
        if (type === 'case:open-from-message') {
          opened.push({ issues: payload.issues ?? [] });
          return { caseId: 'c1', created: true };
        }
        if (type === 'case:for-sender') return opened.length ? { caseId: 'c1' } : null;
        if (type === 'thread:dismiss') await dismissAnswered;
        return { ok: true };
      }) as unknown as Requester;
      const c = createSidebarController({ provider: fakeProvider('thread', { ok: true, value: thread(message({ text: TIRED })) }), request, settings });
      return { c, release, answerDismiss, opened, calls };
    }
    const statements = (c: ReturnType<typeof createSidebarController>) => (c.state.kind === 'analysed' ? c.state.report.issues.map((i) => i.statement) : []);

    it('keeps a dismissal made meanwhile, and shows the complete wording after', async () => {
      const { c, release, answerDismiss } = startingWorker();
      await c.refresh();
      expect(statements(c)[0]).toMatch(/^chasing your team/);
      const dismissing = c.dismiss();
      release();
      await vi.waitFor(() => expect(statements(c)[0]).toMatch(/^having to chase your team/));
      answerDismiss();
      await dismissing;
      expect(c.state.kind === 'analysed' && c.state.dismissed).toBe(true);
      expect(statements(c)[0]).toMatch(/^having to chase your team/);
    });

    it('still shows the complete report after a second refresh for the same message', async () => {
      const { c, release, calls } = startingWorker();
      await c.refresh();
      await c.refresh();
      release();
      await vi.waitFor(() => expect(statements(c)[0]).toMatch(/^having to chase/));
      expect(calls.filter((t) => t === 'tone:analyze')).toHaveLength(1);
    });

    it('opens a case with the issues as the complete report states them', async () => {
      const { c, release, opened } = startingWorker();
      await c.refresh();
      const opening = c.openCase();
      await new Promise((r) => setTimeout(r, 10));
      expect(opened).toHaveLength(0);
      release();
      await opening;
      expect(opened[0].issues[0].statement).toMatch(/^having to chase your team/);
      expect(c.state.kind === 'analysed' && c.state.openCase).toEqual({ caseId: 'c1' });
    });
  });

  describe('"Not a complaint"', () => {
    /** A background that remembers dismissals per thread, as the thread record does. */
    function rememberingRequest() {
      const dismissed = new Set<string>();
      const calls: string[] = [];
      let opened = false;
      const request = vi.fn(async (type: string, payload: { text?: string; threadId?: string }) => {
        calls.push(type);
        if (type === 'tone:analyze') return analyzeTone(payload.text ?? '');
        if (type === 'case:for-sender') return opened ? { caseId: 'c1' } : null;
        // A case linked to the thread takes its dismissal back (linkThread in lib/cases/threads.ts).
        if (type === 'case:open-from-message') {
          opened = true;
          dismissed.delete(payload.threadId ?? '');
          return { caseId: 'c1', created: true };
        }
        if (type === 'thread:record') return { ok: true, dismissed: dismissed.has(payload.threadId ?? '') };
        if (type === 'thread:dismiss') dismissed.add(payload.threadId ?? '');
        if (type === 'thread:undismiss') dismissed.delete(payload.threadId ?? '');
        return { ok: true };
      }) as unknown as Requester;
      return { request, calls };
    }
    const shown = (c: ReturnType<typeof createSidebarController>) =>
      c.state.kind === 'analysed' ? { flagged: c.state.flagged, dismissed: c.state.dismissed } : null;

    it('can be undone: the analyser\'s flag comes back', async () => {
      const { request, calls } = rememberingRequest();
      const c = createSidebarController({ provider: fakeProvider('thread', { ok: true, value: thread(message()) }), request, settings });
      await c.refresh();
      expect(shown(c)).toEqual({ flagged: true, dismissed: false });
      await c.dismiss();
      // The analyser's call is kept beside the user's, so that undoing it has something to go back to.
      expect(shown(c)).toEqual({ flagged: true, dismissed: true });
      await c.undismiss();
      expect(shown(c)).toEqual({ flagged: true, dismissed: false });
      expect(calls.filter((t) => t.startsWith('thread:'))).toEqual(['thread:record', 'thread:dismiss', 'thread:undismiss']);
    });

    it('is still shown, and can still be undone, when the thread is opened again', async () => {
      const { request } = rememberingRequest();
      const c = createSidebarController({ provider: fakeProvider('thread', { ok: true, value: thread(message()) }), request, settings });
      await c.refresh();
      await c.dismiss();
      await c.refresh({ force: true });
      expect(shown(c)).toEqual({ flagged: true, dismissed: true });
      await c.undismiss();
      await c.refresh({ force: true });
      expect(shown(c)).toEqual({ flagged: true, dismissed: false });
    });

    it('is taken back by opening a case on the thread, as the thread record takes it back', async () => {
      const { request } = rememberingRequest();
      const c = createSidebarController({ provider: fakeProvider('thread', { ok: true, value: thread(message()) }), request, settings });
      await c.refresh();
      await c.dismiss();
      await c.openCase();
      // Otherwise the tone card hid its flag until the thread was read again, and a case closed later
      // brought back an Undo for a dismissal the record no longer had.
      expect(shown(c)).toEqual({ flagged: true, dismissed: false });
      await c.refresh({ force: true });
      expect(shown(c)).toEqual({ flagged: true, dismissed: false });
    });
  });

  it('does not analyse the same message twice, unless forced', async () => {
    const { request, calls } = fakeRequest();
    const c = createSidebarController({ provider: fakeProvider('thread', { ok: true, value: thread(message()) }), request, settings });
    await c.refresh();
    await c.refresh();
    expect(calls.filter((t) => t === 'tone:analyze')).toHaveLength(1);
    await c.refresh({ force: true });
    expect(calls.filter((t) => t === 'tone:analyze')).toHaveLength(2);
  });

  it('joins a second refresh for the message already being analysed instead of analysing it again', async () => {
    const { request, calls } = fakeRequest();
    const c = createSidebarController({ provider: fakeProvider('thread', { ok: true, value: thread(message()) }), request, settings });
    await Promise.all([c.refresh(), c.refresh()]);
    expect(calls.filter((t) => t === 'tone:analyze')).toHaveLength(1);
    expect(c.state.kind).toBe('analysed');
  });

  it('abandons an analysis in flight when another message is opened', async () => {
    const { request, calls } = fakeRequest();
    let read: ProviderResult<OpenThread> = { ok: true, value: thread(message({ id: 'm1', text: 'Thanks, the report arrived and looks great.' })) };
    const provider = { ...fakeProvider('thread', read), readThread: () => read } as MailProvider;
    const c = createSidebarController({ provider, request, settings });
    const first = c.refresh();
    read = { ok: true, value: thread(message()) };
    await Promise.all([first, c.refresh()]);
    expect(calls.filter((t) => t === 'tone:analyze')).toHaveLength(2);
    expect(c.state.kind === 'analysed' && c.state.message.messageId).toBe('m2');
  });

  it('says which part is missing when the layout changed, and analyses nothing', async () => {
    const { request, calls } = fakeRequest();
    const broken: ProviderResult<OpenThread> = { ok: false, missing: ['body'], message: "Gmail's layout changed: message body not found" };
    const c = createSidebarController({ provider: fakeProvider('thread', broken), request, settings });
    await c.refresh();
    expect(c.state).toEqual({ kind: 'layout-changed', missing: ['body'], message: "Gmail's layout changed: message body not found" });
    expect(calls).toEqual([]);
  });

  it('shows the list state outside a thread, and the own-message state when the user wrote last', async () => {
    const { request } = fakeRequest();
    const list = createSidebarController({ provider: fakeProvider('list', { ok: true, value: thread(null) }), request, settings });
    await list.refresh();
    expect(list.state.kind).toBe('no-message');
    const own = createSidebarController({ provider: fakeProvider('thread', { ok: true, value: thread(null, [message({ byUser: true })]) }), request, settings });
    await own.refresh();
    expect(own.state.kind).toBe('own-message');
  });

  it('turns a reloaded extension into one calm notice', async () => {
    const request = vi.fn(async () => {
      throw new ContextInvalidatedError();
    }) as unknown as Requester;
    const c = createSidebarController({ provider: fakeProvider('thread', { ok: true, value: thread(message()) }), request, settings });
    await c.refresh();
    expect(c.state.kind).toBe('invalidated');
  });
});
