/** Small helpers every repository write shares: ids, timestamps, transactions with typed errors. */
import type { Table } from 'dexie';
import type { RescueDb } from './db';
import { guard, RecordNotFoundError } from './errors';
import type { Stamped } from './types';

/** A moment as the ISO 8601 UTC string the store keeps (sortable as text). */
export function iso(at: Date | string | number): string {
  const d = at instanceof Date ? at : new Date(at);
  if (Number.isNaN(d.getTime())) throw new RangeError(`Not a date: ${String(at)}`);
  return d.toISOString();
}

export function isoOrNull(at: Date | string | number | null | undefined): string | null {
  return at === null || at === undefined || at === '' ? null : iso(at);
}

export function newId(): string {
  return crypto.randomUUID();
}

export function stamp(now: string): Stamped {
  return { id: newId(), createdAt: now, updatedAt: now, deletedAt: null };
}

export const isLive = (row: { deletedAt?: string | null }): boolean => !row.deletedAt;

/**
 * One read-write transaction over the named tables, failures rethrown as StorageError. Writes
 * spanning tables go through here so they land together or not at all.
 */
export function writeTx<T>(db: RescueDb, tables: Table[], body: () => Promise<T>): Promise<T> {
  return guard(() => db.transaction('rw', tables, body));
}

export function readTx<T>(db: RescueDb, tables: Table[], body: () => Promise<T>): Promise<T> {
  return guard(() => db.transaction('r', tables, body));
}

/** Partial update that fails loudly when the row is gone, instead of silently writing nothing. */
export async function patchRow<T extends { id: string }>(
  table: Table<T, string>,
  id: string,
  changes: Partial<T>,
): Promise<void> {
  // Dexie's UpdateSpec typing is stricter than Partial<T>; the runtime takes any partial object.
  const n = await table.update(id, changes as Parameters<typeof table.update>[1]);
  if (n === 0 && !(await table.get(id))) throw new RecordNotFoundError(table.name, id);
}

export async function getOrThrow<T>(table: Table<T, string>, id: string): Promise<T> {
  const row = await table.get(id);
  if (!row) throw new RecordNotFoundError(table.name, id);
  return row;
}

/** Marks a case as changed because something under it changed, so "most recently updated" sorts right. */
export function touchCase(db: RescueDb, caseId: string, now: string): Promise<void> {
  return patchRow(db.cases, caseId, { updatedAt: now });
}
