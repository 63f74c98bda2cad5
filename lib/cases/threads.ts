/** Analysed threads: what the inbox flags and the update clock read, with or without a case. */
import type { RescueDb } from './db';
import { iso, patchRow, readTx, writeTx } from './store';
import type { AnalysedThread, ProviderId } from './types';

export function threadKey(provider: ProviderId, threadId: string): string {
  return `${provider}:${threadId}`;
}

/** Fields the analyser owns; the user's own choices (dismissed, caseId) are never overwritten by it. */
type AnalyserFields = Omit<AnalysedThread, 'id' | 'dismissed' | 'caseId' | 'updatedAt'>;

/** Records what the analyser saw, keeping a dismissal and a case link the user made earlier. */
export async function recordAnalysedThread(db: RescueDb, thread: AnalysedThread): Promise<AnalysedThread> {
  const now = iso(thread.analysedAt);
  return writeTx(db, [db.threads], async () => {
    const existing = await db.threads.get(thread.id);
    if (!existing) {
      const row: AnalysedThread = { ...thread, caseId: thread.caseId ?? null, updatedAt: now };
      await db.threads.add(row);
      return row;
    }
    const { id: _id, dismissed: _d, caseId, updatedAt: _u, ...analysed } = thread;
    const changes: Partial<AnalysedThread> = { ...analysed, updatedAt: now };
    if (caseId && !existing.caseId) changes.caseId = caseId;
    await patchRow(db.threads, thread.id, changes);
    return { ...existing, ...changes };
  });
}

/**
 * Marks a thread as having a case (and un-dismisses it: opening a case says it is a complaint).
 * Runs inside the caller's transaction, which must cover threads.
 */
export async function linkThread(
  db: RescueDb,
  seen: Omit<AnalyserFields, 'analysedAt'>,
  caseId: string,
  now: string,
): Promise<void> {
  const id = threadKey(seen.provider, seen.threadId);
  const existing = await db.threads.get(id);
  if (existing) {
    await db.threads.update(id, { caseId, dismissed: false, updatedAt: now });
    return;
  }
  await db.threads.add({ ...seen, id, analysedAt: now, dismissed: false, caseId, repliedAt: null, updatedAt: now });
}

/** "Not a complaint": the flag stays off for this thread until undone. */
export async function dismissThread(db: RescueDb, id: string, dismissed = true, now: Date | string = new Date()): Promise<void> {
  await writeTx(db, [db.threads], () => patchRow(db.threads, id, { dismissed, updatedAt: iso(now) }));
}

/** The known threads among `ids`, in the order asked; unknown ids are left out. */
export async function threadsByIds(db: RescueDb, ids: string[]): Promise<AnalysedThread[]> {
  const rows = await readTx(db, [db.threads], () => db.threads.bulkGet(ids));
  return rows.filter((t): t is AnalysedThread => !!t);
}
