/** Deletes are soft so they can be undone; purge and erase are the only real deletes. */
import { refreshCaseWords } from './case-search';
import { DATA_TABLES, type RescueDb, type StampedTable } from './db';
import { iso, patchRow, writeTx } from './store';
import type { Stamped } from './types';

/** Tables whose rows hang under a case; changing one changes the case. */
const CHILD_TABLES = ['issues', 'commitments', 'actions', 'updates', 'messages'] as const;
type ChildTable = (typeof CHILD_TABLES)[number];

const isChild = (t: StampedTable): t is ChildTable => (CHILD_TABLES as readonly string[]).includes(t);

export function softDelete(db: RescueDb, table: StampedTable, id: string, now: Date | string = new Date()): Promise<void> {
  return setDeleted(db, table, id, iso(now), iso(now));
}

/** Undo of softDelete. */
export function restore(db: RescueDb, table: StampedTable, id: string, now: Date | string = new Date()): Promise<void> {
  return setDeleted(db, table, id, null, iso(now));
}

async function setDeleted(db: RescueDb, table: StampedTable, id: string, deletedAt: string | null, now: string) {
  const t = db.table<Stamped & { caseId?: string }, string>(table);
  await writeTx(db, [t, db.cases, db.clients, db.issues, db.messages], async () => {
    await patchRow(t, id, { deletedAt, updatedAt: now });
    if (!isChild(table)) return;
    const row = await t.get(id);
    if (!row?.caseId) return;
    await patchRow(db.cases, row.caseId, { updatedAt: now });
    // Deleted issues and subjects must stop matching searches, and come back on undo.
    if (table === 'issues' || table === 'messages') await refreshCaseWords(db, [row.caseId]);
  });
}

export type PurgeCounts = Record<StampedTable, number>;

/**
 * Permanently removes soft-deleted rows (deleted before `olderThan`, if given), along with
 * everything under a purged case or client. Links to purged rows are cleared, not left dangling,
 * and the rows that held them get updatedAt = `now`.
 */
export async function purgeDeleted(
  db: RescueDb,
  options: { olderThan?: Date | string; now?: Date | string } = {},
): Promise<PurgeCounts> {
  const cutoff = options.olderThan ? iso(options.olderThan) : null;
  const now = iso(options.now ?? new Date());
  const purgeable = (r: Stamped) => !!r.deletedAt && (!cutoff || r.deletedAt < cutoff);
  const tables = DATA_TABLES.map((t) => db.table(t));
  return writeTx(db, tables, async () => {
    const clientIds = (await db.clients.filter(purgeable).primaryKeys()) as string[];
    const underClients = clientIds.length ? await db.cases.where('clientId').anyOf(clientIds).primaryKeys() : [];
    const caseIds = [...new Set([...(await db.cases.filter(purgeable).primaryKeys()), ...underClients])];

    const counts = { clients: clientIds.length, cases: caseIds.length } as PurgeCounts;
    const gone: Record<ChildTable, string[]> = { issues: [], commitments: [], actions: [], updates: [], messages: [] };
    for (const table of CHILD_TABLES) {
      const t = db.table<Stamped & { caseId: string }, string>(table);
      const underCases = caseIds.length ? await t.where('caseId').anyOf(caseIds).primaryKeys() : [];
      gone[table] = [...new Set([...(await t.filter(purgeable).primaryKeys()), ...underCases])];
      counts[table] = gone[table].length;
      await t.bulkDelete(gone[table]);
    }
    await db.cases.bulkDelete(caseIds);
    await db.clients.bulkDelete(clientIds);

    if (gone.issues.length) await db.actions.where('issueId').anyOf(gone.issues).modify({ issueId: null, updatedAt: now });
    if (gone.messages.length) {
      const purged = new Set(gone.messages);
      await db.issues.filter((i) => !!i.messageLinkId && purged.has(i.messageLinkId)).modify({ messageLinkId: null, updatedAt: now });
    }
    if (caseIds.length) await db.threads.where('caseId').anyOf(caseIds).modify({ caseId: null, updatedAt: now });
    return counts;
  });
}

/** "Erase all data": every table, settings-independent, in one transaction. */
export async function eraseAll(db: RescueDb): Promise<void> {
  const tables = [...DATA_TABLES.map((t) => db.table(t)), db.meta];
  await writeTx(db, tables, () => Promise.all(tables.map((t) => t.clear())).then(() => undefined));
}
