/** A fresh, private fake-indexeddb per database, so tests never see each other's rows. */
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { RescueDb } from '../../lib/cases/db';
import type { SchemaVersion } from '../../lib/cases/schema';
import type { OpenFromMessageInput } from '../../lib/cases/open-case';

export function freshDb(options: { factory?: IDBFactory; versions?: readonly SchemaVersion[]; name?: string } = {}): RescueDb {
  return new RescueDb({
    name: options.name ?? 'client-rescue-test',
    indexedDB: options.factory ?? new IDBFactory(),
    IDBKeyRange,
    versions: options.versions,
  });
}

export const NOW = '2026-03-02T10:00:00.000Z';

/** An angry message from Dana at Acme, as the sidebar would send it. */
export function angryMessage(overrides: Partial<OpenFromMessageInput> = {}): OpenFromMessageInput {
  return {
    sender: { name: 'Dana Reyes', address: 'Dana.Reyes@Acme-Corp.com' },
    provider: 'gmail',
    threadId: 't-100',
    messageId: 'm-1',
    subject: 'Invoice 4411 charged twice AGAIN',
    sentAt: '2026-03-02T09:12:00.000Z',
    report: { level: 'upset', score: 72 },
    issues: [
      { statement: 'Invoice 4411 charged twice', evidence: 'You charged invoice 4411 twice.', kind: 'specific' },
      { statement: 'You never answer', evidence: 'You never answer my emails.', kind: 'generality' },
    ],
    now: NOW,
    ...overrides,
  };
}

/** Makes every write to `table` fail with `error`, through Dexie's own middleware stack (call before first use). */
export function failWritesTo(db: RescueDb, table: string, error: () => Error): void {
  db.use({
    stack: 'dbcore',
    name: `fail-writes-${table}`,
    create: (down) => ({
      ...down,
      table: (name) => {
        const t = down.table(name);
        return name === table ? { ...t, mutate: () => Promise.reject(error()) } : t;
      },
    }),
  });
}

/** Row counts per table, for "nothing was written" assertions. */
export async function rowCounts(db: RescueDb): Promise<Record<string, number>> {
  const entries = await Promise.all(db.tables.map(async (t) => [t.name, await t.count()] as const));
  return Object.fromEntries(entries);
}
