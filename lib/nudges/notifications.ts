/** Which overdue cases deserve a system notification now, and snooze times. */
import type { WorkingTime } from '../settings/schema';
import { caseDueOn } from './due-state';
import { calendarFor } from './working-calendar';
import { isWorkingOn, nextWorkingDayStartOn } from './working-time';
import { DAY_MS, HOUR_MS, instantAt } from './zoned-time';
import type { NudgeCase } from './types';

/** Persisted by the background worker between alarms: case id → ISO time of its last notification. */
export interface NotifyState {
  lastNotified: Record<string, string>;
}

export interface OverdueNotice {
  caseId: string;
  title: string;
  dueAt: Date;
}

export type SnoozeKind = 'hour' | 'tomorrow';

/**
 * Overdue open cases to notify about now: at most once per working day per case, none while snoozed,
 * and none outside working time (nights and weekends off: the badge still shows them).
 */
export function notificationsToSend(
  cases: readonly NudgeCase[],
  state: NotifyState,
  working: WorkingTime,
  now: Date,
): OverdueNotice[] {
  const cal = calendarFor(working);
  const nowMs = now.getTime();
  if (!isWorkingOn(cal, nowMs)) return [];
  const today = cal.dayOf(nowMs);
  const todayStart = instantAt(today, 0, cal.zone);
  const tomorrowStart = instantAt(today + 1, 0, cal.zone);
  const notices: OverdueNotice[] = [];
  for (const c of cases) {
    const snoozed = c.snoozedUntil ? Date.parse(c.snoozedUntil) : NaN;
    if (snoozed > nowMs) continue;
    const last = state.lastNotified[c.id] ? Date.parse(state.lastNotified[c.id]) : NaN;
    if (last >= todayStart && last < tomorrowStart) continue;
    // The due window is irrelevant here: only 'overdue' notifies, so the limit is simply now.
    const due = caseDueOn(cal, c, nowMs, nowMs);
    if (due.status === 'overdue' && due.dueAt) notices.push({ caseId: c.id, title: c.title, dueAt: due.dueAt });
  }
  return notices;
}

/** Only today's entries matter for the once-a-day rule; two days keeps the stored map small and safe across DST. */
const KEEP_NOTIFIED_MS = 2 * DAY_MS;

/** State after sending `notices` at `now`, with stale entries dropped. */
export function recordNotified(state: NotifyState, notices: readonly OverdueNotice[], now: Date): NotifyState {
  const lastNotified: Record<string, string> = {};
  for (const [id, iso] of Object.entries(state.lastNotified)) {
    if (now.getTime() - Date.parse(iso) < KEEP_NOTIFIED_MS) lastNotified[id] = iso;
  }
  for (const n of notices) lastNotified[n.caseId] = now.toISOString();
  return { lastNotified };
}

/** ISO time to store in `snoozedUntil`: an hour of wall time, or the start of the next working day. */
export function snoozeUntil(kind: SnoozeKind, now: Date, working: WorkingTime): string {
  const until = kind === 'hour' ? now.getTime() + HOUR_MS : nextWorkingDayStartOn(calendarFor(working), now.getTime());
  return new Date(until).toISOString();
}
