/** Case writes whose effect on the update clock the dashboard must keep current. */
import { updateCase, type CasePatch } from '../../lib/cases/case-edits';
import type { RescueDb } from '../../lib/cases/db';
import { RecordNotFoundError } from '../../lib/cases/errors';
import { nextUpdateDue } from '../../lib/nudges/cadence';
import type { WorkingTime } from '../../lib/settings/schema';

/**
 * Applies a change that moves the update clock (step, outcome, waiting on client, cadence, plan
 * agreed) and stores the next-update-due time it implies, because the list sorts overdue first by
 * the stored value.
 */
export async function updateCaseAndDue(
  db: RescueDb,
  caseId: string,
  patch: CasePatch,
  working: WorkingTime,
  now: Date,
): Promise<void> {
  const current = await db.cases.get(caseId);
  if (!current) throw new RecordNotFoundError('cases', caseId);
  // Ending a wait restarts the clock from now, or the case would be overdue the moment the client answers.
  const waitEnded = current.waitingOnClient && patch.waitingOnClient === false;
  const full: CasePatch = { ...patch, ...(waitEnded ? { waitingEndedAt: now.toISOString() } : {}) };
  const due = nextUpdateDue({ ...current, ...full }, working);
  await updateCase(db, caseId, { ...full, nextUpdateDue: due ? due.toISOString() : null }, now);
}
