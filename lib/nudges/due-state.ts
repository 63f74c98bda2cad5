/** Whether a case or a flagged thread needs the user now, soon, or not yet. */
import type { AnalysedThread } from '../cases/types';
import type { WorkingTime } from '../settings/schema';
import { isClosed, nextUpdateDueOn } from './cadence';
import { calendarFor, type WorkingCalendar } from './working-calendar';
import { addWorkingOn } from './working-time';
import { HOUR_MS } from './zoned-time';
import type { DueState, DueStatus, NudgeCase } from './types';

/** The warning window: amber this long (in working time) before an update falls due. */
export const DUE_SOON_MS = 2 * HOUR_MS;
/** An escalation nobody answered for this long (working time) is due. */
export const THREAD_REPLY_MS = 4 * HOUR_MS;

export interface DueOptions {
  dueSoonMs?: number;
}

/** `soonLimit` is now plus the warning window in working time, computed once per batch. */
export function classify(dueAt: number, now: number, soonLimit: number): DueStatus {
  if (dueAt <= now) return 'overdue';
  return dueAt <= soonLimit ? 'due-soon' : 'ok';
}

export function soonLimitOn(cal: WorkingCalendar, now: number, dueSoonMs = DUE_SOON_MS): number {
  return addWorkingOn(cal, now, dueSoonMs);
}

export function caseDueOn(cal: WorkingCalendar, c: NudgeCase, now: number, soonLimit: number): DueState {
  if (isClosed(c)) return { status: 'closed', dueAt: null };
  if (c.waitingOnClient) return { status: 'paused', dueAt: null };
  const due = nextUpdateDueOn(cal, c);
  if (due === null) return { status: 'closed', dueAt: null };
  return { status: classify(due, now, soonLimit), dueAt: new Date(due) };
}

/** Reply due time of a flagged thread, or null when it needs no reply from this rule. */
function threadReplyDueOn(cal: WorkingCalendar, t: AnalysedThread): number | null {
  if (t.level !== 'escalation' || t.dismissed || t.caseId || !t.messageAt) return null;
  const messageAt = Date.parse(t.messageAt);
  if (Number.isNaN(messageAt)) return null;
  // A reply older than the newest message answered an earlier message, not this one.
  const repliedAt = t.repliedAt ? Date.parse(t.repliedAt) : NaN;
  if (repliedAt >= messageAt) return null;
  return addWorkingOn(cal, messageAt, THREAD_REPLY_MS);
}

export function threadDueOn(cal: WorkingCalendar, t: AnalysedThread, now: number, soonLimit: number): DueState {
  const due = threadReplyDueOn(cal, t);
  if (due === null) return { status: 'closed', dueAt: null };
  return { status: classify(due, now, soonLimit), dueAt: new Date(due) };
}

export function dueState(c: NudgeCase, working: WorkingTime, now: Date, options: DueOptions = {}): DueState {
  const cal = calendarFor(working);
  return caseDueOn(cal, c, now.getTime(), soonLimitOn(cal, now.getTime(), options.dueSoonMs));
}

/**
 * An escalation-level thread with no case, not dismissed and unanswered counts as due
 * 4 working hours after its newest message; 'closed' when this rule does not apply.
 */
export function threadDue(t: AnalysedThread, working: WorkingTime, now: Date, options: DueOptions = {}): DueState {
  const cal = calendarFor(working);
  return threadDueOn(cal, t, now.getTime(), soonLimitOn(cal, now.getTime(), options.dueSoonMs));
}
