/** How often a client hears from us, and when the next update falls due. */
import type { CaseStep, RescueCase } from '../cases/types';
import type { WorkingTime } from '../settings/schema';
import { calendarFor, type WorkingCalendar } from './working-calendar';
import { addWorkingOn } from './working-time';
import type { NudgeCase } from './types';

/** Defaults from the rescue method: daily until the plan is agreed, then every other day, then weekly. */
const STEP_CADENCE: Record<CaseStep, number> = {
  listen: 1,
  quantify: 1,
  agree: 1,
  plan: 1,
  execute: 2,
  monitor: 5,
};

/** Slack between a reply's sent time and the time its update was recorded. */
const SAME_REPLY_MS = 5 * 60_000;

export function cadenceFor(c: RescueCase): { workingDays: number } {
  if (typeof c.cadenceDays === 'number' && Number.isFinite(c.cadenceDays) && c.cadenceDays > 0) {
    return { workingDays: c.cadenceDays };
  }
  // A plan the client has agreed to moves the case to the execute rhythm even before the step is moved on.
  if (c.step === 'plan' && c.planAgreedAt) return { workingDays: STEP_CADENCE.execute };
  return { workingDays: STEP_CADENCE[c.step] };
}

/** Closed (resolved, lost or deleted) cases get no more reminders. */
export function isClosed(c: RescueCase): boolean {
  return c.outcome !== 'open' || Boolean(c.deletedAt);
}

function parseTime(iso: string | null | undefined): number | null {
  if (!iso) return null;
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? null : ms;
}

/** Calendar form of `nextUpdateDue`, for loops over many cases. */
export function nextUpdateDueOn(cal: WorkingCalendar, c: NudgeCase): number | null {
  if (isClosed(c) || c.waitingOnClient) return null;
  const lastContact = parseTime(c.lastUpdateAt) ?? parseTime(c.openedAt) ?? parseTime(c.createdAt);
  if (lastContact === null) return null;
  const since = Math.max(lastContact, parseTime(c.waitingEndedAt) ?? lastContact);
  const byCadence = addWorkingOn(cal, since, cadenceFor(c).workingDays * cal.dayMs);
  // A promise counts until a later update; the reply that made it is itself logged as an update,
  // with a time that may differ slightly from the parsed sent time.
  const promisedAt = parseTime(c.promisedUpdate?.dueAt);
  const madeAt = parseTime(c.promisedUpdate?.madeAt);
  if (promisedAt !== null && madeAt !== null && lastContact <= madeAt + SAME_REPLY_MS) return Math.min(byCadence, promisedAt);
  return byCadence;
}

/**
 * Last update (else the opening, or the end of a wait on the client if later) plus the cadence
 * in working time, or the user's own promise when that is earlier.
 * Null while waiting on the client and for closed cases.
 */
export function nextUpdateDue(c: NudgeCase, working: WorkingTime): Date | null {
  const due = nextUpdateDueOn(calendarFor(working), c);
  return due === null ? null : new Date(due);
}
