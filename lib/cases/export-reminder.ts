/**
 * IndexedDB dies with an uninstall, so the dashboard nags for an export when work has gone unsaved
 * for over a week. The last export time lives in the meta table.
 */
import type { RescueDb } from './db';
import { guard } from './errors';
import { iso } from './store';

const LAST_EXPORT_KEY = 'lastExportAt';
const WEEK_MS = 7 * 24 * 60 * 60 * 1000;

export async function lastExportAt(db: RescueDb): Promise<string | null> {
  const row = await guard(() => db.meta.get(LAST_EXPORT_KEY));
  return typeof row?.value === 'string' ? row.value : null;
}

export async function recordExport(db: RescueDb, at: Date | string): Promise<void> {
  await guard(() => db.meta.put({ key: LAST_EXPORT_KEY, value: iso(at) }));
}

/**
 * True when a case or client changed after the last export (or nothing was ever exported) and that
 * unexported work began over a week ago: its row was created, or the last export was made, more
 * than a week before `now`. Writes under a case touch the case, so cases and clients cover all work.
 * Errs toward reminding: an old case edited yesterday counts from the last export.
 */
export async function needsExportReminder(db: RescueDb, now: Date | string = new Date()): Promise<boolean> {
  const since = (await lastExportAt(db)) ?? '';
  const weekAgo = iso(new Date(iso(now)).getTime() - WEEK_MS);
  if (since > weekAgo) return false;
  const startedBeforeWeek = (row: { createdAt: string }) => (row.createdAt > since ? row.createdAt : since) <= weekAgo;
  return guard(() =>
    db.transaction('r', [db.cases, db.clients], async () => {
      const unsavedCase = await db.cases.where('updatedAt').above(since).filter(startedBeforeWeek).first();
      if (unsavedCase) return true;
      return !!(await db.clients.where('updatedAt').above(since).filter(startedBeforeWeek).first());
    }),
  );
}
