import { describe, expect, it } from 'vitest';
import { addAction, logUpdate, setCommitment } from '../../lib/cases/case-edits';
import { getCaseDetail } from '../../lib/cases/case-detail';
import { listCases } from '../../lib/cases/case-list';
import { openCaseFromMessage } from '../../lib/cases/open-case';
import { eraseAll, purgeDeleted, restore, softDelete } from '../../lib/cases/soft-delete';
import { threadsByIds } from '../../lib/cases/threads';
import { angryMessage, freshDb, NOW } from './helpers';

const LATER = '2026-03-04T10:00:00.000Z';

describe('soft delete, undo and purge', () => {
  it('hides a deleted issue and brings it back on undo, touching the case each time', async () => {
    const db = freshDb();
    const { case: c, addedIssues } = await openCaseFromMessage(db, angryMessage());
    await softDelete(db, 'issues', addedIssues[0].id, LATER);
    let d = await getCaseDetail(db, c.id);
    expect(d.issues.map((i) => i.id)).toEqual([addedIssues[1].id]);
    expect(d.case.updatedAt).toBe(LATER);
    expect(await db.issues.get(addedIssues[0].id)).toMatchObject({ deletedAt: LATER, updatedAt: LATER });

    await restore(db, 'issues', addedIssues[0].id, '2026-03-05T10:00:00.000Z');
    d = await getCaseDetail(db, c.id);
    expect(d.issues).toHaveLength(2);
    expect(d.issues[0].deletedAt).toBeNull();
  });

  it('hides a deleted case from the list but still shows it in full for undo', async () => {
    const db = freshDb();
    const { case: c } = await openCaseFromMessage(db, angryMessage());
    await softDelete(db, 'cases', c.id, LATER);
    expect((await listCases(db, { now: LATER })).total).toBe(0);
    expect((await getCaseDetail(db, c.id)).case.deletedAt).toBe(LATER);
    await restore(db, 'cases', c.id, LATER);
    expect((await listCases(db, { now: LATER })).total).toBe(1);
  });

  it('purges deleted rows and everything under a purged case, and clears links to them', async () => {
    const db = freshDb();
    const a = await openCaseFromMessage(db, angryMessage());
    const b = await openCaseFromMessage(db, angryMessage({ sender: { name: 'Z', address: 'z@zeta.io' }, threadId: 't-z' }));
    await addAction(db, a.case.id, { action: 'fix', issueId: a.addedIssues[0].id }, NOW);
    await setCommitment(db, b.case.id, { text: 'renew', status: 'proposed' }, NOW);
    await logUpdate(db, b.case.id, { at: NOW, channel: 'email', summary: 'u', source: 'manual' }, NOW);
    await softDelete(db, 'issues', a.addedIssues[0].id, LATER);
    await softDelete(db, 'cases', b.case.id, LATER);

    // Nothing deleted before the cutoff yet.
    expect(Object.values(await purgeDeleted(db, { olderThan: LATER })).every((n) => n === 0)).toBe(true);

    const counts = await purgeDeleted(db, { now: '2026-03-06T00:00:00.000Z' });
    expect(counts).toEqual({ clients: 0, cases: 1, issues: 3, commitments: 1, actions: 0, updates: 1, messages: 1 });
    expect(await db.cases.count()).toBe(1);
    const [action] = await db.actions.toArray();
    expect(action).toMatchObject({ issueId: null, updatedAt: '2026-03-06T00:00:00.000Z' });
    const [ta, tb] = await threadsByIds(db, ['gmail:t-100', 'gmail:t-z']);
    expect(ta.caseId).toBe(a.case.id);
    expect(tb).toMatchObject({ caseId: null, updatedAt: '2026-03-06T00:00:00.000Z' });
  });

  it('purging a deleted client takes its cases with it', async () => {
    const db = freshDb();
    const a = await openCaseFromMessage(db, angryMessage());
    await softDelete(db, 'clients', a.client.id, LATER);
    const counts = await purgeDeleted(db);
    expect(counts).toMatchObject({ clients: 1, cases: 1, issues: 2, messages: 1 });
    expect(await db.clients.count()).toBe(0);
  });

  it('erases everything', async () => {
    const db = freshDb();
    await openCaseFromMessage(db, angryMessage());
    await db.meta.put({ key: 'lastExportAt', value: NOW });
    await eraseAll(db);
    const counts = await Promise.all(db.tables.map((t) => t.count()));
    expect(counts.every((n) => n === 0)).toBe(true);
  });
});
