/**
 * Durations counted in working time: weekends, holidays and nights do not count.
 * The `*On` functions take a prepared calendar and plain milliseconds for hot loops;
 * the Date functions are the public face for callers holding settings.
 */
import type { WorkingTime } from '../settings/schema';
import { MAX_SCAN_DAYS, calendarFor, type WorkingCalendar } from './working-calendar';

function noWorkingTime(): never {
  throw new RangeError(`No working time within ${MAX_SCAN_DAYS} days: check working days and holidays`);
}

/**
 * The instant `ms` of working time after `from`. Zero gives the first working moment at or after `from`.
 * Landing exactly on a window's end stays there (17:00), rather than jumping to the next morning,
 * so "one working day" after 09:00 is 17:00 the same day.
 */
export function addWorkingOn(cal: WorkingCalendar, from: number, ms: number): number {
  let remaining = Math.max(0, ms);
  const first = cal.dayOf(from);
  for (let day = first; day <= first + MAX_SCAN_DAYS; day++) {
    const w = cal.window(day);
    if (!w) continue;
    const start = Math.max(from, w.start);
    if (start >= w.end) continue;
    const available = w.end - start;
    if (remaining <= available) return start + remaining;
    remaining -= available;
  }
  return noWorkingTime();
}

/** Working time from `a` to `b`; negative when `b` is earlier. */
export function workingBetweenOn(cal: WorkingCalendar, a: number, b: number): number {
  if (b < a) return -workingBetweenOn(cal, b, a);
  let total = 0;
  const last = cal.dayOf(b);
  for (let day = cal.dayOf(a); day <= last; day++) {
    const w = cal.window(day);
    if (w) total += Math.max(0, Math.min(b, w.end) - Math.max(a, w.start));
  }
  return total;
}

export function isWorkingOn(cal: WorkingCalendar, ms: number): boolean {
  const w = cal.window(cal.dayOf(ms));
  return w !== null && ms >= w.start && ms < w.end;
}

/** Start of the first working window on a civil day after the one `ms` falls on. */
export function nextWorkingDayStartOn(cal: WorkingCalendar, ms: number): number {
  const today = cal.dayOf(ms);
  for (let day = today + 1; day <= today + MAX_SCAN_DAYS; day++) {
    const w = cal.window(day);
    if (w) return w.start;
  }
  return noWorkingTime();
}

export function addWorkingTime(from: Date, ms: number, working: WorkingTime): Date {
  return new Date(addWorkingOn(calendarFor(working), from.getTime(), ms));
}

export function workingMsBetween(a: Date, b: Date, working: WorkingTime): number {
  return workingBetweenOn(calendarFor(working), a.getTime(), b.getTime());
}

export function isWorkingTime(d: Date, working: WorkingTime): boolean {
  return isWorkingOn(calendarFor(working), d.getTime());
}

/** `d` itself inside working hours, otherwise the start of the next working window. */
export function nextWorkingStart(d: Date, working: WorkingTime): Date {
  return addWorkingTime(d, 0, working);
}
