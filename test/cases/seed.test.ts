import { describe, expect, it } from 'vitest';
import { listCases } from '../../lib/cases/case-list';
import { exportAll } from '../../lib/cases/export-import';
import { parseImport } from '../../lib/cases/export-format';
import { seedCases } from '../../lib/cases/seed';
import { freshDb } from './helpers';

const NOW = '2026-03-02T10:00:00.000Z';

describe('seedCases', () => {
  it('is deterministic, valid as an export, and listable', async () => {
    const a = freshDb();
    const b = freshDb();
    const counts = await seedCases(a, { cases: 30, issuesPerCase: 4, now: NOW });
    await seedCases(b, { cases: 30, issuesPerCase: 4, now: NOW });
    expect(counts).toMatchObject({ cases: 30, issues: 120, clients: 18, messages: 30, threads: 30 });
    const fileA = await exportAll(a, NOW);
    expect((await exportAll(b, NOW)).data).toEqual(fileA.data);
    expect(() => parseImport(JSON.stringify(fileA))).not.toThrow();

    const list = await listCases(a, { now: NOW, limit: 30 });
    expect(list.total).toBe(30);
    const firstNotOverdue = list.items.findIndex((x) => !x.overdue);
    expect(list.items.slice(firstNotOverdue).some((x) => x.overdue)).toBe(false);
    expect((await listCases(a, { now: NOW, search: list.items[0].client!.name })).items.map((x) => x.case.clientId)).toContain(
      list.items[0].case.clientId,
    );
  });
});
