/**
 * Terms for the word component measured by `train-tone --cv` (not shipped: lib/tone/README.md):
 * lower-cased words and bigrams ("not received", "still waiting"), with words in the short scope of a
 * negation marked ("not_happy"). Links, @handles, #tags, numbers and Reddit's [NAME] placeholder never
 * become terms: they name banks, products and people, not tone. The terms' sum is bounded (`bounded`).
 */
import type { Span } from '../../lib/tone/text-units';

export interface Term extends Span {
  term: string;
}

const NOT_A_WORD = /https?:\/\/\S+|www\.\S+|[@#][\p{L}\p{N}_.]+|\[name\]/giu;
const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu;
const CLAUSE_BREAK = /[.,;:!?()\n\u2014\u2013"]/;
const DIGIT = /\p{N}/u;
const NEGATORS = new Set(['not', 'no', 'never', 'cannot', 'nothing', 'nobody', 'nor', 'without']);
/** Words after a negator that are marked as negated, within one clause. */
const NEGATION_SCOPE = 3;

export interface TermOptions {
  negation: boolean;
  bigrams: boolean;
}

export const DEFAULT_TERM_OPTIONS: TermOptions = { negation: true, bigrams: true };

function isNegator(w: string): boolean {
  return NEGATORS.has(w) || w.endsWith("n't");
}

/** Every term occurrence in `text` (already masked: quotes and signature blanked), in order. */
export function termsOf(text: string, options: TermOptions = DEFAULT_TERM_OPTIONS): Term[] {
  const clean = text.replace(NOT_A_WORD, (m) => ' '.repeat(m.length));
  const terms: Term[] = [];
  let prev: { w: string; start: number } | null = null;
  let prevEnd = 0;
  let negated = 0;
  for (const m of clean.matchAll(WORD)) {
    const start = m.index;
    const end = start + m[0].length;
    const broken = CLAUSE_BREAK.test(clean.slice(prevEnd, start));
    prevEnd = end;
    if (broken) {
      prev = null;
      negated = 0;
    }
    const w = m[0].toLowerCase().replace(/’/g, "'");
    if (DIGIT.test(w)) {
      prev = null;
      continue;
    }
    terms.push({ term: options.negation && negated > 0 ? `not_${w}` : w, start, end });
    if (options.bigrams && prev) terms.push({ term: `${prev.w} ${w}`, start: prev.start, end });
    negated = isNegator(w) ? NEGATION_SCOPE : Math.max(negated - 1, 0);
    prev = { w, start };
  }
  return terms;
}

/** Each distinct term once: a word repeated ten times is not ten times the evidence. */
export function distinctTerms(terms: readonly Term[]): Term[] {
  const seen = new Set<string>();
  return terms.filter((t) => !seen.has(t.term) && (seen.add(t.term), true));
}

/** The bounded sum: `bound·tanh(sum/bound)`, so words alone can never carry a message far. */
export function bounded(sum: number, bound: number): number {
  return bound * Math.tanh(sum / bound);
}
