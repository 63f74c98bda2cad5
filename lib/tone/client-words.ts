/**
 * The client-mail word component (README.md, "Client-mail words"): an L2 logistic regression over an
 * explainable vocabulary, trained on our own client-mail sets by scripts/train-tone-words.ts, added
 * to the model's log-odds ONLY for messages shaped like an email. On tweets, reviews and Reddit posts
 * the same words ("not", "still", "time", "thanks") are everyday words and cost those sets ranking,
 * and the product only ever reads email.
 */
import weights from './client-words.json';

export interface ClientWordModel {
  bias: number;
  alpha: number;
  /** |contribution| ≤ bound, in log-odds (bound·tanh). */
  bound: number;
  terms: Record<string, number>;
}

export const CLIENT_WORDS: ClientWordModel = weights as ClientWordModel;

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu;
const CLAUSE_BREAK = /[.,;:!?()\n\x97\x96"]/;
const SENTENCE_BREAK = /[.!?\n]/;
const DIGIT = /\p{N}/u;
const CAPITAL = /^\p{Lu}/u;
const NEGATORS = new Set(['not', 'no', 'never', 'cannot', 'nothing', 'nobody', 'nor', 'without']);
const NEGATION_SCOPE = 3;

/**
 * A light lemma, enough to make "updated/updating/updates" one term; no dictionary, so it can run
 * in the worker. Short words are left alone ("is", "was", "has").
 */
export function lemma(w: string): string {
  let s = w.replace(/'s$/, '');
  if (s.endsWith("n't")) return s;
  if (s.length > 4 && s.endsWith('ies')) s = `${s.slice(0, -3)}y`;
  else if (s.length > 3 && s.endsWith('s') && !/(?:ss|us|is)$/.test(s)) s = s.slice(0, -1);
  if (s.length > 5 && s.endsWith('ing')) s = s.slice(0, -3);
  else if (s.length > 4 && s.endsWith('ed')) s = s.slice(0, -2);
  if (s.length > 4 && s.endsWith('e')) s = s.slice(0, -1);
  return s;
}

export interface TermConfig {
  bigrams: boolean;
  negation: boolean;
  /** Capitalised words not at a sentence start are names (people, firms, places): dropped. */
  dropNames: boolean;
}

export const TERM_CONFIG: TermConfig = { bigrams: true, negation: true, dropNames: true };

/** Each distinct term with the span of its first occurrence (a negated term's span starts at its negator). */
export function clientTermSpans(masked: string, c: TermConfig = TERM_CONFIG): Map<string, [number, number]> {
  const out = new Map<string, [number, number]>();
  let prev: string | null = null;
  let prevStart = 0;
  let prevEnd = 0;
  let negated = 0;
  let negatorStart = 0;
  let sentenceStart = true;
  for (const m of masked.matchAll(WORD)) {
    const gap = masked.slice(prevEnd, m.index);
    const start = m.index;
    const end = start + m[0].length;
    prevEnd = end;
    if (CLAUSE_BREAK.test(gap)) {
      prev = null;
      negated = 0;
    }
    if (SENTENCE_BREAK.test(gap)) sentenceStart = true;
    const raw = m[0];
    const wasStart = sentenceStart;
    sentenceStart = false;
    if (DIGIT.test(raw) || (c.dropNames && !wasStart && CAPITAL.test(raw) && raw !== 'I' && !raw.startsWith("I'"))) {
      prev = null;
      continue;
    }
    const w = raw.toLowerCase().replace(/’/g, "'");
    const l = lemma(w);
    const term = c.negation && negated > 0 ? `not_${l}` : l;
    if (!out.has(term)) out.set(term, [term === l ? start : negatorStart, end]);
    if (c.bigrams && prev) {
      const bigram = `${prev} ${l}`;
      if (!out.has(bigram)) out.set(bigram, [prevStart, end]);
    }
    if (NEGATORS.has(w) || w.endsWith("n't")) {
      negated = NEGATION_SCOPE;
      negatorStart = start;
    } else negated = Math.max(negated - 1, 0);
    prev = l;
    prevStart = start;
  }
  return out;
}

export function clientTerms(masked: string, c: TermConfig = TERM_CONFIG): string[] {
  return [...clientTermSpans(masked, c).keys()];
}

/**
 * The grammar of an understated complaint, in any trade: persistence and repetition, absence and
 * negation, what was agreed or asked, a deviation from it, time elapsed, a request for an account,
 * and the client's cost. A term with one of these words may raise the score, and is shown as the
 * reason when it does ("still shows", "without the agreed", "nobody").
 */
const COMPLAINT_WORDS = (
  'still again yet already twice third fourth repeatedly another same every each keep kept ' +
  "not no never nobody nothing none without cannot unable missing any anyone anything n't " +
  'agreed ask asked requested request brief quote quoted spec specified instruction instructions supposed expected expect ' +
  'told said promised confirmed signed written writing clearly specifically order list booked booking contract scope covered included ' +
  'wrong different instead old incorrect mistake error errors swapped late behind delay delayed reverted left match ' +
  'half only unusable redo reshoot corrected correct amend fix fixed ' +
  'days weeks months hours since after now until ' +
  'who why how happened explain understand owns owner responsible ' +
  'paid pay fee fees charged billed cost spent spending wasted time'
)
  .split(' ')
  .map(lemma);
/**
 * What an ordinary client email says and a complaint rarely does: the sender's own apology, thanks,
 * praise, no hurry. A term with one of these may only lower the score.
 */
const CALM_WORDS = 'sorry apologies apologise thanks thank great brilliant loved love lovely happy enjoyed rush hurry worry fine small quick fault'
  .split(' ')
  .map(lemma);
const COMPLAINT = new Set(COMPLAINT_WORDS);
const CALM = new Set(CALM_WORDS);

/** +1: may only raise the score; −1: may only lower it; 0: never a term (not explainable, or both). */
export function termSign(term: string): number {
  const negated = term.startsWith('not_');
  const words = (negated ? term.slice(4) : term).split(' ');
  const calm = words.some((w) => CALM.has(w));
  const complaint = negated || words.some((w) => COMPLAINT.has(w) || w.endsWith("n't"));
  if (calm && complaint) return 0;
  return calm ? -1 : complaint ? 1 : 0;
}

// ---------------------------------------------------------------------------------------------
// The email gate. Each test reads one line at a time, with bounded repeats, so it is linear.

/** How far from the message's end a sign-off is looked for (a signature can be a few lines). */
const SIGN_OFF_LINES = 8;
/** Every test is anchored at a line's start and reads a bounded stretch of it. */
const MAX_LINE = 200;

/** A greeting word opening a line ("Hi", "Dear", "Good morning"); what may follow it is checked case-sensitively. */
const GREETING_HEAD = /^(?:hi|hello|hey|hiya|dear|greetings|(?:good[ \t]+)?(?:morning|afternoon|evening))\b/i;
const ADDRESSEE = "(?:\\p{Lu}[\\p{L}'’.-]{0,30}|all|team|everyone|guys|folks|both|there)";
/** Alone on its line: "Hi Dan," / "Dear Mr Patel," / "Good morning all" / "hi dan," / "Dear Sir or Madam,". */
const GREETING_LINE = new RegExp(`^(?:(?:[ \\t]+${ADDRESSEE}){0,3}[ \\t]*[,.!:\\x97-]?|(?:[ \\t]+[\\p{L}'’.-]{1,30}){1,3}[ \\t]*,)[ \\t]*$`, 'u');
/** The message on the same line: "Hi Sam, our IT guy says…", "Morning. The cleaners…", "hiya, the photos…". */
const GREETING_INLINE = new RegExp(`^(?:[ \\t]*[,.!:\\x97-]|(?:[ \\t]+${ADDRESSEE}){1,3}[ \\t]*[,.!:\\x97-])`, 'u');
/** "Mr Hale, unfortunately…": a title and a name as the salutation. */
const TITLE_SALUTATION = /^(?:Mr|Mrs|Ms|Miss|Dr|Prof)\.?[ \t]+\p{Lu}[\p{L}'’-]{0,30}[ \t]*,/u;

function greets(line: string, alone: boolean): boolean {
  const head = GREETING_HEAD.exec(line);
  if (!head) return TITLE_SALUTATION.test(line);
  const rest = line.slice(head[0].length);
  return (alone && GREETING_LINE.test(rest)) || GREETING_INLINE.test(rest);
}
/** "Sam," alone on the first line: a name as the salutation. */
const NAME_SALUTATION = /^\p{Lu}[\p{L}'’-]{0,30}(?:[ \t]+\p{Lu}[\p{L}'’-]{0,30}){0,2}[ \t]*,[ \t]*$/u;
/** "Thanks," / "Kind regards" / "Best," / "Cheers": a closing formula at the start of its line. */
const SIGN_OFF_HEAD = /^(?:(?:many[ \t]+|thanks[ \t]+)?thanks(?:[ \t]+again)?|thank[ \t]+you|thx|ta|cheers|(?:kind|best|warm|warmest)[ \t]+regards|regards|best(?:[ \t]+wishes)?|all[ \t]+the[ \t]+best|(?:yours[ \t]+)?(?:sincerely|faithfully|truly)|speak[ \t]+soon|talk[ \t]+soon)\b[ \t]*[,.!]?/i;
/** ...and nothing after it but the sender's name ("Best, Priya", "Cheers Ruth"); case-sensitive, so "thanks, got it" is not one. */
const SIGN_OFF_NAME = /^[ \t]*(?:\p{Lu}[\p{L}'’.-]{0,30}(?:[ \t]+\p{Lu}[\p{L}'’.-]{0,30}){0,2})?[ \t]*$/u;
/** A line that can be a signature's name: one to four words, the first capitalised ("J. Okafor", "Olu Adeyemi"). */
const NAME_LINE = /^\p{Lu}[\p{L}'’.-]{0,30}(?:[ \t]+[\p{L}'’.&-]{1,30}){0,3}[ \t]*$/u;
/** What mail programs add: a reply header, a forward or original-message marker, "Sent from my iPhone". */
const MAIL_MARKER = /^(?:on[ \t].{1,120}[ \t]wrote:|-{2,}[ \t]*(?:forwarded|original)[ \t]+message[ \t]*-{0,}|sent[ \t]+from[ \t]+my[ \t].{1,40}|from:[ \t].{1,120})[ \t]*$/iu;

export type EmailShape = 'greeting' | 'sign-off' | 'mail-client' | null;

/**
 * Whether a message has the shape of an email: a greeting line opening it, a closing formula with the
 * sender's name ending it, or lines a mail program adds. Several lines or paragraphs alone are not
 * enough: Reddit posts and reviews have them too. The subject is not used (the public sets have none).
 */
export function emailShape(text: string): EmailShape {
  const lines = text
    .split('\n')
    .map((l) => l.trim().slice(0, MAX_LINE))
    .filter((l) => l.length > 0);
  const first = lines[0] ?? '';
  if (greets(first, lines.length > 1)) return 'greeting';
  if (NAME_SALUTATION.test(first) && lines.length > 1) return 'greeting';
  if (lines.some((l) => MAIL_MARKER.test(l))) return 'mail-client';
  const tail = lines.slice(-SIGN_OFF_LINES);
  for (let i = 0; i < tail.length; i++) {
    const head = SIGN_OFF_HEAD.exec(tail[i]);
    if (!head) continue;
    const rest = tail[i].slice(head[0].length);
    if (!SIGN_OFF_NAME.test(rest)) continue;
    // The sender's name follows the formula, on its line or the next (then perhaps a title, a phone).
    const named = rest.trim().length > 0 || (i + 1 < tail.length && NAME_LINE.test(tail[i + 1]));
    if (named && lines.length > 1) return 'sign-off';
  }
  return null;
}

export interface WordEvidence {
  /** Added to the model's log-odds; 0 when the message is not email-shaped. */
  part: number;
  /** Terms that raised (weight > 0) or lowered the score, with their first span in the text, strongest first. */
  raised: { term: string; weight: number; start: number; end: number }[];
  lowered: { term: string; weight: number; start: number; end: number }[];
  shape: EmailShape;
}

/** The bounded addition: bound·tanh(alpha·(bias + Σ weights)/bound). */
export function wordContribution(sum: number, m: ClientWordModel = CLIENT_WORDS): number {
  return m.bound * Math.tanh((m.alpha * (m.bias + sum)) / m.bound);
}

/** `text` decides the shape (a signature is part of it); terms are read from `masked` (the body only). */
export function clientWordEvidence(text: string, masked: string, m: ClientWordModel = CLIENT_WORDS): WordEvidence {
  const shape = emailShape(text);
  if (shape === null) return { part: 0, raised: [], lowered: [], shape };
  const found = [...clientTermSpans(masked)].flatMap(([term, [start, end]]) => {
    const weight = m.terms[term];
    return weight ? [{ term, weight, start, end }] : [];
  });
  const sum = found.reduce((s, t) => s + t.weight, 0);
  const raised = found.filter((t) => t.weight > 0).sort((a, b) => b.weight - a.weight);
  const lowered = found.filter((t) => t.weight < 0).sort((a, b) => a.weight - b.weight);
  return { part: wordContribution(sum, m), raised, lowered, shape };
}
