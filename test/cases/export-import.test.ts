import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { updateCase, updateIssue } from '../../lib/cases/case-edits';
import { getCaseDetail } from '../../lib/cases/case-detail';
import { listCases } from '../../lib/cases/case-list';
import { StorageError } from '../../lib/cases/errors';
import { applyImport, exportAll, previewImport } from '../../lib/cases/export-import';
import { ImportError, parseImport, type ExportFile } from '../../lib/cases/export-format';
import { lastExportAt, needsExportReminder } from '../../lib/cases/export-reminder';
import { openCaseFromMessage } from '../../lib/cases/open-case';
import { CURRENT_SCHEMA_VERSION } from '../../lib/cases/schema';
import { angryMessage, failWritesTo, freshDb, rowCounts } from './helpers';
import { fillSample, HOSTILE } from './sample-data';

const EXPORTED = '2026-02-20T00:00:00.000Z';

async function sampleExport(): Promise<ExportFile> {
  const db = freshDb();
  await fillSample(db);
  return exportAll(db, EXPORTED);
}

/** The file as the user's disk would hold it. */
const viaDisk = (file: unknown) => parseImport(JSON.stringify(file));

describe('export', () => {
  it('writes a versioned file with every table, soft-deleted rows included and search words left out', async () => {
    const db = freshDb();
    await fillSample(db);
    const file = await exportAll(db, EXPORTED);
    expect(file).toMatchObject({ format: 'client-rescue', version: CURRENT_SCHEMA_VERSION, exportedAt: EXPORTED });
    expect(Object.keys(file.data).sort()).toEqual(['actions', 'cases', 'clients', 'commitments', 'issues', 'messages', 'threads', 'updates']);
    expect(file.data.cases.filter((c) => c.deletedAt)).toHaveLength(1);
    expect(file.data.issues.filter((i) => i.deletedAt)).toHaveLength(1);
    expect(file.data.cases.some((c) => 'words' in c)).toBe(false);
    expect(await lastExportAt(db)).toBe(EXPORTED);
  });

  it('keeps hostile text as the exact inert strings that were typed', async () => {
    const file = await sampleExport();
    const json = JSON.stringify(file);
    const back = JSON.parse(json) as ExportFile;
    const texts = [
      ...back.data.issues.flatMap((i) => [i.statement, i.evidence]),
      ...back.data.clients.map((c) => c.name),
      ...back.data.cases.map((c) => c.title),
      ...back.data.actions.map((a) => a.action),
      ...back.data.threads.map((t) => t.subject),
    ];
    for (const h of HOSTILE) expect(texts).toContain(h);
    // Escaped only as JSON requires: no HTML entity encoding, no stripping.
    expect(json).toContain('<img src=x onerror=alert(1)>');
    expect(json).not.toContain('&lt;');
  });
});

describe('import', () => {
  it('round-trips: export, import into an empty database, export again gives the same data', async () => {
    const file = await sampleExport();
    const db = freshDb();
    const preview = await previewImport(db, viaDisk(file));
    expect(preview.counts.issues).toEqual({ new: 7, changed: 0, unchanged: 0, conflicts: 0 });
    expect(await db.cases.count()).toBe(0); // preview writes nothing

    const report = await applyImport(db, viaDisk(file));
    expect(report.counts).toEqual(preview.counts);
    expect(report.conflicts).toEqual([]);
    const again = await exportAll(db, EXPORTED);
    expect(again.data).toEqual(file.data);

    // Imported cases are searchable and a second import changes nothing.
    expect((await listCases(db, { search: 'acme', now: EXPORTED })).total).toBe(1);
    const second = await applyImport(db, viaDisk(file));
    expect(Object.values(second.counts).every((c) => c.new === 0 && c.changed === 0 && c.conflicts === 0)).toBe(true);
  });

  it('imports a v1 file, upgrading it', async () => {
    const v1 = JSON.parse(readFileSync(new URL('../fixtures/db/v1.json', import.meta.url), 'utf8'));
    const parsed = viaDisk(v1);
    expect(parsed.fromVersion).toBe(1);
    const db = freshDb();
    await applyImport(db, parsed);
    expect((await exportAll(db, v1.exportedAt)).data).toEqual(v1.data);
    expect((await listCases(db, { search: 'invoice', now: v1.exportedAt })).total).toBe(1);
  });

  it('keeps a newer local row, reports it, and takes newer rows from the file', async () => {
    const source = freshDb();
    const { caseIds } = await fillSample(source);
    const file = await exportAll(source, EXPORTED);
    const target = freshDb();
    await applyImport(target, viaDisk(file));

    // Local edit after the export: newer than the file's copy, so it must survive.
    await updateCase(target, caseIds[0], { title: 'Local title' }, '2026-02-21T00:00:00.000Z');
    // Elsewhere: an earlier edit of the same case (loses), and a later edit of another case's issue (wins).
    await updateCase(source, caseIds[0], { title: 'Remote title' }, '2026-02-20T12:00:00.000Z');
    const issueId = file.data.issues.find((i) => i.caseId === caseIds[1])!.id;
    await updateIssue(source, issueId, { statement: 'Edited elsewhere' }, '2026-02-22T00:00:00.000Z');
    const newer = await exportAll(source, '2026-02-23T00:00:00.000Z');

    const preview = await previewImport(target, viaDisk(newer));
    const report = await applyImport(target, viaDisk(newer));
    expect(report).toEqual(preview);
    expect(report.conflicts).toEqual([
      { table: 'cases', id: caseIds[0], localUpdatedAt: '2026-02-21T00:00:00.000Z', incomingUpdatedAt: '2026-02-20T12:00:00.000Z' },
    ]);
    expect(report.counts.cases).toEqual({ new: 0, changed: 1, unchanged: 1, conflicts: 1 });
    expect(report.counts.issues).toEqual({ new: 0, changed: 1, unchanged: 6, conflicts: 0 });
    expect((await target.cases.get(caseIds[0]))?.title).toBe('Local title');
    expect((await target.issues.get(issueId))?.statement).toBe('Edited elsewhere');
    expect((await listCases(target, { search: 'elsewhere', now: EXPORTED })).total).toBe(1);
  });

  it('merges a client set up on two machines by its key instead of failing', async () => {
    const a = freshDb();
    const b = freshDb();
    const fromA = await openCaseFromMessage(a, angryMessage());
    const fromB = await openCaseFromMessage(b, angryMessage({ threadId: 't-b', messageId: 'm-b' }));
    expect(fromA.client.id).not.toBe(fromB.client.id);
    const report = await applyImport(b, viaDisk(await exportAll(a, EXPORTED)));
    expect(report.remappedClients).toBe(1);
    // Both machines had opened a case for this client: both are kept, and the preview said so.
    expect(report.secondOpenCases).toBe(1);
    expect(await b.clients.count()).toBe(1);
    expect(await b.cases.count()).toBe(2);
    // Importing the same file again adds nothing, so there is nothing to warn about.
    expect((await previewImport(b, viaDisk(await exportAll(a, EXPORTED)))).secondOpenCases).toBe(0);
    const imported = await getCaseDetail(b, fromA.case.id);
    expect(imported.client.id).toBe(fromB.client.id);
  });

  it('is all-or-nothing: a failure mid-way leaves the database as it was', async () => {
    const file = await sampleExport();
    const db = freshDb();
    // Clients, cases, issues… are written before updates; the updates write then fails.
    failWritesTo(db, 'updates', () => new DOMException('disk went away', 'AbortError'));
    await openCaseFromMessage(db, angryMessage({ sender: { name: 'Q', address: 'q@quiet.io' }, threadId: 'q' }));
    const before = await exportAll(db, EXPORTED);
    const error = await applyImport(db, viaDisk(file)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StorageError);
    expect((error as StorageError).kind).toBe('aborted');
    expect((await exportAll(db, EXPORTED)).data).toEqual(before.data);
  });
});

describe('parseImport rejects a malformed file whole', () => {
  const cases: [string, (f: ExportFile) => unknown, RegExp][] = [
    ['not JSON', () => '{"format": "client-rescue",', /not JSON/],
    ['another format', (f) => ({ ...f, format: 'something-else' }), /not a Client Rescue export/],
    ['a newer version', (f) => ({ ...f, version: CURRENT_SCHEMA_VERSION + 1 }), /newer Client Rescue/],
    ['a bad version', (f) => ({ ...f, version: '2' }), /version: expected a whole number/],
    ['a missing table', (f) => ({ ...f, data: { ...f.data, updates: undefined } }), /data\.updates: missing/],
    ['a bad step', (f) => edit(f, 'cases', 1, { step: 'panic' }), /data\.cases\[1\]\.step: expected one of listen/],
    ['a bad date', (f) => edit(f, 'issues', 2, { updatedAt: 'yesterday' }), /data\.issues\[2\]\.updatedAt: expected an ISO date/],
    ['a missing field', (f) => edit(f, 'actions', 0, { quickWin: undefined }), /data\.actions\[0\]\.quickWin: missing/],
    ['a dangling reference', (f) => edit(f, 'issues', 0, { caseId: 'nope' }), /data\.issues\[0\]\.caseId: points at a missing cases row/],
    ['a duplicate id', (f) => ({ ...f, data: { ...f.data, updates: [...f.data.updates, ...f.data.updates] } }), /duplicate id/],
    ['a bad thread id', (f) => edit(f, 'threads', 0, { id: 'x' }), /data\.threads\[0\]\.id/],
  ];

  it.each(cases)('%s', async (_name, spoil, message) => {
    const file = await sampleExport();
    const db = freshDb();
    const before = await rowCounts(db);
    const spoiled = spoil(file);
    let error: unknown;
    try {
      await applyImport(db, parseImport(typeof spoiled === 'string' ? spoiled : JSON.stringify(spoiled)));
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ImportError);
    expect((error as ImportError).message).toMatch(message);
    expect((error as ImportError).message).toMatch(/nothing was changed/);
    expect(await rowCounts(db)).toEqual(before);
  });

  it('lists several problems at once', async () => {
    const file = await sampleExport();
    const bad = edit(edit(file, 'cases', 0, { outcome: 'maybe', waitingOnClient: 'no' }), 'clients', 0, { addresses: 'x' });
    const error = (() => {
      try {
        parseImport(bad);
      } catch (e) {
        return e as ImportError;
      }
    })();
    expect(error?.problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^data\.clients\[0\]\.addresses: expected a list/),
        expect.stringMatching(/^data\.cases\[0\]\.outcome/),
        expect.stringMatching(/^data\.cases\[0\]\.waitingOnClient/),
      ]),
    );
  });
});

describe('needsExportReminder', () => {
  const day = (d: number) => `2026-03-${String(d).padStart(2, '0')}T10:00:00.000Z`;

  it('reminds when unexported work is over a week old, not before, and not after an export', async () => {
    const db = freshDb();
    expect(await needsExportReminder(db, day(20))).toBe(false); // nothing to lose
    await openCaseFromMessage(db, angryMessage({ now: day(1) }));
    expect(await needsExportReminder(db, day(7))).toBe(false);
    expect(await needsExportReminder(db, day(9))).toBe(true);
    await exportAll(db, day(9));
    expect(await needsExportReminder(db, day(20))).toBe(false); // nothing changed since
    await updateCase(db, (await db.cases.toCollection().first())!.id, { waitingOnClient: true }, day(10));
    expect(await needsExportReminder(db, day(15))).toBe(false);
    expect(await needsExportReminder(db, day(17))).toBe(true);
  });
});

function edit<T extends keyof ExportFile['data']>(
  file: ExportFile,
  table: T,
  index: number,
  changes: Record<string, unknown>,
): ExportFile {
  const rows = [...file.data[table]] as Record<string, unknown>[];
  rows[index] = { ...rows[index], ...changes };
  return { ...file, data: { ...file.data, [table]: rows } };
}
