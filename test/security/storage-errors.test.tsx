// @vitest-environment jsdom
// First: dexie reads the global indexedDB when it loads, and liveQuery needs that global.
import 'fake-indexeddb/auto';
/**
 * Issue 10, data: a full disk or an aborted transaction reaches the user as a sentence, never
 * silently, and an import is all-or-nothing. The store-level mapping is tested in
 * test/cases/errors.test.ts and a quota alert on the case page in test/dashboard/case-page.test.tsx
 * (by mocking one table method); these go end to end through dexie's own middleware stack:
 * - sidebar path: background handlers → router → the answer a content script gets (protection:
 *   the router's toStorageError hook as the background wires it, and writeTx rolling back);
 * - dashboard path: an import failing on its LAST table with QuotaExceededError shows the quota
 *   sentence and leaves the database exactly as it was (protection: applyImport's single
 *   transaction + DashboardEnv.run reporting errors).
 */
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createHandlers } from '../../entrypoints/background/handlers';
import { createWarmUp } from '../../lib/tone/warm-up';
import { RescueDb, DATA_TABLES } from '../../lib/cases/db';
import { StorageError, toStorageError } from '../../lib/cases/errors';
import { exportAll } from '../../lib/cases/export-import';
import { createRouter } from '../../lib/messaging/router';
import { DEFAULT_SETTINGS } from '../../lib/settings/schema';
import { failWritesTo, rowCounts } from '../cases/helpers';
import { loadedNlp } from '../support/nlp-loaders';
import { fillSample } from '../cases/sample-data';
import { button, click, waitFor } from '../dashboard/dom';
import { mountDashboard, newDb, type Harness } from '../dashboard/harness';

const OURS = 'ourextensionid';

/** The router exactly as entrypoints/background/index.ts wires it. */
function backgroundRouter(db: RescueDb) {
  const handlers = createHandlers({
    db,
    settings: async () => DEFAULT_SETTINGS,
    now: () => new Date('2026-11-25T09:00:00Z'),
    openDashboard: async () => undefined,
    nlp: loadedNlp(),
    warmUp: createWarmUp(),
  });
  return createRouter(handlers, {
    extensionId: OURS,
    toStorageError: (e) => {
      const storageError = toStorageError(e);
      return storageError instanceof StorageError ? storageError.userMessage : null;
    },
  });
}

const OPEN_CASE = {
  cr: 1,
  type: 'case:open-from-message',
  payload: {
    sender: { name: 'Maria Keller', address: 'maria@acme-corp.com' },
    provider: 'gmail',
    threadId: 't1',
    messageId: 'm1',
    subject: 'Third outage this month',
    sentAt: '2026-11-24T08:00:00Z',
    level: 'upset',
    score: 72,
    issues: [{ statement: 'Invoice 4471 charged twice', evidence: 'Invoice 4471 was charged twice.', kind: 'specific' }],
  },
};

beforeEach(() => fakeBrowser.reset());

describe('sidebar path: "Open rescue case" on a full or interrupted database', () => {
  it.each([
    ['quota', () => new DOMException('The quota has been exceeded.', 'QuotaExceededError'), /run out of storage/],
    ['aborted', () => new DOMException('The transaction was aborted.', 'AbortError'), /interrupted and not saved/],
  ] as const)('%s: the content script is told in words, and nothing was half-written', async (_kind, error, sentence) => {
    const db = newDb();
    // Issues are written after the client and the case in the same transaction: those must roll back.
    failWritesTo(db, 'issues', error);
    const answer = await backgroundRouter(db).listener(OPEN_CASE, { id: OURS });
    expect(answer).toMatchObject({ ok: false, code: 'storage', error: expect.stringMatching(sentence) });
    expect(Object.values(await rowCounts(db)).every((n) => n === 0)).toBe(true);
    await db.delete();
  });
});

describe('dashboard path: an import that runs out of space', () => {
  let h: Harness | null = null;
  afterEach(async () => {
    await h?.cleanup();
    h = null;
  });

  it('says so and changes nothing, even when only the last table of the import fails', async () => {
    URL.createObjectURL = vi.fn(() => 'blob:test');
    URL.revokeObjectURL = vi.fn();
    const source = newDb();
    await fillSample(source);
    const file = JSON.stringify(await exportAll(source, '2026-11-25T10:00:00Z'));
    await source.delete();

    const db = newDb();
    const lastTable = DATA_TABLES[DATA_TABLES.length - 1];
    failWritesTo(db, lastTable, () => new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
    h = await mountDashboard(db);
    await waitFor(() => h!.container.textContent?.includes('No rescue cases yet'));
    const before = await rowCounts(db);

    const input = h.container.querySelector<HTMLInputElement>('input[type="file"]')!;
    Object.defineProperty(input, 'files', { value: [new File([file], 'backup.json', { type: 'application/json' })], configurable: true });
    await act(() => {
      input.dispatchEvent(new Event('change', { bubbles: true }));
    });
    const preview = await waitFor(() => h!.container.querySelector<HTMLElement>('[data-cr="import-preview"]'));
    await click(button(preview, /^Import \d+ new or changed records$/));

    const alert = await waitFor(() =>
      [...h!.container.querySelectorAll('[role="alert"]')].find((a) => /run out of storage/.test(a.textContent ?? '')),
    );
    expect(alert.textContent).toMatch(/was not saved/);
    // Every earlier table's rows were written inside the same transaction and rolled back with it.
    expect(await rowCounts(db)).toEqual(before);
  });
});
