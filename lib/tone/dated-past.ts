/**
 * A sentence that dates something that already happened: "The skip was delivered on the 9th", "The
 * engineer came on Tuesday", "We paid in March". A complaint anchors its facts in time; ordinary mail
 * mostly dates what is to come ("Can we move Thursday's call?", "I'll send it on Monday"). It counts as
 * a reference of the complaint shape (structure.ts): alone it is everyday mail (issue #4, round 9).
 * Word sets over the tokens of text-units.ts; one small anchored pattern for ordinals.
 */
import type { Token } from './text-units';

const DATE_WORDS = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april', 'june',
  'july', 'august', 'september', 'october', 'november', 'december', 'yesterday',
]);
/** "May" is left out: it is as often a verb. */
const ORDINAL = /^\d{1,2}(?:st|nd|rd|th)$/;
const PAST_WORDS = new Set([
  'was', 'were', 'had', 'did', 'went', 'came', 'sent', 'said', 'told', 'gave', 'took', 'left', 'got', 'paid', 'made', 'put', 'brought',
  'bought', 'found', 'saw', 'rang', 'spoke', 'met', 'wrote', 'ran', 'broke', 'fell', 'sold', 'built', 'began',
]);
/** -ed words that describe a state or the mail itself, not an event ("Attached is the agenda for Tuesday"). */
const NOT_PAST = new Set(['attached', 'scheduled', 'planned', 'pleased', 'delighted', 'interested', 'excited']);
/** A sentence about what is to come, asked for or supposed: its date is a plan, not a fact. */
const NOT_A_FACT = new Set(['will', "won't", "i'll", "we'll", "you'll", "it'll", 'next', 'could', 'can', 'would', 'tomorrow', 'please', 'shall', 'going', 'let', 'if']);

/** "is closed", "are booked": a present state, not an event. */
const PRESENT_BE = new Set(['is', 'are', 'am', "it's", "they're", "we're", 'be']);

const isPast = (tokens: readonly Token[], i: number) => {
  const w = tokens[i].w;
  if (PAST_WORDS.has(w)) return true;
  return w.length > 4 && w.endsWith('ed') && !NOT_PAST.has(w) && !(i > 0 && PRESENT_BE.has(tokens[i - 1].w));
};

/** True when the tokens (one sentence) date a past event and nothing in them looks ahead. */
export function datedPast(tokens: readonly Token[]): boolean {
  let date = false;
  let past = false;
  for (const [i, { w }] of tokens.entries()) {
    if (NOT_A_FACT.has(w)) return false;
    date ||= DATE_WORDS.has(w) || ORDINAL.test(w);
    past ||= isPast(tokens, i);
  }
  return date && past;
}
