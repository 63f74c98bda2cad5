/** The due time stored on each open case, which the overdue-first listing and its filter read. */
import { nextUpdateDueOn } from '../nudges/cadence';
import { calendarFor } from '../nudges/working-calendar';
import type { WorkingTime } from '../settings/schema';
import type { RescueDb } from './db';
import { writeTx } from './store';

/**
 * Stamps every open case's due time again from the rules, for working hours that changed since it
 * was stored: the list's order and its "overdue" filter then agree with the popup, the badge and the
 * time each row shows. Derived data, so `updatedAt` stays. Returns how many cases changed.
 */
export async function restampDueTimes(db: RescueDb, working: WorkingTime): Promise<number> {
  const cal = calendarFor(working);
  let changed = 0;
  await writeTx(db, [db.cases], () =>
    db.cases
      .where('outcome')
      .equals('open')
      .modify((c) => {
        if (c.deletedAt) return;
        const due = nextUpdateDueOn(cal, c);
        const stamped = due === null ? null : new Date(due).toISOString();
        if ((c.nextUpdateDue ?? null) === stamped) return;
        c.nextUpdateDue = stamped;
        changed++;
      }),
  );
  return changed;
}
