/** Plain-language reasons for the sidebar, strongest first. */
import type { WordEvidence } from './client-words';
import { AWAY } from './cue-rules';
import type { LexiconEvidence } from './lexicon';
import type { SignalCategory, ToneIssue, ToneSignal } from './types';

const CATEGORY_REASON: Record<SignalCategory, string> = {
  'broken-promise': 'Something they were promised or expected has not happened',
  'repeat-failure': 'They say the problem has happened before or that they have asked more than once',
  frustration: 'They say outright that they are unhappy or that this is not acceptable',
  urgency: 'They need this urgently or it is hurting their business',
  'churn-threat': 'They mention cancelling, not renewing or moving to another provider',
  'legal-threat': 'They mention lawyers, a breach of contract or a formal dispute',
  'escalation-request': 'They want the matter escalated or someone more senior involved',
  blame: 'They blame our side directly or make sweeping accusations',
  sarcasm: 'Parts of the message read as sarcastic',
  'polite-anger': 'They use polite formulas that usually signal irritation',
  shouting: 'They use capitals or repeated "!"',
};

export interface ReasonInputs {
  signals: ToneSignal[];
  issues: ToneIssue[];
  lexicon: LexiconEvidence;
  text: string;
  unhappy: boolean;
  calming: boolean;
  subjectCategories: SignalCategory[];
  /** The client-mail word component; absent or part 0 when the message is not email-shaped. */
  words?: WordEvidence;
  /** The sender's words that the matter can wait, when they kept the score below the flag. */
  waits?: string;
}

/** A word line is shown when the words moved the score by at least this much log-odds (about 1 point at 50). */
const WORDS_SHOWN_FROM = 0.05;
const WORDS_QUOTED = 3;
const MAX_QUOTED_WORDS = 3;

/**
 * Words that count but are never quoted: alone they mean nothing to a reader ("Words common in
 * complaints: “who”, “how”, “time”" was a review's example of a line nobody could act on).
 */
const NOT_QUOTED = new Set(['who', 'how', 'what', 'when', 'not', 'and', 'the', 'this', 'that', 'time', 'day', 'days', 'hour', 'hours', 'month', 'after', 'now', 'left', 'every']);

/** The strongest terms, each quoted once; "" when none is worth quoting. */
function wordQuotes(terms: WordEvidence['raised'], text: string): string {
  const chosen: WordEvidence['raised'] = [];
  for (const t of terms) {
    if (chosen.length === WORDS_QUOTED) break;
    const word = text.slice(t.start, t.end).toLowerCase();
    if (NOT_QUOTED.has(word)) continue;
    // A negated term spans from its negator ("won't work with the"): quoted only when it reads as a phrase.
    if (word.split(/\s+/).length > MAX_QUOTED_WORDS) continue;
    // Each once: "still shows" covers "still", and a word the client repeats is quoted once.
    if (!chosen.some((c) => (c.start < t.end && t.start < c.end) || text.slice(c.start, c.end).toLowerCase() === word)) chosen.push(t);
  }
  return chosen.map((t) => quote(text.slice(t.start, t.end))).join(', ');
}

function quote(phrase: string): string {
  const p = phrase.replace(/\s+/g, ' ').trim();
  return `“${p.length > 60 ? `${p.slice(0, 57)}…` : p}”`;
}

/** Up to `max` phrases quoted, each once: a client who writes "frankly" three times is quoted once. */
function quoteEach(phrases: string[], max = Infinity): string {
  const byKey = new Map<string, string>();
  for (const phrase of phrases) {
    const q = quote(phrase);
    if (!byKey.has(q.toLowerCase())) byKey.set(q.toLowerCase(), q);
  }
  return [...byKey.values()].slice(0, max).join(', ');
}

export function buildReasons({ signals, issues, lexicon, text, unhappy, calming, subjectCategories, words, waits }: ReasonInputs): string[] {
  const byCategory = new Map<SignalCategory, ToneSignal[]>();
  for (const s of signals) byCategory.set(s.category, [...(byCategory.get(s.category) ?? []), s]);
  const ranked = [...byCategory.entries()].sort(
    (a, b) => b[1].reduce((n, s) => n + s.weight, 0) - a[1].reduce((n, s) => n + s.weight, 0),
  );
  const reasons = ranked.map(([cat, list]) => `${CATEGORY_REASON[cat]}: ${quoteEach(list.map((s) => s.phrase), 2)}.`);
  const specific = issues.filter((i) => i.kind === 'specific');
  if (specific.length > 0 && reasons.length < 4) reasons.push(`They report a problem: ${quote(specific[0].statement)}.`);
  const general = issues.find((i) => i.kind === 'generality');
  if (general) reasons.push(`A sweeping claim with no example yet: ${quote(general.statement)}; ask for a specific case.`);
  const strong = lexicon.negativeWords.filter((t) => !signals.some((s) => s.start <= t.start && s.end >= t.end));
  if (strong.length > 0 && lexicon.negative >= 2) reasons.push(`Negative wording: ${quoteEach(strong.map((t) => text.slice(t.start, t.end)))}.`);
  for (const cat of subjectCategories) if (!byCategory.has(cat)) reasons.push(`The subject line suggests: ${CATEGORY_REASON[cat].toLowerCase()}.`);
  const raisedBy = words && words.part >= WORDS_SHOWN_FROM ? wordQuotes(words.raised, text) : '';
  if (raisedBy) reasons.push(`Words common in complaints: ${raisedBy}.`);
  // Calm words explain a lower score; they are not evidence of a problem, so they do not replace "no sign".
  const loweredBy = words && words.part <= -WORDS_SHOWN_FROM ? wordQuotes(words.lowered, text) : '';
  const calmWords = loweredBy ? `Words common in ordinary mail: ${loweredBy}.` : null;
  const evidence = reasons.length > 0;
  if (!unhappy && !evidence) reasons.push(calming ? 'The tone is friendly or reassuring.' : 'No sign of an unhappy client.');
  if (calmWords) reasons.push(calmWords);
  if (!unhappy && evidence) reasons.push(!waits ? 'Taken together, this is below the flag threshold.' : AWAY.test(waits) ? `An out-of-office note (${quote(waits)}) passes this on: a report, not a complaint.` : `They say it can wait (${quote(waits)}), so this is a report, not a complaint.`);
  return reasons;
}
