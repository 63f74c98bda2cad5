/**
 * Dates and times the client mentions, resolved against when the message was sent. We find
 * candidate phrases with one linear pattern and hand only those short phrases to compromise-dates:
 * tagging a whole 2 KB email costs ~25 ms, a short phrase a millisecond or two. Without the language
 * module (the worker has not loaded it yet) the phrases are still found, with only spans such as
 * "within 48 hours" resolved.
 */
import type { Nlp } from '../nlp/types';
import { MONTH, ORD, WEEKDAY } from './date-words';
import { MAX_DEADLINES } from './limits';
import type { Span } from './text-units';
import type { ToneDeadline } from './types';

const CORE = [
  String.raw`(?:today|tonight|tomorrow|yesterday)(?:\s+(?:morning|afternoon|evening|night))?`,
  String.raw`(?:this|next|last)\s+(?:week|month|quarter|year|morning|afternoon|evening|${WEEKDAY})`,
  String.raw`${WEEKDAY}(?:\s+(?:morning|afternoon|evening|night))?`,
  String.raw`(?:the\s+)?end\s+of\s+(?:the\s+)?(?:day|week|month|quarter|year|business)`,
  String.raw`eod|cob|eow|close\s+of\s+business`,
  String.raw`${ORD}\s+(?:of\s+)?${MONTH}(?:\s+\d{4})?`,
  String.raw`${MONTH}\s+${ORD}(?:,?\s+\d{4})?`,
  String.raw`\d{4}-\d{2}-\d{2}`,
  String.raw`\d{1,2}/\d{1,2}(?:/\d{2,4})?`,
  String.raw`(?:\d{1,2}(?::\d{2})?\s*(?:am|pm)|noon|midday|midnight)(?:\s+(?:today|tomorrow|on\s+${WEEKDAY}))?`,
  String.raw`(?:within|in)\s+(?:the\s+next\s+)?(?:\d+|an?|one|two|three|four|five|24|48|72)\s+(?:hours?|days?|business\s+days|working\s+days|weeks?)`,
].join('|');
const LEAD = String.raw`(?:(?:by|before|until|till|no\s+later\s+than|on|since|from|due)\s+)?`;
const DATE_PHRASE = new RegExp(String.raw`\b${LEAD}(?:${CORE})\b`, 'gi');
const LEAD_ONLY = new RegExp(String.raw`^${LEAD}`, 'i');
const SPAN_IN = /^(?:within|in)\s+(?:the\s+next\s+)?(\d+|an?|one|two|three|four|five)\s+(hour|day|business day|working day|week)s?$/i;
const NUMBER_WORDS: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5 };
const UNIT_MS: Record<string, number> = { hour: 3_600_000, day: 86_400_000, 'business day': 86_400_000, 'working day': 86_400_000, week: 604_800_000 };

/** Results depend only on the phrase and the day it is resolved against; mail is re-analysed often. */
const cache = new Map<string, string | null>();
const CACHE_LIMIT = 500;

function resolve(core: string, sentAt: Date, nlp: Nlp | null): string | null {
  const span = SPAN_IN.exec(core);
  if (span) {
    const n = NUMBER_WORDS[span[1].toLowerCase()] ?? Number(span[1]);
    return new Date(sentAt.getTime() + n * UNIT_MS[span[2].toLowerCase()]).toISOString();
  }
  if (!nlp) return null;
  const key = `${sentAt.toISOString()}|${core.toLowerCase()}`;
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  let out: string | null = null;
  try {
    const start = nlp.parseDate(core, sentAt.getTime(), 'UTC')?.start;
    out = start && !Number.isNaN(Date.parse(start)) ? new Date(start).toISOString() : null;
  } catch {
    out = null; // an unparsable phrase is still worth showing, just without a date
  }
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(key, out);
  return out;
}

/**
 * "by Friday", "no later than 3pm", "within 48 hours", "in the next 2 days": a time something is
 * due, not a mention of one. Not "until": "we are blocked until Monday" is news, not a deadline.
 */
const DUE_LEAD = /^(?:by|before|no\s+later\s+than|due|within|in\s+(?:the\s+next\s+)?(?:\d+|an?|one|two|three|four|five)\s)/i;

/**
 * Earlier in the sentence, a promise someone made ("you promised a fix by Friday", "we were told it
 * would be live within 48 hours"): that time is the broken promise the client quotes, not theirs.
 */
const PROMISED_BEFORE = /\b(?:promised|promises?|assured|guaranteed|committed|told\s+(?:us|me)|(?:were|was)\s+told|(?<!\b(?:i|we)\s+)said|(?:was|were)\s+(?:supposed|meant)\s+to|should\s+have)\b/i;
/** How far back in its sentence a date looks for the promise. */
const PROMISE_LOOKBACK = 120;

/** The part of the date's sentence (or clause after a semicolon) before it, at most PROMISE_LOOKBACK characters. */
function sentenceBefore(text: string, sentenceSpans: readonly Span[], start: number): string {
  const sentence = sentenceSpans.find((s) => s.start <= start && start < s.end);
  const before = text.slice(Math.max(sentence?.start ?? 0, start - PROMISE_LOOKBACK), start);
  return before.slice(before.lastIndexOf(';') + 1);
}

/** The deadlines a client sets, once each ("by Friday"): what a reply has to answer. */
export function dueBy(deadlines: readonly ToneDeadline[]): ToneDeadline[] {
  const seen = new Set<string>();
  return deadlines.filter((d) => {
    const key = d.phrase.toLowerCase().replace(/\s+/g, ' ');
    if (!d.due || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The deadline is behind `at`. A date the analyser resolved to a day (its UTC midnight: "by Friday") is
 * over only once that whole day is; a time ("within 48 hours") once that instant is.
 */
export function deadlineOver(d: Pick<ToneDeadline, 'resolved'>, at: Date): boolean {
  if (!d.resolved) return false;
  const t = Date.parse(d.resolved);
  if (Number.isNaN(t)) return false;
  return (t % DAY_MS === 0 ? t + DAY_MS : t) <= at.getTime();
}

export function toDate(sentAt: Date | string | number | undefined): Date {
  const d = sentAt === undefined ? new Date() : new Date(sentAt);
  return Number.isNaN(d.getTime()) ? new Date() : d;
}

/** `sentenceSpans`: the sentences of `masked` (measure's), which say how far back a promise can reach. */
export function findDeadlines(masked: string, sentenceSpans: readonly Span[], original: string, sentAt: Date, nlp: Nlp | null): ToneDeadline[] {
  const out: ToneDeadline[] = [];
  for (const m of masked.matchAll(DATE_PHRASE)) {
    if (out.length >= MAX_DEADLINES) break;
    const start = m.index;
    const end = start + m[0].length;
    const core = m[0].replace(LEAD_ONLY, '');
    const phrase = original.slice(start, end);
    const due = DUE_LEAD.test(phrase) && !PROMISED_BEFORE.test(sentenceBefore(masked, sentenceSpans, start));
    out.push({ phrase, start, end, resolved: resolve(core, sentAt, nlp), due });
  }
  return out;
}
