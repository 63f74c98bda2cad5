import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createHandlers, type HandlerDeps } from '../../entrypoints/background/handlers';
import { RescueDb } from '../../lib/cases/db';
import { createRouter } from '../../lib/messaging/router';
import { createWarmUp } from '../../lib/tone/warm-up';
import { DEFAULT_SETTINGS, type Settings } from '../../lib/settings/schema';
import { loadedNlp, startingNlp } from '../support/nlp-loaders';

const ANGRY =
  'Hi Dana,\n\nThis is the third outage this month and you promised a fix by Friday. Nothing happened. ' +
  'Invoice 4471 was charged twice. If this is not fixed by Monday we will look at other vendors.\n\nMaria';

// Wednesday 25 November 2026, 10:00 in Berlin.
const NOW = new Date('2026-11-25T09:00:00Z');
const settings: Settings = { ...DEFAULT_SETTINGS, working: { ...DEFAULT_SETTINGS.working, timeZone: 'Europe/Berlin' }, escalationContact: 'boss@northwind.studio' };

let db: RescueDb;
let handlers: ReturnType<typeof createHandlers>;
const opened: string[] = [];

function deps(now = NOW): HandlerDeps {
  return { db, settings: async () => settings, now: () => now, openDashboard: async (hash) => void opened.push(hash), nlp: loadedNlp(), warmUp: createWarmUp() };
}

async function openCase(sentAt = '2026-11-24T08:00:00Z', sender = { name: 'Maria Keller', address: 'maria.keller@acme-corp.com' }) {
  const report = await handlers['tone:analyze']({ text: ANGRY }, {});
  return handlers['case:open-from-message'](
    {
      sender,
      provider: 'gmail',
      threadId: 't1',
      messageId: 'm1',
      subject: 'Third outage this month',
      sentAt,
      level: report.level ?? 'upset',
      score: report.score,
      issues: report.issues.map(({ statement, evidence, kind }) => ({ statement, evidence, kind })),
    },
    {},
  );
}

beforeEach(() => {
  fakeBrowser.reset();
  opened.length = 0;
  db = new RescueDb({ name: `t-${Math.random()}`, indexedDB: new IDBFactory(), IDBKeyRange });
  handlers = createHandlers(deps());
});

describe('background handlers', () => {
  it('analyses text and opens a case whose first update is due one working day later', async () => {
    const { caseId, created, issuesAdded } = await openCase();
    expect(created).toBe(true);
    expect(issuesAdded).toBe(await db.issues.where({ caseId }).count());
    expect(issuesAdded).toBeGreaterThan(0);
    const stored = await db.cases.get(caseId);
    expect(stored?.nextUpdateDue).toBe('2026-11-26T09:00:00.000Z');
    // The same message again: the case already has its issues.
    expect(await openCase()).toMatchObject({ caseId, created: false, issuesAdded: 0 });
    const summary = await handlers['case:for-sender']({ address: 'someone.else@acme-corp.com' }, {});
    expect(summary?.caseId).toBe(caseId);
    expect(summary?.openIssues.length).toBeGreaterThan(0);
    expect(summary?.dueState).toBe('ok');
  });

  it('counts a reply seen after the case opened as an update, and not one from before', async () => {
    const { caseId } = await openCase();
    const before = await handlers['reply:seen'](
      { provider: 'gmail', threadId: 't1', sentAt: '2026-11-20T10:00:00Z', text: 'Earlier answer.' },
      {},
    );
    expect(before.logged).toBe(false);
    expect((await db.cases.get(caseId))?.lastUpdateAt ?? null).toBeNull();

    const later = createHandlers(deps(new Date('2026-11-25T12:00:00Z')));
    const after = await later['reply:seen'](
      { provider: 'gmail', threadId: 't1', sentAt: '2026-11-25T11:00:00Z', text: "Hi Maria, I'll get back to you by tomorrow morning with the plan." },
      {},
    );
    expect(after.logged).toBe(true);
    const c = await db.cases.get(caseId);
    expect(c?.lastUpdateAt).toBe('2026-11-25T11:00:00.000Z');
    // The promise (tomorrow morning) is earlier than the cadence (tomorrow 12:00 Berlin).
    expect(c?.promisedUpdate?.phrase).toMatch(/tomorrow/i);
    expect(Date.parse(c!.nextUpdateDue!)).toBeLessThanOrEqual(Date.parse('2026-11-26T11:00:00Z'));
    const updates = await db.updates.where('[caseId+at]').between([caseId, ''], [caseId, '\uffff']).toArray();
    expect(updates.map((u) => u.source)).toEqual(['seen-reply']);
    expect(updates[0].summary).toBe("Reply sent: Hi Maria, I'll get back to you by tomorrow morning with the plan.");

    // Seeing the same reply again logs nothing twice.
    const again = await later['reply:seen'](
      { provider: 'gmail', threadId: 't1', sentAt: '2026-11-25T11:00:00Z', text: 'same' },
      {},
    );
    expect(again.logged).toBe(false);
  });

  it('escalates to the settings contact with a hand-off draft naming the client and issues', async () => {
    const { caseId } = await openCase();
    const draft = await handlers['case:escalate']({ caseId }, {});
    expect(draft.to).toBe('boss@northwind.studio');
    expect(draft.body).toMatch(/Acme Corp/);
    expect((await db.cases.get(caseId))?.escalatedAt).toBe(NOW.toISOString());
  });

  it.each([
    ['status-update', /Third outage|outage/i],
    ['plan-proposal', /plan/i],
    ['call-follow-up', /call/i],
  ] as const)('builds the %s draft from the case', async (kind, expected) => {
    const { caseId } = await openCase();
    const draft = await handlers['case:draft']({ caseId, kind }, {});
    expect(draft.body).toMatch(expected);
    expect(draft.body).not.toMatch(/undefined|null|NaN/);
  });

  it('drafts a first response from the message and checks a reply against its issues', async () => {
    const draft = await handlers['draft:first-response'](
      { text: ANGRY, senderName: 'Maria Keller', senderAddress: 'maria.keller@acme-corp.com', variant: 'full' },
      {},
    );
    expect(draft.body).toMatch(/^Hi Maria,/);
    expect(draft.body).toMatch(/1\./);
    const findings = await handlers['coach:check']({ draft: 'As I already said, you should have read the notes.', clientText: ANGRY }, {});
    expect(findings.map((f) => f.kind)).toEqual(expect.arrayContaining(['defensive', 'blame']));
  });

  // A mail client's filler for an unknown name, or a shared mailbox, is not a name to greet.
  it.each([
    ['Someone', 'someone@gmail.com'],
    ['Unknown sender', 'mk@acme-corp.com'],
    ['info', 'info@acme-corp.com'],
    ['', 'customer.care@acme-corp.com'],
  ])('greets %j <%s> without a name, in the first response and the status update', async (name, address) => {
    const first = await handlers['draft:first-response']({ text: ANGRY, senderName: name, senderAddress: address, variant: 'full' }, {});
    expect(first.body).toMatch(/^Hello,\n/);
    const { caseId } = await openCase(undefined, { name, address });
    const status = await handlers['case:draft']({ caseId, kind: 'status-update' }, {});
    expect(status.body).toMatch(/^Hello,\n/);
  });

  it('records, flags and dismisses threads for the message list', async () => {
    await handlers['thread:record'](
      { provider: 'gmail', threadId: 't9', newestMessageId: 'm9', fromAddress: 'a@b.com', subject: 'Late', level: 'upset', score: 70, messageAt: null, preliminary: false },
      {},
    );
    let flags = await handlers['threads:flags']({ provider: 'gmail', threadIds: ['t9', 'unknown'] }, {});
    expect(flags).toEqual([expect.objectContaining({ threadId: 't9', level: 'upset', dismissed: false, caseId: null })]);
    await handlers['thread:dismiss']({ provider: 'gmail', threadId: 't9' }, {});
    flags = await handlers['threads:flags']({ provider: 'gmail', threadIds: ['t9'] }, {});
    expect(flags[0].dismissed).toBe(true);
  });

  it('undoes "Not a complaint", and tells the sidebar on a later visit that the thread was dismissed', async () => {
    const seen = { provider: 'gmail', threadId: 't9', newestMessageId: 'm9', fromAddress: 'a@b.com', subject: 'Late', level: 'upset', score: 70, messageAt: null, preliminary: false } as const;
    expect(await handlers['thread:record'](seen, {})).toEqual({ ok: true, dismissed: false });
    await handlers['thread:dismiss']({ provider: 'gmail', threadId: 't9' }, {});
    // The message is analysed again on the next visit: the record keeps the user's choice and says so.
    expect(await handlers['thread:record']({ ...seen, newestMessageId: 'm10' }, {})).toEqual({ ok: true, dismissed: true });
    expect(await handlers['thread:undismiss']({ provider: 'gmail', threadId: 't9' }, {})).toEqual({ ok: true });
    const flags = await handlers['threads:flags']({ provider: 'gmail', threadIds: ['t9'] }, {});
    expect(flags).toEqual([expect.objectContaining({ threadId: 't9', level: 'upset', dismissed: false })]);
    expect(await handlers['thread:record'](seen, {})).toEqual({ ok: true, dismissed: false });
  });

  it('accepts an undo through the router only with a valid thread reference', async () => {
    const router = createRouter(handlers, { extensionId: 'ours' });
    await handlers['thread:record'](
      { provider: 'outlook', threadId: 'AAQk=', newestMessageId: 'm', fromAddress: 'a@b.com', subject: 's', level: 'escalation', score: 90, messageAt: null, preliminary: false },
      {},
    );
    await handlers['thread:dismiss']({ provider: 'outlook', threadId: 'AAQk=' }, {});
    const refused = await router.listener({ cr: 1, type: 'thread:undismiss', payload: { provider: 'outlook' } }, { id: 'ours' });
    expect(refused).toMatchObject({ ok: false, code: 'invalid' });
    expect((await db.threads.get('outlook:AAQk='))?.dismissed).toBe(true);
    const answer = await router.listener({ cr: 1, type: 'thread:undismiss', payload: { provider: 'outlook', threadId: 'AAQk=' } }, { id: 'ours' });
    expect(answer).toEqual({ ok: true, value: { ok: true } });
    expect((await db.threads.get('outlook:AAQk='))?.dismissed).toBe(false);
  });

  it('logs a manual update once, however often the same update is sent', async () => {
    const { caseId } = await openCase();
    const later = createHandlers(deps(new Date('2026-11-25T15:00:00Z')));
    const update = { updateId: 'u-1', caseId, summary: 'Sent the plan', channel: 'email' as const };
    await later['case:log-update'](update, {});
    // The answer to the first request was lost (timeout) and the user pressed the button again.
    await later['case:log-update'](update, {});
    const log = await db.updates.where('caseId').equals(caseId).toArray();
    expect(log.map((u) => [u.id, u.summary])).toEqual([['u-1', 'Sent the plan']]);
    expect((await db.cases.get(caseId))?.lastUpdateAt).toBe('2026-11-25T15:00:00.000Z');
    await later['case:log-update']({ ...update, updateId: 'u-2' }, {});
    expect(await db.updates.where('caseId').equals(caseId).count()).toBe(2);
  });

  it('opens the dashboard on the case with the status draft', async () => {
    await handlers['dashboard:open']({ caseId: 'c1', draft: 'status' }, {});
    expect(opened).toEqual(['case=c1&draft=status']);
  });
});

describe('a worker that has not loaded its language module yet', () => {
  afterEach(() => vi.useRealTimers());
  const SENT = '2026-11-24T08:00:00Z';

  it('answers with the final level at once, marked partial, and loads the module when asked for the complete report', async () => {
    const nlp = startingNlp();
    const starting = createHandlers({ ...deps(), nlp });
    const partial = await starting['tone:analyze']({ text: ANGRY, sentAt: SENT }, {});
    expect(partial.partial).toBe(true);
    expect(nlp.loads).toBe(0);
    // The phrase is found; its date needs the module.
    expect(partial.deadlines.map((d) => [d.phrase, d.resolved])).toContainEqual(['by Friday', null]);

    const complete = await starting['tone:analyze']({ text: ANGRY, sentAt: SENT, complete: true }, {});
    expect(nlp.loads).toBe(1);
    expect(complete.partial).toBeUndefined();
    expect(complete.deadlines.find((d) => d.phrase === 'by Friday')?.resolved).toMatch(/^2026-11-27/);
    // The verdict the sidebar shows first is already final.
    const verdict = ({ score, level, unhappy, signals, asks, deadlines }: typeof complete) => ({ score, level, unhappy, signals, asks, phrases: deadlines.map((d) => d.phrase) });
    expect(verdict(partial)).toEqual(verdict(complete));
  });

  it('words an issue fully only with the module ("having to chase"), so the sidebar asks for the complete report', async () => {
    const text = 'I am tired of chasing your team for the March invoice. It was charged twice and nobody answered.';
    const starting = createHandlers({ ...deps(), nlp: startingNlp() });
    const partial = await starting['tone:analyze']({ text }, {});
    const complete = await starting['tone:analyze']({ text, complete: true }, {});
    expect(partial.issues[0].statement).toMatch(/^chasing your team/);
    expect(complete.issues[0].statement).toMatch(/^having to chase your team/);
  });

  it('scores message-list rows and warms up without loading it', async () => {
    vi.useFakeTimers();
    const nlp = startingNlp();
    const starting = createHandlers({ ...deps(), nlp });
    const [row] = await starting['tone:prescore']({ items: [{ id: 'r1', text: ANGRY }] }, {});
    expect(row.level).toBe((await handlers['tone:analyze']({ text: ANGRY }, {})).level);
    await starting['tone:warm']({}, {});
    await vi.runAllTimersAsync();
    expect(nlp.loads).toBe(0);
  });

  it('still answers when the module cannot be loaded: no dates, no promise read from a reply, nothing thrown', async () => {
    const broken = { loaded: () => null, load: () => Promise.reject(new Error('blocked')) };
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const degraded = createHandlers({ ...deps(), nlp: broken });
    const report = await degraded['tone:analyze']({ text: ANGRY, sentAt: SENT, complete: true }, {});
    expect(report.level).toBe((await handlers['tone:analyze']({ text: ANGRY }, {})).level);
    expect(report.deadlines.find((d) => d.phrase === 'by Friday')?.resolved).toBeNull();
    expect(warn).toHaveBeenCalled();
    warn.mockRestore();
  });
});

describe('router', () => {
  it('answers only our own extension, and drops and counts invalid payloads', async () => {
    const router = createRouter(handlers, { extensionId: 'ours' });
    expect(router.listener({ cr: 1, type: 'tone:warm', payload: {} }, { id: 'someone-else' })).toBeUndefined();
    expect(router.listener({ type: 'tone:warm' }, { id: 'ours' })).toBeUndefined();
    expect(router.listener({ cr: 1, type: 'drop:tables', payload: {} }, { id: 'ours' })).toBeUndefined();
    const invalid = await router.listener({ cr: 1, type: 'tone:analyze', payload: { text: 42 } }, { id: 'ours' });
    expect(invalid).toMatchObject({ ok: false, code: 'invalid' });
    const tooLong = await router.listener({ cr: 1, type: 'case:for-sender', payload: { address: 'x'.repeat(400) } }, { id: 'ours' });
    expect(tooLong).toMatchObject({ ok: false, code: 'invalid' });
    expect(router.dropped).toEqual({ 'foreign-sender': 1, 'not-ours': 1, 'unknown-type': 1, 'invalid-payload': 2 });
    const ok = await router.listener({ cr: 1, type: 'tone:analyze', payload: { text: ANGRY, extra: 'dropped' } }, { id: 'ours' });
    expect(ok).toMatchObject({ ok: true, value: { status: 'ok' } });
  });
});
