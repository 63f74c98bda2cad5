/**
 * The user's working hours as concrete instants, one window per civil day, memoised.
 * Every scheduling rule walks these windows, so a badge over thousands of cases
 * costs a handful of Intl calls rather than thousands.
 */
import type { WorkingTime } from '../settings/schema';
import { DAY_MS, MINUTE_MS, civilDay, dayOfIsoDate, instantAt, resolveZone, weekdayOf } from './zoned-time';

export interface WorkingWindow {
  start: number;
  end: number;
}

export interface WorkingCalendar {
  readonly zone: string;
  /** Working time in one full working day, for cadences counted in working days. */
  readonly dayMs: number;
  /** The working window of civil `day`, or null for weekends, holidays and days off. */
  window(day: number): WorkingWindow | null;
  /** Civil day of an instant in the calendar's zone. */
  dayOf(ms: number): number;
}

/** Walking further than this means the settings leave no working time at all. */
export const MAX_SCAN_DAYS = 3660;

const MINUTES_PER_DAY = 24 * 60;

function parseClock(hhmm: string): number | null {
  const m = /^(\d{1,2}):(\d{2})$/.exec(hhmm.trim());
  if (!m) return null;
  const minutes = Number(m[1]) * 60 + Number(m[2]);
  return Number(m[2]) < 60 && minutes <= MINUTES_PER_DAY ? minutes : null;
}

interface Rules {
  days: Set<number>;
  startMin: number;
  endMin: number;
  holidays: Set<number>;
}

/**
 * Settings that name no working time (no days, unreadable or overnight hours) count every hour:
 * a reminder that fires at night beats one that never fires.
 */
function rulesOf(working: WorkingTime): Rules {
  const days = new Set(working.days.filter((d) => Number.isInteger(d) && d >= 0 && d <= 6));
  const startMin = parseClock(working.start);
  const endMin = parseClock(working.end);
  if (days.size === 0 || startMin === null || endMin === null || endMin <= startMin) {
    return { days: new Set([0, 1, 2, 3, 4, 5, 6]), startMin: 0, endMin: MINUTES_PER_DAY, holidays: new Set() };
  }
  const holidays = new Set<number>();
  for (const iso of working.holidays) {
    const day = dayOfIsoDate(iso);
    if (day !== null) holidays.add(day);
  }
  return { days, startMin, endMin, holidays };
}

function buildCalendar(working: WorkingTime): WorkingCalendar {
  const zone = resolveZone(working.timeZone);
  const rules = rulesOf(working);
  const windows = new Map<number, WorkingWindow | null>();
  const midnights = new Map<number, number>();
  const midnight = (day: number): number => {
    let m = midnights.get(day);
    if (m === undefined) {
      m = instantAt(day, 0, zone);
      midnights.set(day, m);
    }
    return m;
  };
  let offsetGuess: number | null = null;
  return {
    zone,
    dayMs: (rules.endMin - rules.startMin) * MINUTE_MS,
    // Asking Intl costs ~15 µs a call; bracketing `ms` between memoised midnights
    // makes the per-case cost a couple of map look-ups. Offsets differ by under a day, so the loops are short.
    dayOf(ms) {
      if (offsetGuess === null) {
        const day = civilDay(ms, zone);
        offsetGuess = day * DAY_MS - midnight(day);
      }
      let day = Math.floor((ms + offsetGuess) / DAY_MS);
      while (ms < midnight(day)) day--;
      while (ms >= midnight(day + 1)) day++;
      return day;
    },
    window(day) {
      let w = windows.get(day);
      if (w === undefined) {
        w =
          rules.days.has(weekdayOf(day)) && !rules.holidays.has(day)
            ? { start: instantAt(day, rules.startMin, zone), end: instantAt(day, rules.endMin, zone) }
            : null;
        windows.set(day, w);
      }
      return w;
    },
  };
}

const calendars = new Map<string, WorkingCalendar>();
/** Settings change rarely; the bound only guards against a caller that builds endless variants. */
const MAX_CALENDARS = 32;

/** The calendar for these settings, shared by every call that passes equal settings. */
export function calendarFor(working: WorkingTime): WorkingCalendar {
  const key = [working.timeZone, working.days.join(','), working.start, working.end, working.holidays.join(',')].join('|');
  let cal = calendars.get(key);
  if (!cal) {
    if (calendars.size >= MAX_CALENDARS) calendars.clear();
    cal = buildCalendar(working);
    calendars.set(key, cal);
  }
  return cal;
}
