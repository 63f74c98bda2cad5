import { beforeEach, describe, expect, it } from 'vitest';
import { addIssue, closeCase, setStep, updateCase, updateIssue } from '../../lib/cases/case-edits';
import { listCases } from '../../lib/cases/case-list';
import type { RescueDb } from '../../lib/cases/db';
import { createManualCase } from '../../lib/cases/open-case';
import { softDelete } from '../../lib/cases/soft-delete';
import { freshDb } from './helpers';

const NOW = '2026-03-10T12:00:00.000Z';
const day = (d: number) => `2026-03-${String(d).padStart(2, '0')}T09:00:00.000Z`;

/** Ten cases: c0…c9 updated on days 1…10; c2 and c7 overdue (c7 more so); c4 resolved; c5 in plan step. */
async function seed(db: RescueDb): Promise<Record<string, string>> {
  const ids: Record<string, string> = {};
  for (let i = 0; i < 10; i++) {
    const { case: c } = await createManualCase(db, {
      client: { domain: i % 2 ? 'acme-corp.com' : `client${i}.io` },
      title: `Case c${i}`,
      issues: [{ statement: i === 3 ? 'Invoice 4411 charged twice' : `Problem number ${i}` }],
      now: day(1),
    });
    ids[`c${i}`] = c.id;
  }
  await updateCase(db, ids.c2, { nextUpdateDue: day(9) }, day(3));
  await updateCase(db, ids.c7, { nextUpdateDue: day(5) }, day(8));
  await updateCase(db, ids.c8, { nextUpdateDue: '2026-03-12T00:00:00.000Z' }, day(9)); // due, not overdue
  await closeCase(db, ids.c4, 'resolved', day(5));
  await updateCase(db, ids.c4, { nextUpdateDue: day(2) }, day(5)); // closed cases are never overdue
  await setStep(db, ids.c5, 'plan', day(6));
  for (const i of [0, 1, 3, 6, 9]) await updateCase(db, ids[`c${i}`], { waitingOnClient: false }, day(i + 1));
  return ids;
}

describe('listCases', () => {
  let db: RescueDb;
  let ids: Record<string, string>;
  const titles = async (opts: Parameters<typeof listCases>[1]) =>
    (await listCases(db, { now: NOW, ...opts })).items.map((x) => x.case.title.slice(5));

  beforeEach(async () => {
    db = freshDb();
    ids = await seed(db);
  });

  it('puts overdue first (most overdue on top), then most recently updated', async () => {
    expect(await titles({})).toEqual(['c7', 'c2', 'c9', 'c8', 'c6', 'c5', 'c4', 'c3', 'c1', 'c0']);
    const list = await listCases(db, { now: NOW });
    expect(list.total).toBe(10);
    expect(list.items.filter((x) => x.overdue).map((x) => x.case.title)).toEqual(['Case c7', 'Case c2']);
    expect(list.items[0].client?.domain).toBe('acme-corp.com');
    expect(list.items[0].openIssues).toBe(1);
  });

  it('filters by outcome and step', async () => {
    expect(await titles({ outcome: 'resolved' })).toEqual(['c4']);
    expect(await titles({ outcome: 'open' })).toEqual(['c7', 'c2', 'c9', 'c8', 'c6', 'c5', 'c3', 'c1', 'c0']);
    expect(await titles({ step: 'plan' })).toEqual(['c5']);
    expect(await titles({ outcome: 'lost' })).toEqual([]);
  });

  it('pages across the overdue/rest boundary with a stable total', async () => {
    const pages = [];
    for (let offset = 0; offset < 10; offset += 3) pages.push(...(await titles({ offset, limit: 3 })));
    expect(pages).toEqual(await titles({}));
    const page = await listCases(db, { now: NOW, offset: 1, limit: 2 });
    expect(page.total).toBe(10);
    expect(page.items.map((x) => x.case.title)).toEqual(['Case c2', 'Case c9']);
  });

  it('searches client name and domain, title and issue text by word prefix, all words required', async () => {
    expect(await titles({ search: 'acme' })).toEqual(['c7', 'c9', 'c5', 'c3', 'c1']);
    expect(await titles({ search: 'ACME-corp.com' })).toEqual(['c7', 'c9', 'c5', 'c3', 'c1']);
    expect(await titles({ search: 'invoice 441' })).toEqual(['c3']);
    expect(await titles({ search: 'invoice client' })).toEqual([]);
    expect(await titles({ search: 'c2' })).toEqual(['c2']);
    expect(await titles({ search: 'number 3' })).toEqual([]); // c3's issue is the invoice one
    expect(await titles({ search: 'number 4' })).toEqual(['c4']);
    expect(await titles({ search: 'problem', outcome: 'open', offset: 1, limit: 2 })).toEqual(['c2', 'c9']);
    expect((await listCases(db, { now: NOW, search: 'problem' })).total).toBe(9);
    // No searchable word means no text filter.
    expect((await listCases(db, { now: NOW, search: '  -- ' })).total).toBe(10);
  });

  it('keeps search current as issues change, and leaves deleted cases and issues out', async () => {
    const issue = await addIssue(db, ids.c0, { statement: 'Dashboard timeout' }, day(10));
    expect(await titles({ search: 'timeout' })).toEqual(['c0']);
    await updateIssue(db, issue.id, { statement: 'Slow dashboard' }, day(10));
    expect(await titles({ search: 'timeout' })).toEqual([]);
    await softDelete(db, 'issues', issue.id, day(10));
    expect(await titles({ search: 'slow' })).toEqual([]);
    await softDelete(db, 'cases', ids.c7, day(10));
    expect(await titles({})).not.toContain('c7');
    expect(await titles({ search: 'acme' })).not.toContain('c7');
  });
});
