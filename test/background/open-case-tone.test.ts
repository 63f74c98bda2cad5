/**
 * "Open rescue case" on a message the analyser did not score (another language, a one-line note) or
 * found calm: the case records the tone as it was measured, not a "Concerned" nobody measured. Goes
 * through the router, as a content script's request does, to the rows the dashboard reads.
 */
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createHandlers } from '../../entrypoints/background/handlers';
import { getCaseDetail } from '../../lib/cases/case-detail';
import { RescueDb } from '../../lib/cases/db';
import { createRouter, type Handlers } from '../../lib/messaging/router';
import { DEFAULT_SETTINGS } from '../../lib/settings/schema';
import { createWarmUp } from '../../lib/tone/warm-up';
import { loadedNlp } from '../support/nlp-loaders';

const OURS = 'abcdefghijklmnopabcdefghijklmnop';
const GERMAN =
  'Hallo Dana, die Lieferung ist schon wieder falsch. Wir haben das jetzt zum zweiten Mal reklamiert und erwarten bis Freitag eine Gutschrift.';
const CALM = 'Thanks for the draft plan, it reads well.';
const ANGRY = 'This is the third outage this month and you promised a fix by Friday. Nothing happened. We will look at other vendors.';

let db: RescueDb;
let handlers: ReturnType<typeof createHandlers>;
let router: ReturnType<typeof createRouter>;

beforeEach(() => {
  fakeBrowser.reset();
  db = new RescueDb({ name: `t-${Math.random()}`, indexedDB: new IDBFactory(), IDBKeyRange });
  handlers = createHandlers({
    db,
    settings: async () => DEFAULT_SETTINGS,
    now: () => new Date('2026-11-25T09:00:00Z'),
    openDashboard: async () => undefined,
    nlp: loadedNlp(),
    warmUp: createWarmUp(),
  });
  router = createRouter(handlers as unknown as Handlers, { extensionId: OURS });
});

/** What the controller sends for `text` (lib/content/controller.ts openCaseRequest). */
async function openFrom(text: string, messageId: string) {
  const { partial: _partial, ...report } = await handlers['tone:analyze']({ text, complete: true }, {});
  const answer = await router.listener(
    {
      cr: 1,
      type: 'case:open-from-message',
      payload: {
        sender: { name: 'Rui Costa', address: 'r.costa@vela-foods.pt' },
        provider: 'gmail',
        threadId: 't1',
        messageId,
        subject: 'Lieferung',
        // m1, m2, m3 an hour apart, so the case lists them in that order.
        sentAt: `2026-11-24T0${messageId.slice(1)}:00:00Z`,
        level: report.status === 'ok' ? (report.level ?? null) : null,
        score: report.status === 'ok' ? report.score : null,
        issues: report.issues.map(({ statement, evidence, kind }) => ({ statement, evidence, kind })),
      },
    },
    { id: OURS },
  );
  if (!answer) throw new Error('dropped');
  const envelope = await answer;
  if (!envelope.ok) throw new Error(envelope.error);
  return { report, caseId: (envelope.value as { caseId: string }).caseId };
}

describe('opening a case from a message the analyser did not score', () => {
  it('records the message as not scored: no level, no score, left out of the tone chart', async () => {
    const { report, caseId } = await openFrom(GERMAN, 'm1');
    expect(report.status).toBe('unsupported-language');
    const detail = await getCaseDetail(db, caseId);
    expect(detail.messages).toHaveLength(1);
    expect(detail.messages[0]).toMatchObject({ level: null, score: null });
    // The case needs a severity to sort by: the default a case opened by hand gets, with no score behind it.
    expect(detail.case.severity).toBe('concerned');
    expect(detail.case.severityScore).toBeNull();
    expect(detail.issues).toEqual([]);
    const thread = await db.threads.get('gmail:t1');
    expect(thread).toMatchObject({ level: null, score: null, caseId });
  });

  it('does not raise an open case by an unscored message, and a later scored one does', async () => {
    const { caseId } = await openFrom(CALM, 'm1');
    expect((await db.cases.get(caseId))?.severity).toBe('calm');
    await openFrom('ok thanks', 'm2');
    expect((await db.cases.get(caseId))?.severity).toBe('calm');
    await openFrom(ANGRY, 'm3');
    const detail = await getCaseDetail(db, caseId);
    expect(detail.case.severity).not.toBe('calm');
    expect(detail.messages.map((m) => m.level === null)).toEqual([false, true, false]);
  });
});

describe('opening a case from a calm message', () => {
  it('keeps it calm, with its score, instead of calling it "Concerned"', async () => {
    const { report, caseId } = await openFrom(CALM, 'm1');
    expect(report.level).toBe('calm');
    const detail = await getCaseDetail(db, caseId);
    expect(detail.case.severity).toBe('calm');
    expect(detail.case.severityScore).toBe(report.score);
    expect(detail.messages[0]).toMatchObject({ level: 'calm', score: report.score });
  });
});
