/**
 * Every schema version upgrades real data of the ones before it. Pattern for the next version:
 * add test/fixtures/db/v<N>.json (an export made by version N), then a test that loads it with
 * `openAt(N)`, reopens with the current schema and checks the data and the upgrade.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { listCases } from '../../lib/cases/case-list';
import { DATA_TABLES, type RescueDb } from '../../lib/cases/db';
import { exportAll } from '../../lib/cases/export-import';
import { parseImport, type ExportFile } from '../../lib/cases/export-format';
import { CURRENT_SCHEMA_VERSION, SCHEMA_VERSIONS } from '../../lib/cases/schema';
import { freshDb } from './helpers';

/** Every saved fixture version: adding test/fixtures/db/v<N>.json puts it under the "intact" test below. */
const FIXTURE_VERSIONS = readdirSync(new URL('../fixtures/db/', import.meta.url))
  .map((f) => /^v(\d+)\.json$/.exec(f)?.[1])
  .filter((v): v is string => !!v)
  .map(Number)
  .sort((a, b) => a - b);

const fixture = (v: number): ExportFile =>
  JSON.parse(readFileSync(new URL(`../fixtures/db/v${v}.json`, import.meta.url), 'utf8')) as ExportFile;

/** A database holding `file`'s rows, written raw by a Dexie that knows only versions up to `version`. */
async function openAt(version: number, file: ExportFile, factory: IDBFactory): Promise<void> {
  const old = freshDb({ factory, versions: SCHEMA_VERSIONS.filter((v) => v.version <= version) });
  await old.transaction('rw', old.tables, async () => {
    for (const table of DATA_TABLES) await old.table(table).bulkAdd(file.data[table]);
  });
  expect(old.verno).toBe(version);
  old.close();
}

async function upgraded(version: number): Promise<{ db: RescueDb; file: ExportFile }> {
  const factory = new IDBFactory();
  const file = fixture(version);
  await openAt(version, file, factory);
  const db = freshDb({ factory });
  await db.open();
  return { db, file };
}

describe('schema migrations', () => {
  it('declares versions in increasing order', () => {
    const versions = SCHEMA_VERSIONS.map((v) => v.version);
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
    expect(new Set(versions).size).toBe(versions.length);
    expect(CURRENT_SCHEMA_VERSION).toBe(3);
  });

  it('has a fixture for every shipped version', () => {
    expect(FIXTURE_VERSIONS).toEqual(SCHEMA_VERSIONS.map((v) => v.version));
  });

  it.each(FIXTURE_VERSIONS)('v%i → current: every row arrives intact', async (version) => {
    const { db, file } = await upgraded(version);
    expect(file.version).toBe(version);
    expect(db.verno).toBe(CURRENT_SCHEMA_VERSION);
    const after = await exportAll(db, file.exportedAt);
    expect(after.data).toEqual(file.data);
  });

  it('v1 → v2: search words are backfilled and the overdue index answers', async () => {
    const { db, file } = await upgraded(1);
    for (const c of await db.cases.toArray()) expect(c.words?.length).toBeGreaterThan(0);
    const acme = file.data.cases.find((c) => c.title.startsWith('Invoice'));
    const found = await listCases(db, { search: 'acme invoice', now: file.exportedAt });
    expect(found.items.map((x) => x.case.id)).toEqual([acme?.id]);
    // The hostile display name is searchable as plain words, not markup.
    expect((await listCases(db, { search: 'onerror', now: file.exportedAt })).total).toBe(1);
    const overdueFirst = await listCases(db, { now: '2026-03-01T00:00:00.000Z' });
    expect(overdueFirst.items[0]).toMatchObject({ overdue: true, case: { id: acme?.id } });
  });

  it('v2 → v3: a message 0.1.0 could not score loses the "concerned" it was saved with; scored rows keep theirs', async () => {
    const factory = new IDBFactory();
    const file = fixture(2);
    const [scored] = file.data.messages;
    const unscored = { ...scored, id: 'unscored-message', messageId: 'm-unscored', level: 'concerned' as const, score: null };
    await openAt(2, { ...file, data: { ...file.data, messages: [...file.data.messages, unscored] } }, factory);
    const db = freshDb({ factory });
    await db.open();
    expect((await db.messages.get('unscored-message'))?.level).toBeNull();
    expect((await db.messages.get(scored.id))?.level).toBe(scored.level);
    expect((await db.threads.toArray()).map((t) => t.level)).toEqual(file.data.threads.map((t) => t.level));
  });

  it("v2 → v3: a case is found by its contact's name and address", async () => {
    const { db, file } = await upgraded(2);
    const acme = file.data.cases.filter((c) => c.clientId === file.data.clients.find((k) => k.name === 'Acme Corp')?.id && !c.deletedAt);
    expect(acme.length).toBeGreaterThan(0);
    for (const search of ['reyes', 'dana.reyes']) {
      const found = await listCases(db, { search, now: file.exportedAt });
      expect(found.items.map((x) => x.case.id).sort()).toEqual(acme.map((c) => c.id).sort());
    }
  });

  it('v2 → v3: an export made by 0.1.0 is repaired the same way on import', () => {
    const file = fixture(2);
    const [scored] = file.data.messages;
    const raw = { ...file, data: { ...file.data, messages: [...file.data.messages, { ...scored, id: 'unscored-message', level: 'concerned', score: null }] } };
    const { data } = parseImport(JSON.parse(JSON.stringify(raw)));
    expect(data.messages.find((m) => m.id === 'unscored-message')?.level).toBeNull();
    expect(data.messages.find((m) => m.id === scored.id)?.level).toBe(scored.level);
  });
});
