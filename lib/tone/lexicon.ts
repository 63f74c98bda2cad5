/** Sentiment evidence from the valence lexicon, with negation, intensifiers and hedges. */
import { HEDGES, INTENSIFIERS, NEGATORS, VALENCE } from './lexicon-words';
import type { Span, Token } from './text-units';

export interface LexiconEvidence {
  /** Sum of negative valence (as a positive number) after negation and modifiers. */
  negative: number;
  positive: number;
  /** The strongest single negative valence (as a positive number), 0 when none. */
  strongest: number;
  /** The most negative words, for reasons. */
  negativeWords: Token[];
}

/** How far back a negator or modifier reaches, in words, within one clause. */
const SCOPE = 3;
/** "not happy" is nearly as bad as "unhappy"; "not bad" is only faintly good. */
const NEGATED_POSITIVE = -0.8;
const NEGATED_NEGATIVE = -0.2;

export type Modifier = 'negated' | 'intensified' | 'hedged' | null;

/** The strongest modifier in the few words before token i, stopping at a clause break. */
export function modifierBefore(tokens: Token[], i: number): Modifier {
  let found: Modifier = null;
  // A cue that starts after the last word (e.g. a trailing "?!") has nothing before it in its clause.
  if (i >= tokens.length) return null;
  for (let j = i - 1; j >= 0 && j >= i - SCOPE; j--) {
    if (tokens[j + 1].breakBefore) break;
    const w = tokens[j].w;
    if (NEGATORS.has(w) || w.endsWith("n't")) return 'negated';
    if (!found && INTENSIFIERS.has(w)) found = 'intensified';
    if (!found && HEDGES.has(w)) found = 'hedged';
  }
  return found;
}

/** Words that may open a clause before its subject: "but none of them…", "honestly, nothing here…". */
const LEAD_INS = new Set(['and', 'but', 'so', 'because', 'as', 'since', 'though', 'although', 'honestly', 'frankly', 'really', 'actually', 'luckily', 'thankfully', 'fortunately']);
/** "I think none of…", "I'd say nothing…". */
const OPINION_VERBS = new Set(['think', 'guess', 'believe', 'reckon', 'suppose', 'say']);
const NEGATIVE_SUBJECTS = new Set(['none', 'nothing', 'neither', 'nobody']);
/**
 * A second clause, a comparison or an exception between the subject and the cue: the negator does not
 * reach it ("nothing works and this is urgent", "nothing is more urgent than this").
 */
const SUBJECT_SCOPE_BREAKS = new Set(['and', 'but', 'or', 'so', 'because', 'since', 'as', 'which', 'who', 'while', 'when', 'if', 'though', 'although', 'until', 'unless', 'than', 'more', 'except', 'yet', 'where', 'whether']);
/** How many words a negative subject and its verb may take before the cue ("none of the three invoices on the list are…"). */
const SUBJECT_SCOPE = 10;

/**
 * "None of them are urgent", "nothing in this email is urgent", "neither of the bugs is critical": a clause
 * whose subject is a negative pronoun negates its predicate however long the subject is, beyond the
 * three words `modifierBefore` looks at. Only when the negative word opens the clause (after an
 * optional "but", "honestly", "I think") and nothing in between starts another clause or a comparison.
 */
export function negativeSubjectBefore(tokens: Token[], i: number): boolean {
  if (i <= 0 || i > tokens.length || (i < tokens.length && tokens[i].breakBefore)) return false;
  let c = i - 1;
  while (!tokens[c].breakBefore) {
    if (c === 0 || i - c > SUBJECT_SCOPE + 3) return false;
    c--;
  }
  while (c < i && LEAD_INS.has(tokens[c].w)) c++;
  if (c + 1 < i && (tokens[c].w === 'i' || tokens[c].w === "i'd") && OPINION_VERBS.has(tokens[c + 1].w)) c += 2;
  if (c >= i || i - c > SUBJECT_SCOPE) return false;
  const w = tokens[c].w;
  const subject = NEGATIVE_SUBJECTS.has(w) || (w === 'no' && tokens[c + 1]?.w === 'one' && c + 1 < i);
  if (!subject) return false;
  for (let j = c + 1; j < i; j++) {
    const v = tokens[j].w;
    if (SUBJECT_SCOPE_BREAKS.has(v) || NEGATORS.has(v) || v.endsWith("n't")) return false;
    // "…seems to care that our reports…" starts another clause; "none of that" is the subject itself.
    if (v === 'that' && tokens[j - 1].w !== 'of') return false;
  }
  return true;
}

export const MODIFIER_FACTOR: Record<'intensified' | 'hedged' | 'none', number> = {
  intensified: 1.4,
  hedged: 0.6,
  none: 1,
};

/** "Good product, but the seller sent a used one": the clause after "but" is the verdict. */
const CONTRAST_WORDS = new Set(['but', 'however']);
const BEFORE_CONTRAST = 0.5;
const AFTER_CONTRAST = 1.5;

/**
 * Per token: words before a "but" in the same sentence count half, words after it count one and a
 * half (the weights VADER uses). One pass over the tokens, sentence by sentence.
 */
function contrastFactors(tokens: Token[], sentenceSpans: Span[]): number[] {
  const factors = tokens.map(() => 1);
  let t = 0;
  for (const s of sentenceSpans) {
    while (t < tokens.length && tokens[t].start < s.start) t++;
    let end = t;
    while (end < tokens.length && tokens[end].start < s.end) end++;
    let pivot = -1;
    for (let i = t; i < end; i++) if (CONTRAST_WORDS.has(tokens[i].w)) pivot = i;
    if (pivot >= 0) for (let i = t; i < end; i++) factors[i] = i < pivot ? BEFORE_CONTRAST : i > pivot ? AFTER_CONTRAST : 1;
    t = end;
  }
  return factors;
}

function inside(spans: Span[], t: Token): boolean {
  for (const s of spans) if (t.start >= s.start && t.end <= s.end) return true;
  return false;
}

/**
 * Negative words in a sentence about the sender's own or a third party's trouble ("my flight was
 * cancelled", "we lost a big tender") are news, not displeasure with the recipient: they count this much.
 */
export const NEWS_FACTOR = 0.3;

/**
 * `skip` spans (e.g. "no problem", "sorry to bother you") are idioms whose words must not count.
 * In `complaints` spans (matched complaint cues) no word counts as approval: "who cares", "thanks
 * for nothing", "great, another outage" are the cue, not a kind word beside it. In `news` spans
 * negative words count NEWS_FACTOR.
 */
export function lexiconEvidence(tokens: Token[], skip: Span[], complaints: Span[], sentenceSpans: Span[], news: Span[] = []): LexiconEvidence {
  let negative = 0;
  let positive = 0;
  const scored: { t: Token; v: number }[] = [];
  const contrast = contrastFactors(tokens, sentenceSpans);
  for (let i = 0; i < tokens.length; i++) {
    const base = VALENCE.get(tokens[i].w);
    if (base === undefined || inside(skip, tokens[i]) || (base > 0 && inside(complaints, tokens[i]))) continue;
    const mod = modifierBefore(tokens, i);
    let v: number;
    if (mod === 'negated') v = base * (base > 0 ? NEGATED_POSITIVE : NEGATED_NEGATIVE);
    else v = base * MODIFIER_FACTOR[mod ?? 'none'];
    v *= contrast[i];
    if (v < 0 && inside(news, tokens[i])) v *= NEWS_FACTOR;
    if (v < 0) {
      negative -= v;
      scored.push({ t: tokens[i], v });
    } else positive += v;
  }
  scored.sort((a, b) => a.v - b.v);
  return { negative, positive, strongest: scored.length ? -scored[0].v : 0, negativeWords: scored.slice(0, 3).map((s) => s.t) };
}
