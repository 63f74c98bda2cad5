/**
 * A calm thank-you or a message the analyser did not score gets no rescue draft by default, from the
 * sidebar or from the insert-reply shortcut; concerned, upset and escalation messages, and any thread
 * with an open case, do.
 */
import { describe, expect, it, vi } from 'vitest';
import { createSidebarController, type Requester } from '../../lib/content/controller';
import { replyAdvice } from '../../lib/content/reply-advice';
import type { MailProvider, OpenThread, ThreadMessage } from '../../lib/providers/types';
import type { CaseSummary } from '../../lib/messaging/protocol';
import { DEFAULT_SETTINGS } from '../../lib/settings/schema';
import { analyzeTone } from '../../lib/tone';
import type { ToneLevel, ToneReport } from '../../lib/tone/types';

const CALM = 'Thanks for the draft plan, it reads well.';
const GERMAN =
  'Hallo Dana, die Lieferung ist schon wieder falsch. Wir haben das jetzt zum zweiten Mal reklamiert und erwarten bis Freitag eine Gutschrift.';
const ANGRY = 'This is the third outage this month and you promised a fix by Friday. Nothing happened. We will look at other vendors.';
const CASE = { caseId: 'c1' } as CaseSummary;

function scored(level: ToneLevel, issues: ToneReport['issues'] = []): ToneReport {
  return { ...analyzeTone(CALM), level, issues };
}

const view = (report: ToneReport, over: { flagged?: boolean; dismissed?: boolean; openCase?: CaseSummary | null } = {}) => ({
  report,
  flagged: false,
  dismissed: false,
  openCase: null,
  ...over,
});

describe('reply advice', () => {
  it('suggests no rescue reply for a calm message with no issue, no flag and no case', () => {
    const report = analyzeTone(CALM);
    expect(report.level).toBe('calm');
    expect(replyAdvice(view(report))).toEqual({ kind: 'calm' });
  });

  it.each([
    ['a German message', GERMAN, 'unsupported-language'],
    ['a one-line "ok thanks"', 'ok thanks', 'too-short'],
  ])('says %s was not scored instead of suggesting a draft', (_name, text, status) => {
    expect(replyAdvice(view(analyzeTone(text)))).toEqual({ kind: 'unscored', status });
  });

  it.each(['concerned', 'upset', 'escalation'] as ToneLevel[])('offers the listen-first draft on a %s message', (level) => {
    expect(replyAdvice(view(scored(level)))).toEqual({ kind: 'suggest', draftId: 'first-full' });
  });

  it('offers it on a calm message with an issue, or flagged for a watched client, unless marked "Not a complaint"', () => {
    const issue = { statement: 'invoice 4411 charged twice', evidence: 'Invoice 4411 was charged twice.', start: 0, end: 1, kind: 'specific' as const };
    expect(replyAdvice(view(scored('calm', [issue]))).kind).toBe('suggest');
    expect(replyAdvice(view(scored('calm'), { flagged: true })).kind).toBe('suggest');
    expect(replyAdvice(view(scored('calm'), { flagged: true, dismissed: true })).kind).toBe('calm');
  });

  it('on a thread with an open case, offers the status update for a calm or unscored message and the listen-first draft for a complaint', () => {
    expect(replyAdvice(view(analyzeTone(CALM), { openCase: CASE }))).toEqual({ kind: 'suggest', draftId: 'status-update' });
    expect(replyAdvice(view(analyzeTone(GERMAN), { openCase: CASE }))).toEqual({ kind: 'suggest', draftId: 'status-update' });
    expect(replyAdvice(view(scored('upset'), { openCase: CASE }))).toEqual({ kind: 'suggest', draftId: 'first-full' });
  });
});

function message(text: string): ThreadMessage {
  return {
    id: 'm1',
    from: { name: 'Rui Costa', address: 'r.costa@vela-foods.pt' },
    recipients: [],
    subject: 'Draft plan',
    sentAt: '2026-11-25T09:00:00Z',
    dateText: '',
    text,
    state: 'ok',
    attachments: [],
    byUser: false,
    forwarded: null,
  };
}

function controllerFor(text: string, openCase: CaseSummary | null = null) {
  const m = message(text);
  const thread: OpenThread = {
    provider: 'gmail',
    threadId: 't1',
    subject: 'Draft plan',
    messages: [m],
    userAddress: 'dana@northwind.studio',
    analysed: m,
    analysedFrom: m.from,
    userReplies: [],
  };
  const inserted: string[] = [];
  const provider = {
    id: 'gmail',
    label: 'Gmail',
    currentView: () => 'thread',
    readThread: () => ({ ok: true, value: thread }),
    waitForThread: async () => ({ ok: true, value: thread }),
    insertReply: async (t: string) => {
      inserted.push(t);
      return { ok: true, value: { box: null, already: false } };
    },
  } as unknown as MailProvider;
  const sent: { type: string; payload: Record<string, unknown> }[] = [];
  const request = vi.fn(async (type: string, payload: Record<string, unknown>) => {
    sent.push({ type, payload });
    if (type === 'tone:analyze') return analyzeTone(String(payload.text));
    if (type === 'case:for-sender') return openCase;
    if (type === 'draft:first-response') return { body: `first response (${String(payload.variant)})` };
    if (type === 'case:draft') return { body: `case draft: ${String(payload.kind)}` };
    if (type === 'case:open-from-message') return { caseId: 'c1', created: true };
    return { ok: true, dismissed: false };
  }) as unknown as Requester;
  const c = createSidebarController({ provider, request, settings: () => DEFAULT_SETTINGS });
  return { c, inserted, sent };
}

describe('the insert-reply shortcut', () => {
  it('inserts nothing on a calm message and says why', async () => {
    const { c, inserted, sent } = controllerFor(CALM);
    await c.refresh();
    expect(await c.insertSuggestedReply()).toEqual({ kind: 'calm' });
    expect(inserted).toEqual([]);
    expect(sent.map((s) => s.type)).not.toContain('draft:first-response');
  });

  it('inserts nothing on an unscored message', async () => {
    const { c, inserted } = controllerFor(GERMAN);
    await c.refresh();
    expect((await c.insertSuggestedReply()).kind).toBe('unscored');
    expect(inserted).toEqual([]);
  });

  it('inserts the listen-first draft on an angry message', async () => {
    const { c, inserted } = controllerFor(ANGRY);
    await c.refresh();
    expect((await c.insertSuggestedReply()).kind).toBe('suggest');
    expect(inserted).toEqual(['first response (full)']);
  });

  it('inserts the status update on a calm message in a thread with an open case', async () => {
    const { c, inserted } = controllerFor(CALM, CASE);
    await c.refresh();
    await c.insertSuggestedReply();
    expect(inserted).toEqual(['case draft: status-update']);
  });
});

describe('"Open rescue case" on a calm or unscored message', () => {
  it.each([
    ['calm', CALM, { level: 'calm', score: analyzeTone(CALM).score }],
    ['German', GERMAN, { level: null, score: null }],
    ['too short', 'ok thanks', { level: null, score: null }],
  ])('sends the tone as scored (%s), not "concerned"', async (_name, text, expected) => {
    const { c, sent } = controllerFor(text);
    await c.refresh();
    await c.openCase();
    expect(sent.find((s) => s.type === 'case:open-from-message')?.payload).toMatchObject(expected);
  });
});
