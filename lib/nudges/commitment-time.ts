/**
 * When a promised time phrase ("by Thursday", "tomorrow morning", "by EOD", "within 2 hours")
 * falls due, resolved against the reply's sent time in the user's working time.
 * A date without a time means the end of that working day.
 */
import type { Nlp } from '../nlp/types';
import { addWorkingOn } from './working-time';
import type { WorkingCalendar } from './working-calendar';
import { HOUR_MS, MINUTE_MS, dayOfIsoDate, instantAt } from './zoned-time';

/** Words that introduce a deadline but confuse the date parser ("by Thursday" reads as "until Wednesday"). */
const LEAD_IN_RE = /^(?:(?:no|not)\s+later\s+than|by|before|until|till|on|at|for)\s+/i;
export const END_OF_DAY_RE =
  /\b(?:(?:the\s+)?end\s+of\s+(?:the\s+)?(?:business\s+)?day|eod|cob|eob|close\s+of\s+(?:business|play)|end\s+of\s+(?:business|play))\b/gi;
const DURATION_RE = /^(?:in|within)\s+(?:the\s+next\s+)?(an?|one|two|three|four|five|six|\d+(?:\.\d+)?)\s*(hours?|hrs?|minutes?|mins?)$/i;
const CLOCK_RE = /\b\d{1,2}(?::\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)|\b\d{1,2}:\d{2}\b|\b(?:noon|midday)\b/i;
/** A morning promise is kept by noon, whatever hour the parser assigns to "morning". */
const MORNING_RE = /\b(?:morning|first\s+thing)\b/i;
const NOON_MINUTES = 12 * 60;

const NUMBER_WORDS: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6 };

/** How far back a date on a day off may move to the last working day before it ("by the end of the week" → Friday). */
const MAX_DAYS_BACK = 7;

/** A phrase as the parser matched it, less the sentence punctuation it swallowed ("by Thursday."). */
export function tidyPhrase(phrase: string): string {
  return phrase.trim().replace(/[\s.,;:!?)]+$/, '');
}

function cleanPhrase(phrase: string): string {
  let p = tidyPhrase(phrase);
  while (LEAD_IN_RE.test(p)) p = p.replace(LEAD_IN_RE, '');
  return p;
}

/**
 * End of the working window on `day`; a day off moves back to the last working day before it,
 * unless that has already passed when the promise was made, then forward to the next working moment.
 */
function endOfWorkingDay(cal: WorkingCalendar, day: number, sentAt: number): number {
  for (let d = day; d > day - MAX_DAYS_BACK; d--) {
    const w = cal.window(d);
    if (!w) continue;
    if (w.end > sentAt) return w.end;
    break;
  }
  return addWorkingOn(cal, Math.max(sentAt, instantAt(day + 1, 0, cal.zone)), 0);
}

function minutesOf(isoLocal: string): number {
  return Number(isoLocal.slice(11, 13)) * 60 + Number(isoLocal.slice(14, 16));
}

/** The instant a promise phrase falls due, or null when it names no usable future time. */
export function resolvePromiseTime(phrase: string, cal: WorkingCalendar, sentAt: number, nlp: Nlp): number | null {
  const text = cleanPhrase(phrase);
  const duration = DURATION_RE.exec(text);
  if (duration) {
    const n = NUMBER_WORDS[duration[1].toLowerCase()] ?? Number(duration[1]);
    const unit = /^h/i.test(duration[2]) ? HOUR_MS : MINUTE_MS;
    return addWorkingOn(cal, sentAt, n * unit);
  }
  const sentDay = cal.dayOf(sentAt);
  const rest = cleanPhrase(text.replace(END_OF_DAY_RE, ' ').replace(/\s+/g, ' '));
  if (!rest) return endOfWorkingDay(cal, sentDay, sentAt);
  const parsed = nlp.parseDate(rest, sentAt, cal.zone);
  if (!parsed) return null;
  // The parser's strings carry the wall time in the calendar's zone: read the date and clock from them.
  const startDay = dayOfIsoDate(parsed.start.slice(0, 10));
  const endDay = dayOfIsoDate(parsed.end.slice(0, 10));
  if (startDay === null || endDay === null) return null;
  let due: number;
  if (endDay > startDay) due = endOfWorkingDay(cal, endDay, sentAt); // "next week": by its end
  else if (CLOCK_RE.test(rest)) due = instantAt(startDay, minutesOf(parsed.start), cal.zone);
  else if (MORNING_RE.test(rest)) due = instantAt(startDay, NOON_MINUTES, cal.zone);
  else if (startDay < sentDay) return null;
  else due = endOfWorkingDay(cal, startDay, sentAt);
  return due > sentAt ? due : null;
}
