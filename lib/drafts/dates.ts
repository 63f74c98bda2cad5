/** Dates in words ("Thursday 3 December") for drafts; never "Invalid Date" in a message to a client. */
import { t } from './texts';

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/** Building a formatter costs far more than using one, and drafts format a dozen dates each. */
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let cached = formatters.get(timeZone);
  if (!cached) {
    cached = createFormatter(timeZone);
    formatters.set(timeZone, cached);
  }
  return cached;
}

function createFormatter(timeZone: string): Intl.DateTimeFormat {
  const options: Intl.DateTimeFormatOptions = { weekday: 'long', day: 'numeric', month: 'long' };
  try {
    return new Intl.DateTimeFormat(t('date.locale'), timeZone ? { ...options, timeZone } : options);
  } catch {
    // A stale or mistyped zone in settings should not break the draft: fall back to the browser's own.
    return new Intl.DateTimeFormat(t('date.locale'), options);
  }
}

/** Reads a Date or an ISO string; a bare "YYYY-MM-DD" is a calendar day, not UTC midnight. */
export function toDate(value: Date | string | null | undefined): { date: Date; calendarDay: boolean } | null {
  if (value == null || value === '') return null;
  const date = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(date.getTime())) return null;
  return { date, calendarDay: typeof value === 'string' && DATE_ONLY.test(value) };
}

/** "Thursday 3 December" in the user's working time zone; `[date]` when there is no usable date. */
export function formatDay(value: Date | string | null | undefined, timeZone = ''): string {
  const parsed = toDate(value);
  if (!parsed) return t('date.missing');
  const parts = formatter(parsed.calendarDay ? 'UTC' : timeZone).formatToParts(parsed.date);
  const part = (type: Intl.DateTimeFormatPartTypes): string => parts.find((p) => p.type === type)?.value ?? '';
  return t('date.pattern', { weekday: part('weekday'), day: part('day'), month: part('month') });
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** True when `value` is a usable time before `now`; a calendar day only passes once the whole day is over. */
export function isPast(value: Date | string | null | undefined, now: Date): boolean {
  const parsed = toDate(value);
  if (!parsed) return false;
  const end = parsed.date.getTime() + (parsed.calendarDay ? DAY_MS : 0);
  return end <= now.getTime();
}
