/**
 * Export everything as versioned JSON, and merge an export back in by id: all-or-nothing, newer
 * updatedAt wins, and a newer local row is never overwritten (it is reported as a conflict kept).
 */
import type { Table } from 'dexie';
import { refreshCaseWords } from './case-search';
import { DATA_TABLES, type DataTable, type RescueDb } from './db';
import { EXPORT_FORMAT, type ExportData, type ExportFile, type ParsedImport } from './export-format';
import { recordExport } from './export-reminder';
import { CURRENT_SCHEMA_VERSION } from './schema';
import { iso, isLive, readTx, writeTx } from './store';
import type { RescueCase } from './types';

/** Every row of every table, soft-deleted ones included, from one consistent snapshot. Records the export time. */
export async function exportAll(db: RescueDb, now: Date | string = new Date()): Promise<ExportFile> {
  const exportedAt = iso(now);
  const data = await readTx(db, tablesOf(db), async () => {
    const entries = await Promise.all(DATA_TABLES.map(async (t) => [t, await db.table(t).toArray()] as const));
    return Object.fromEntries(entries) as unknown as ExportData;
  });
  data.cases = data.cases.map(withoutWords);
  await recordExport(db, exportedAt);
  return { format: EXPORT_FORMAT, version: CURRENT_SCHEMA_VERSION, exportedAt, data };
}

export interface TableCounts {
  /** Not here yet: will be added. */
  new: number;
  /** Here, older than the file's: will be replaced. */
  changed: number;
  unchanged: number;
  /** Here and differing, but not older than the file's: kept as it is. */
  conflicts: number;
}

export interface ImportConflict {
  table: DataTable;
  id: string;
  localUpdatedAt: string;
  incomingUpdatedAt: string;
}

export interface ImportReport {
  counts: Record<DataTable, TableCounts>;
  conflicts: ImportConflict[];
  /**
   * Clients in the file that match a local client by key under another id (the same company set up
   * on two machines): they merge into the local client.
   */
  remappedClients: number;
  /**
   * New open cases in the file for a client who already has another open case here (the case was
   * opened again after the export): both are kept, and the user is told so they can close one.
   */
  secondOpenCases: number;
}

/** What applyImport would do, without writing. */
export async function previewImport(db: RescueDb, parsed: ParsedImport): Promise<ImportReport> {
  return readTx(db, tablesOf(db), async () => (await planImport(db, parsed.data)).report);
}

/** Merges the file in one transaction: either every decided write lands, or none does. */
export async function applyImport(db: RescueDb, parsed: ParsedImport): Promise<ImportReport> {
  return writeTx(db, tablesOf(db), async () => {
    const { report, writes } = await planImport(db, parsed.data);
    const touchedCases = new Set<string>();
    for (const table of DATA_TABLES) {
      const rows = writes[table];
      if (!rows.length) continue;
      if (table === 'cases') rows.forEach((c) => touchedCases.add(c.id));
      if (table === 'issues' || table === 'messages') rows.forEach((r) => touchedCases.add(r.caseId as string));
      await db.table(table).bulkPut(table === 'cases' ? rows.map((c) => ({ ...c, words: [] })) : rows);
    }
    if (writes.clients.length) {
      const ids = writes.clients.map((c) => c.id);
      (await db.cases.where('clientId').anyOf(ids).primaryKeys()).forEach((id) => touchedCases.add(id));
    }
    await refreshCaseWords(db, touchedCases);
    return report;
  });
}

type Row = { id: string; updatedAt?: string; analysedAt?: string } & Record<string, unknown>;

async function planImport(
  db: RescueDb,
  incoming: ExportData,
): Promise<{ report: ImportReport; writes: Record<DataTable, Row[]> }> {
  const { data, remapped } = await adoptLocalClients(db, incoming);
  const report: ImportReport = { counts: {} as ImportReport['counts'], conflicts: [], remappedClients: remapped, secondOpenCases: 0 };
  const writes = {} as Record<DataTable, Row[]>;
  for (const table of DATA_TABLES) {
    const rows = data[table] as unknown as Row[];
    const locals = (await db.table(table).bulkGet(rows.map((r) => r.id))) as (Row | undefined)[];
    const counts: TableCounts = { new: 0, changed: 0, unchanged: 0, conflicts: 0 };
    writes[table] = [];
    rows.forEach((row, i) => {
      const local = locals[i];
      if (!local) {
        counts.new++;
        writes[table].push(row);
      } else if (sameJson(withoutWords(local), row)) {
        counts.unchanged++;
      } else if (stampOf(row) > stampOf(local)) {
        counts.changed++;
        writes[table].push(row);
      } else {
        counts.conflicts++;
        report.conflicts.push({ table, id: row.id, localUpdatedAt: stampOf(local), incomingUpdatedAt: stampOf(row) });
      }
    });
    report.counts[table] = counts;
  }
  report.secondOpenCases = await secondOpenCases(db, writes.cases);
  return { report, writes };
}

/** How many of the cases about to be added are open for a client who has another open case here. */
async function secondOpenCases(db: RescueDb, added: Row[]): Promise<number> {
  const incoming = (added as unknown as RescueCase[]).filter((c) => c.outcome === 'open' && isLive(c));
  if (!incoming.length) return 0;
  const ids = new Set(incoming.map((c) => c.id));
  const local = await db.cases.where('clientId').anyOf(incoming.map((c) => c.clientId)).toArray();
  const openHere = new Set(local.filter((c) => c.outcome === 'open' && isLive(c) && !ids.has(c.id)).map((c) => c.clientId));
  return incoming.filter((c) => openHere.has(c.clientId)).length;
}

/**
 * A client is unique by key. When the file's client has the key of a local client under another id,
 * the file's client (and its cases) take the local id, so the merge joins them instead of failing.
 */
async function adoptLocalClients(db: RescueDb, data: ExportData): Promise<{ data: ExportData; remapped: number }> {
  const locals = await db.clients.where('key').anyOf(data.clients.map((c) => c.key)).toArray();
  const localByKey = new Map(locals.map((c) => [c.key, c.id]));
  const fileIds = new Set(data.clients.map((c) => c.id));
  const newId = new Map<string, string>();
  for (const c of data.clients) {
    const localId = localByKey.get(c.key);
    if (localId && localId !== c.id && !fileIds.has(localId)) newId.set(c.id, localId);
  }
  if (!newId.size) return { data, remapped: 0 };
  return {
    remapped: newId.size,
    data: {
      ...data,
      clients: data.clients.map((c) => (newId.has(c.id) ? { ...c, id: newId.get(c.id) as string } : c)),
      cases: data.cases.map((c) => (newId.has(c.clientId) ? { ...c, clientId: newId.get(c.clientId) as string } : c)),
    },
  };
}

function tablesOf(db: RescueDb): Table[] {
  return DATA_TABLES.map((t) => db.table(t));
}

function withoutWords<T extends object>(row: T): Omit<T, 'words'> {
  if (!('words' in row)) return row;
  const { words: _words, ...rest } = row as T & Pick<RescueCase, 'words'>;
  return rest;
}

/** Threads written before updatedAt existed fall back to their analysis time. */
function stampOf(row: Row): string {
  return row.updatedAt ?? row.analysedAt ?? '';
}

/** Structural equality of JSON-like values, ignoring key order and keys whose value is undefined. */
function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => sameJson(x, b[i]));
  const ao = a as Record<string, unknown>;
  const bo = b as Record<string, unknown>;
  const keys = new Set([...Object.keys(ao), ...Object.keys(bo)]);
  for (const k of keys) if (!sameJson(ao[k], bo[k])) return false;
  return true;
}
