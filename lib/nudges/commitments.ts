/**
 * Promises the user makes in their own sent replies ("I'll get back to you by Thursday"),
 * so the next update falls due when the user said it would, if that is earlier than the cadence.
 */
import { stripQuotedText } from '../extract/plain-quotes';
import type { DatePhrase, Nlp } from '../nlp/types';
import type { WorkingTime } from '../settings/schema';
import { END_OF_DAY_RE, resolvePromiseTime, tidyPhrase } from './commitment-time';
import { calendarFor } from './working-calendar';
import type { PromisedUpdate } from './types';

export interface Commitment {
  /** The sentence that makes the promise, as written. */
  sentence: string;
  /** The time phrase it names, as written: "by Thursday". */
  phrase: string;
  dueAt: Date;
}

const AWAY = String.raw`be\s+(?:out|away|off|back|unavailable|offline|travell?ing|on\s+(?:leave|holiday|vacation|pto))\b`;
/**
 * First-person future ("I'll", "we will", "I'm going to", "we aim to"), "you'll hear from me",
 * "expect an update", or a subject-less "Will update you". Past tense ("we met on Thursday"),
 * mere mentions ("the outage on Monday"), refusals ("I won't") and absences ("I'll be out on Monday") are not promises.
 */
const PROMISE_RE = new RegExp(
  [
    String.raw`\b(?:i|we)(?:['’]ll|\s+will|\s+shall)\s+(?!not\b|never\b|${AWAY})`,
    String.raw`\b(?:i|we)(?:['’]m|['’]re|\s+am|\s+are)\s+going\s+to\s+(?!${AWAY})`,
    String.raw`\b(?:i|we)\s+(?:promise|aim|plan|intend|commit|expect)\s+to\s+`,
    String.raw`\byou(?:['’]ll|\s+will)\s+(?:hear|get|receive|have|see)\b`,
    String.raw`\bexpect\s+(?:(?:an?|my|our|the)\s+)?(?:\w+\s+)?(?:update|answer|reply|response|call|email|fix|plan|proposal|report)\b`,
    String.raw`^will\s+(?:update|send|get|follow|call|reply|respond|confirm|share|revert|circle|come)\b`,
  ].join('|'),
  'i',
);

/** The client's words the user quotes inline ("you wrote “we will cancel by Friday”") are theirs, not a promise. */
const INLINE_QUOTE_RE = /"[^"\n]{1,300}"|“[^”\n]{1,300}”/g;

/** Paragraphs and sentence ends; single line breaks are just wrapping in plain-text mail. */
function sentencesOf(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .flatMap((para) => para.replace(/\s+/g, ' ').split(/(?<=[.!?])\s+(?=\S)/))
    .map((s) => s.trim())
    .filter(Boolean);
}

/** Time phrases in a sentence: the date parser's, plus "EOD"-style phrases it does not know on their own. */
function timePhrases(sentence: string, nlp: Nlp): DatePhrase[] {
  const spans = nlp.datePhrases(sentence);
  for (const m of sentence.matchAll(END_OF_DAY_RE)) {
    const span = { text: m[0], start: m.index, end: m.index + m[0].length };
    // "COB Friday" or "Friday end of day": the date carries it, and a date alone already means its end of day.
    const touches = spans.some((s) => {
      const between = s.start >= span.end ? sentence.slice(span.end, s.start) : sentence.slice(s.end, span.start);
      return s.end > span.start && s.start < span.end ? true : /^[\s,]*(?:on|of)?[\s,]*$/i.test(between);
    });
    if (!touches) spans.push(span);
  }
  return spans.sort((a, b) => a.start - b.start);
}

/** The phrase after the promise ("we will fix it by Monday"), else the nearest before it ("By Friday, we will…"). */
function byPreference(spans: DatePhrase[], promiseEnd: number): DatePhrase[] {
  const after = spans.filter((s) => s.start >= promiseEnd);
  const before = spans.filter((s) => s.start < promiseEnd).reverse();
  return [...after, ...before];
}

export function findCommitments(replyText: string, sentAt: Date, working: WorkingTime, nlp: Nlp): Commitment[] {
  const cal = calendarFor(working);
  const own = stripQuotedText(replyText).replace(INLINE_QUOTE_RE, ' ');
  const found: Commitment[] = [];
  for (const sentence of sentencesOf(own)) {
    if (sentence.endsWith('?')) continue;
    const promise = PROMISE_RE.exec(sentence);
    if (!promise) continue;
    for (const span of byPreference(timePhrases(sentence, nlp), promise.index + promise[0].length)) {
      const due = resolvePromiseTime(span.text, cal, sentAt.getTime(), nlp);
      if (due === null) continue;
      found.push({ sentence, phrase: tidyPhrase(span.text), dueAt: new Date(due) });
      break;
    }
  }
  return found;
}

/** The earliest promise in a sent reply, in the form the case stores; null when it makes none. */
export function promisedUpdateFrom(replyText: string, sentAt: Date, working: WorkingTime, nlp: Nlp): PromisedUpdate | null {
  const [first] = findCommitments(replyText, sentAt, working, nlp).sort((a, b) => a.dueAt.getTime() - b.dueAt.getTime());
  return first ? { dueAt: first.dueAt.toISOString(), madeAt: sentAt.toISOString(), phrase: first.phrase } : null;
}
